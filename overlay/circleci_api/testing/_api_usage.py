"""Usage export jobs: created → processing → completed (or failed), with gzip CSV parts in CircleCI's format.

Each GET of a job counts as one poll; the job's ``ExportScript`` says how many polls see it
``processing``.  Windows are checked as CircleCI documents them: ``end`` no earlier than ``start``
and at most 31 days after it, ``start`` no more than a year ago.
"""

from __future__ import annotations

import datetime as _dt
import math
import uuid
from typing import Any

from circleci_api.testing._files import export_part_url
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, ExportJob, Org, Store, rfc3339
from circleci_api.testing._usage_csv import UsageOrg, UsageProject, gzip_csv, usage_rows
from circleci_api_generated.models.create_usage_export_request import CreateUsageExportRequest

__all__ = ["MAX_WINDOW", "ROUTES"]

MAX_WINDOW = _dt.timedelta(days=31)
MAX_AGE = _dt.timedelta(days=365)


def _parse(value: str, name: str) -> _dt.datetime:
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name} is not a valid date-time") from None
    if parsed.tzinfo is None:
        raise ApiError(400, f"{name} must include a time zone")
    return parsed


def create_export(call: Call) -> Reply:
    store = call.store
    org = store.org(call.params["org_id"])
    body = call.json()
    start, end = _parse(body["start"], "start"), _parse(body["end"], "end")
    if end < start:
        raise ApiError(400, "end must not be before start")
    if end - start > MAX_WINDOW:
        raise ApiError(400, "end must be no more than 31 days after start")
    if start < store.now() - MAX_AGE:
        raise ApiError(400, "start must be no more than one year ago")
    script = store.export_scripts.popleft() if store.export_scripts else store.default_export
    job = ExportJob(
        id=store.new_id(),
        org=org,
        start=start,
        end=end,
        shared_org_ids=list(body.get("shared_org_ids") or []),
        script=script,
    )
    store.exports[job.id] = job
    return Reply(
        201,
        {
            "usage_export_job_id": job.id,
            "state": job.state,
            "start": rfc3339(start),
            "end": rfc3339(end),
            "download_urls": [],
        },
    )


def _report_org(store: Store, org_id: str) -> tuple[UsageOrg, list[UsageProject]]:
    org: Org | None = store.orgs.get(org_id)
    if org is None:
        name = f"shared-org-{org_id[:8]}"
        created = _dt.date(2021, 3, 15)
        projects = []
    else:
        name, created = org.name, org.created_at.date()
        projects = [
            UsageProject(p.id, p.name, p.created_at.date(), p.org.vcs, p.vcs_url)
            for p in store.projects.values()
            if p.org is org
        ]
    if not projects:
        project_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"fake-circleci:{org_id}:api"))
        projects = [UsageProject(project_id, "api", created, "github", f"https://github.com/{name}/api")]
    return UsageOrg(org_id, name, created), projects


def _finish(store: Store, job: ExportJob) -> None:
    script = job.script
    if script.outcome == "failed":
        job.state = "failed"
        return
    days = max((job.end - job.start).total_seconds() / 86400, 1 / 24)
    total = script.rows if script.rows is not None else max(1, math.ceil(days * script.rows_per_day))
    org_ids = [job.org.id, *job.shared_org_ids]
    rows: list[dict[str, str | None]] = []
    seed = uuid.UUID(job.id).int
    for index, org_id in enumerate(org_ids):
        count = total // len(org_ids) + (1 if index < total % len(org_ids) else 0)
        org, projects = _report_org(store, org_id)
        rows.extend(usage_rows(seed + index, org, projects, job.start, job.end, count))
    parts = max(1, min(script.parts, len(rows)))
    size = math.ceil(len(rows) / parts) if rows else 0
    job.parts = [gzip_csv(rows[i * size : (i + 1) * size]) for i in range(parts)]
    job.row_count = len(rows)
    job.state = "completed"


def get_export(call: Call) -> Reply:
    store = call.store
    org = store.org(call.params["org_id"])
    job = store.exports.get(call.params["usage_export_job_id"])
    if job is None or job.org is not org:
        raise ApiError(404, "Usage export job not found")
    if job.state == "created":
        job.state = "processing"
    if job.state == "processing":
        if job.polls >= job.script.processing_polls:
            _finish(store, job)
        else:
            job.polls += 1
    answer: dict[str, Any] = {"usage_export_job_id": job.id, "state": job.state, "download_urls": []}
    if job.state == "completed":
        answer["download_urls"] = [
            export_part_url(store, call.files_base, job.id, index) for index in range(1, len(job.parts) + 1)
        ]
    if job.state == "failed":
        answer["error_reason"] = job.script.error_reason
    return Reply(200, answer)


ROUTES = (
    Route(
        "createUsageExport",
        create_export,
        body=CreateUsageExportRequest,
        body_required=True,
        body_uuids=("shared_org_ids[]",),
    ),
    Route("getUsageExport", get_export, uuid_params=("usage_export_job_id",)),
)
