"""Workflows: read (each read is a poll that advances a scripted run), their jobs, approve."""

from __future__ import annotations

from circleci_api.testing._api_pipeline import job_json, workflow_json
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._runs import advance, approve
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def get_workflow(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    answer = workflow_json(workflow)
    advance(call.store, workflow)
    return Reply(200, answer)


def list_jobs(call: Call) -> Reply:
    workflow = call.store.workflow(call.params["id"])
    items = [job_json(workflow, job) for job in workflow.jobs.values()]
    return Reply(200, {"items": items, "next_page_token": None})


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


ROUTES = (
    Route("getWorkflowById", get_workflow),
    Route("listWorkflowJobs", list_jobs),
    Route("approvePendingApprovalJobById", approve_job),
)
