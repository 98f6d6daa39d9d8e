"""Jobs: details, artifacts, test metadata, cancel."""

from __future__ import annotations

from circleci_api.testing._files import artifact_url
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def job_artifacts(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    number = call.params["job-number"]
    if not number.isdigit():
        raise ApiError(404, "Job not found")
    job = call.store.job(project, int(number))
    items = [
        {
            "path": a.path,
            "node_index": a.node_index,
            "url": artifact_url(call.files_base, project.id, int(number), a.node_index, a.path),
        }
        for a in job.artifacts
    ]
    return Reply(200, {"items": items, "next_page_token": None})


ROUTES = (Route("getJobArtifacts", job_artifacts),)
