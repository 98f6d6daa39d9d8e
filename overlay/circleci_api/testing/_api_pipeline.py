"""Pipeline runs and the reads that follow them: pipeline, workflows, jobs, artifacts, approvals."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._api_user import FAKE_LOGIN
from circleci_api.testing._http import Call, Reply, Route, paginate
from circleci_api.testing._runs import (
    CI_SKIP_MESSAGE,
    RunScript,
    advance,
    poll_pipeline,
    start_pipeline,
)
from circleci_api.testing._store import ApiError, Job, Pipeline, Workflow, rfc3339

__all__ = ["ROUTES"]

MAX_PARAMETERS = 100
MAX_PARAMETER_KEY = 128
MAX_PARAMETER_VALUE = 512


def _scalars(parameters: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in parameters.items() if isinstance(v, (str, int, bool))}


def pipeline_json(pipeline: Pipeline) -> dict[str, Any]:
    project = pipeline.project
    vcs: dict[str, Any] = {
        "provider_name": {"github": "GitHub", "bitbucket": "Bitbucket"}.get(project.org.vcs, "GitHub"),
        "origin_repository_url": project.vcs_url,
        "target_repository_url": project.vcs_url,
        "revision": pipeline.revision,
        "branch": pipeline.branch,
        "commit": {"subject": "Update the release notes", "body": ""},
    }
    return {
        "id": pipeline.id,
        "errors": list(pipeline.errors),
        "project_slug": project.slug,
        "updated_at": rfc3339(pipeline.updated_at or pipeline.created_at),
        "number": pipeline.number,
        "state": pipeline.state,
        "created_at": rfc3339(pipeline.created_at),
        "trigger_parameters": {
            k: v for k, v in pipeline.parameters.items() if isinstance(v, (str, int, bool))
        },
        "trigger": {
            "type": pipeline.trigger_type,
            "received_at": rfc3339(pipeline.created_at),
            "actor": {"login": FAKE_LOGIN, "avatar_url": None},
        },
        "vcs": vcs,
    }


def workflow_json(workflow: Workflow) -> dict[str, Any]:
    pipeline = workflow.pipeline
    return {
        "pipeline_id": pipeline.id,
        "id": workflow.id,
        "name": workflow.name,
        "project_slug": pipeline.project.slug,
        "status": workflow.status,
        "started_by": pipeline.actor,
        "pipeline_number": pipeline.number,
        "created_at": rfc3339(workflow.created_at),
        "stopped_at": rfc3339(workflow.stopped_at) if workflow.stopped_at else None,
    }


def job_json(workflow: Workflow, job: Job) -> dict[str, Any]:
    # The spec requires started_at even for jobs that have not started: those show the time their
    # workflow was created.
    out: dict[str, Any] = {
        "id": job.id,
        "name": job.name,
        "type": job.type,
        "status": job.status,
        "project_slug": workflow.pipeline.project.slug,
        "dependencies": [workflow.jobs[name].id for name in job.requires],
        "started_at": rfc3339(job.started_at or workflow.created_at),
        "stopped_at": rfc3339(job.stopped_at) if job.stopped_at else None,
    }
    if job.number is not None:
        out["job_number"] = job.number
    if job.approval_request_id is not None:
        out["approval_request_id"] = job.approval_request_id
    if job.approved_by is not None:
        out["approved_by"] = job.approved_by
    return out


def _check_parameters(parameters: dict[str, Any]) -> None:
    if len(parameters) > MAX_PARAMETERS:
        raise ApiError(400, f"Too many pipeline parameters: {len(parameters)} (at most {MAX_PARAMETERS})")
    for key, value in parameters.items():
        if len(key) > MAX_PARAMETER_KEY:
            raise ApiError(400, f"Pipeline parameter name longer than {MAX_PARAMETER_KEY} characters")
        if isinstance(value, str) and len(value) > MAX_PARAMETER_VALUE:
            raise ApiError(400, f"Value of pipeline parameter {key!r} is longer than {MAX_PARAMETER_VALUE}")


def trigger_run(call: Call) -> Reply:
    store = call.store
    slug = f"{call.params['provider']}/{call.params['organization']}/{call.params['project']}"
    project = store.project_by_slug(slug)
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    if "definition_id" in body:
        store.definition(project, body["definition_id"])
    refs: dict[str, Any] = {**body.get("config", {}), **body.get("checkout", {})}
    for part in ("config", "checkout"):
        if {"branch", "tag"} <= set(body.get(part, {})):
            raise ApiError(400, f"{part}: give either branch or tag, not both")
    parameters = dict(body.get("parameters") or {})
    _check_parameters(parameters)
    script = store.run_scripts.popleft() if store.run_scripts else store.default_run or RunScript()
    if script.outcome == "skipped":
        return Reply(200, {"message": CI_SKIP_MESSAGE})
    branch = refs.get("branch") or refs.get("tag") or project.default_branch
    pipeline = start_pipeline(store, project, script, branch=branch, parameters=parameters)
    return Reply(
        201,
        {
            "id": pipeline.id,
            "state": pipeline.state,
            "number": pipeline.number,
            "created_at": rfc3339(pipeline.created_at),
        },
    )


def list_project_pipelines(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    branch = call.query.get("branch")
    pipelines = [
        p
        for p in reversed(call.store.pipelines.values())
        if p.project is project and (not branch or p.branch == branch)
    ]
    page, token = paginate(pipelines, call.query.get("page-token"), call.store.page_size)
    return Reply(200, {"items": [pipeline_json(p) for p in page], "next_page_token": token})


def trigger_pipeline(call: Call) -> Reply:
    """The older trigger (``POST /project/{slug}/pipeline``): branch or tag, and parameters."""
    store = call.store
    project = store.project_by_slug(call.params["project-slug"])
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    if "branch" in body and "tag" in body:
        raise ApiError(400, "give either branch or tag, not both")
    parameters = dict(body.get("parameters") or {})
    _check_parameters(parameters)
    script = store.run_scripts.popleft() if store.run_scripts else store.default_run or RunScript()
    if script.outcome == "skipped":
        script = RunScript("success")
    branch = body.get("branch") or body.get("tag") or project.default_branch
    pipeline = start_pipeline(store, project, script, branch=branch, parameters=parameters)
    answer = {
        "id": pipeline.id,
        "state": pipeline.state,
        "number": pipeline.number,
        "created_at": rfc3339(pipeline.created_at),
    }
    return Reply(201, answer)


def list_my_pipelines(call: Call) -> Reply:
    store = call.store
    project = store.project_by_slug(call.params["project-slug"])
    mine = [
        p for p in reversed(store.pipelines.values()) if p.project is project and p.actor == store.user_id
    ]
    page = call.page(mine)
    page["items"] = [pipeline_json(p) for p in page["items"]]
    return Reply(200, page)


def list_pipelines(call: Call) -> Reply:
    store = call.store
    slug = call.query.get("org-slug")
    org = None
    if slug:
        org = store.org_by_slug(slug)
        if org is None:
            raise ApiError(404, "Organization not found")
    mine = call.query.get("mine") == "true"
    pipelines = [
        p
        for p in reversed(store.pipelines.values())
        if (org is None or p.project.org is org) and (not mine or p.actor == store.user_id)
    ]
    page = call.page(pipelines)
    page["items"] = [pipeline_json(p) for p in page["items"]]
    return Reply(200, page)


def get_pipeline_by_number(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    number = call.params["pipeline-number"]
    found = next(
        (p for p in call.store.pipelines.values() if p.project is project and str(p.number) == number), None
    )
    if found is None:
        raise ApiError(404, "Pipeline not found")
    return Reply(200, pipeline_json(found))


def get_config(call: Call) -> Reply:
    pipeline = call.store.pipeline(call.params["pipeline-id"])
    return Reply(200, {"source": pipeline.config, "compiled": pipeline.config})


def pipeline_values(pipeline: Pipeline) -> dict[str, Any]:
    """The pipeline values CircleCI reports (``pipeline.*``), plus the run's parameters."""
    project = pipeline.project
    values: dict[str, Any] = {
        "pipeline.id": pipeline.id,
        "pipeline.number": pipeline.number,
        "pipeline.project.git_url": project.vcs_url,
        "pipeline.project.type": project.org.vcs,
        "pipeline.git.branch": pipeline.branch,
        "pipeline.git.revision": pipeline.revision,
        "pipeline.trigger_source": pipeline.trigger_type,
        "pipeline.trigger_parameters.circleci.trigger_type": pipeline.trigger_type,
    }
    for key, value in pipeline.parameters.items():
        if isinstance(value, (str, int, bool)):
            values[f"pipeline.parameters.{key}"] = value
    return values


def get_values(call: Call) -> Reply:
    return Reply(200, pipeline_values(call.store.pipeline(call.params["pipeline_id"])))


def continue_pipeline(call: Call) -> Reply:
    body = call.json()
    key = body["continuation-key"]
    pipeline = next((p for p in call.store.pipelines.values() if p.continuation_key == key), None)
    if pipeline is None:
        raise ApiError(400, "Invalid or expired continuation key")
    if pipeline.continued:
        raise ApiError(400, "This pipeline has already been continued")
    if not body["configuration"].strip():
        raise ApiError(400, "configuration must not be empty")
    pipeline.continued = True
    pipeline.config = body["configuration"]
    pipeline.parameters.update(body.get("parameters") or {})
    return Reply(200, {"message": "Pipeline continued."})


def get_pipeline(call: Call) -> Reply:
    return Reply(200, pipeline_json(call.store.pipeline(call.params["pipeline-id"])))


def list_workflows(call: Call) -> Reply:
    store = call.store
    pipeline = store.pipeline(call.params["pipeline-id"])
    page, token = paginate(pipeline.workflows, call.query.get("page-token"), call.store.page_size)
    answer = {"items": [workflow_json(w) for w in page], "next_page_token": token}
    shown = list(pipeline.workflows)
    poll_pipeline(store, pipeline)
    for workflow in shown:
        advance(store, workflow)
    return Reply(200, answer)


ROUTES = (
    Route("triggerPipelineRun", trigger_run),
    Route("getPipelineById", get_pipeline),
    Route("listPipelinesForProject", list_project_pipelines),
    Route("listWorkflowsByPipelineId", list_workflows),
    Route("triggerPipeline", trigger_pipeline),
    Route("listMyPipelines", list_my_pipelines),
    Route("listPipelines", list_pipelines),
    Route("getPipelineByNumber", get_pipeline_by_number),
    Route("getPipelineConfigById", get_config),
    Route("getPipelineValuesById", get_values),
    Route("continuePipeline", continue_pipeline),
)
