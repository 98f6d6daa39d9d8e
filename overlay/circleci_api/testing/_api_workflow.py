"""Workflows: read (each read is a poll that advances a scripted run), their jobs, approve."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._api_pipeline import job_json, workflow_json
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._runs import (
    TERMINAL_WORKFLOW,
    RunScript,
    advance,
    approve,
    cancel_workflow,
    rerun_workflow,
)
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def get_workflow(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    answer = workflow_json(workflow)
    advance(call.store, workflow)
    return Reply(200, answer)


def list_jobs(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    return Reply(200, call.page([job_json(workflow, job) for job in workflow.jobs.values()]))


def approve_job(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    request_id = call.params["approval_request_id"]
    job = next((j for j in workflow.jobs.values() if j.approval_request_id == request_id), None)
    if job is None:
        raise ApiError(404, "Approval request not found")
    if job.status != "on_hold":
        raise ApiError(400, f"The approval job is {job.status}, not on hold")
    approve(call.store, workflow, job, approver=call.store.user_id)
    return Reply(202, {"message": "Accepted."})


def cancel(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    if workflow.status in TERMINAL_WORKFLOW:
        raise ApiError(400, f"The workflow is {workflow.status} and cannot be canceled")
    cancel_workflow(call.store, workflow)
    return Reply(202, {"message": "Accepted."})


def rerun(call: Call) -> Reply:
    store = call.store
    workflow = store.workflow(call.params["id"])
    if workflow.status not in TERMINAL_WORKFLOW:
        raise ApiError(400, "Only a finished workflow can be rerun")
    body: dict[str, Any] = call.body if isinstance(call.body, dict) else {}
    if body.get("from_failed") and workflow.status not in ("failed", "error"):
        raise ApiError(400, "from_failed needs a failed workflow")
    known = {job.id for job in workflow.jobs.values()}
    unknown = [job_id for job_id in body.get("jobs", []) if job_id not in known]
    if unknown:
        raise ApiError(400, f"jobs not in this workflow: {', '.join(unknown)}")
    if body.get("from_failed") and body.get("jobs"):
        raise ApiError(400, "give either from_failed or jobs, not both")
    script = store.run_scripts.popleft() if store.run_scripts else store.default_run or RunScript()
    new = rerun_workflow(store, workflow, script)
    return Reply(202, {"workflow_id": new.id})


ROUTES = (
    Route("cancelWorkflow", cancel),
    Route("rerunWorkflow", rerun),
    Route("getWorkflowById", get_workflow),
    Route("listWorkflowJobs", list_jobs),
    Route("approvePendingApprovalJobById", approve_job),
)
