"""Jobs: details, artifacts, test metadata, cancel."""

from __future__ import annotations

from circleci_api.testing._files import artifact_url
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._runs import TERMINAL_JOB, cancel_job
from circleci_api.testing._store import ApiError, Job, Project, Store, rfc3339

__all__ = ["ROUTES"]


def job_artifacts(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    number = call.params["job-number"]
    if not number.isdigit():
        raise ApiError(404, "Job not found")
    job = call.store.job(project, int(number))
    items = call.page(
        [
            {
                "path": a.path,
                "node_index": a.node_index,
                "url": artifact_url(call.files_base, project.id, int(number), a.node_index, a.path),
            }
            for a in job.artifacts
        ]
    )
    return Reply(200, items)


def _job(call: Call) -> tuple[Project, Job]:
    project = call.store.project_by_slug(call.params["project-slug"])
    number = call.params["job-number"]
    if not number.isdigit():
        raise ApiError(404, "Job not found")
    return project, call.store.job(project, int(number))


def job_details(call: Call) -> Reply:
    store = call.store
    project, job = _job(call)
    workflow = store.workflow(job.workflow_id or "")
    pipeline = workflow.pipeline
    started = job.started_at or workflow.created_at
    duration = None
    if job.started_at and job.stopped_at:
        duration = int((job.stopped_at - job.started_at).total_seconds() * 1000)
    details = {
        "web_url": f"https://app.circleci.com/pipelines/{project.slug}/{pipeline.number}/workflows/"
        f"{workflow.id}/jobs/{job.number}",
        "project": {
            "id": project.id,
            "slug": project.slug,
            "name": project.name,
            "external_url": project.vcs_url,
        },
        "parallel_runs": [{"index": 0, "status": job.status}],
        "started_at": rfc3339(started),
        "latest_workflow": {"id": workflow.id, "name": workflow.name},
        "name": job.name,
        "executor": {"resource_class": "medium", "type": "docker"},
        "parallelism": 1,
        "status": job.status,
        "number": job.number,
        "pipeline": {"id": pipeline.id},
        "duration": duration,
        "created_at": rfc3339(workflow.created_at),
        "messages": [],
        "contexts": [],
        "organization": {"name": project.org.name},
        "queued_at": rfc3339(workflow.created_at),
        "stopped_at": rfc3339(job.stopped_at) if job.stopped_at else None,
    }
    return Reply(200, details)


def job_tests(call: Call) -> Reply:
    _project, job = _job(call)
    return Reply(200, call.page([dict(t) for t in job.tests]))


def _cancel(call: Call, job: Job) -> Reply:
    if job.status in TERMINAL_JOB:
        raise ApiError(400, f"The job is {job.status} and cannot be canceled")
    cancel_job(call.store, call.store.workflow(job.workflow_id or ""), job)
    return Reply(200, {"message": "Job canceled."})


def cancel_by_number(call: Call) -> Reply:
    return _cancel(call, _job(call)[1])


def find_job(store: Store, job_id: str) -> Job:
    """A job by its id (any project); ApiError(404) if none."""
    for workflow in store.workflows.values():
        for job in workflow.jobs.values():
            if job.id == job_id:
                return job
    raise ApiError(404, "Job not found")


def cancel_by_id(call: Call) -> Reply:
    return _cancel(call, find_job(call.store, call.params["job-id"]))


def get_job(call: Call) -> Reply:
    """``GET /jobs/{job_id}``: a job of any project by its id."""
    store = call.store
    job = find_job(store, call.params["job_id"])
    workflow = store.workflow(job.workflow_id or "")
    out: dict[str, object] = {
        "id": job.id,
        "name": job.name,
        "type": job.type,
        "status": job.status,
        "project_id": workflow.pipeline.project.id,
        "pipeline_id": workflow.pipeline.id,
        "workflow_id": workflow.id,
    }
    if job.number is not None:
        out["job_number"] = job.number
    if job.started_at is not None:
        out["started_at"] = rfc3339(job.started_at)
    if job.stopped_at is not None:
        out["stopped_at"] = rfc3339(job.stopped_at)
    return Reply(200, out)


ROUTES = (
    Route("getJob", get_job),
    Route("getJobArtifacts", job_artifacts),
    Route("getJobDetails", job_details),
    Route("getTests", job_tests),
    Route("cancelJobByJobNumber", cancel_by_number),
    Route("cancelJobByJobID", cancel_by_id),
)
