"""Usage export jobs: their states, the documented window rules, and the gzip CSV parts."""

from __future__ import annotations

import datetime as dt
import gzip
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from circleci_api import BadRequestError, NotFoundError
from circleci_api.testing import USAGE_FIELDS, FakeCircleCI, Project

from .support import Front, done, open_client

SLUG = "gh/acme/api"
NOW = dt.datetime(2025, 11, 15, 12, 0, tzinfo=dt.UTC)


def _recent(days: int) -> dict[str, str]:
    """A window of ``days`` days ending an hour ago, as the API's strings."""
    end = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    start = end - dt.timedelta(days=days)
    return {"start": start.isoformat().replace("+00:00", "Z"), "end": end.isoformat().replace("+00:00", "Z")}


def _unescape(cell: str) -> str | None:
    """One cell of CircleCI's format: ``\\N`` is null, a backslash escapes the next character."""
    if cell == "\\N":
        return None
    return re.sub(r"\\(.)", r"\1", cell, flags=re.S)


def _rows(part: bytes) -> tuple[list[str], list[dict[str, str | None]]]:
    """Header and rows of a part, decoded independently of the library's reader."""
    lines = gzip.decompress(part).decode("utf-8").splitlines()
    split = re.compile(r"(?<!\\)((?:\\\\)*),")  # a comma not escaped by an odd run of backslashes
    header = lines[0].split(",")
    rows = []
    for line in lines[1:]:
        cells = [_unescape(cell) for cell in split.sub(lambda m: m.group(1) + "\0", line).split("\0")]
        assert len(cells) == len(header), line
        rows.append(dict(zip([name.lower() for name in header], cells, strict=True)))
    return header, rows


def _parse_ts(value: str | None) -> dt.datetime:
    assert value is not None
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}", value), value  # zoneless, UTC
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


@pytest.fixture
def project(fake: FakeCircleCI) -> Project:
    return fake.add_project(SLUG)


@pytest.fixture
def raw(fake: FakeCircleCI) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"Circle-Token": fake.token}
    ) as client:
        yield client


def test_the_report_has_the_48_documented_fields() -> None:
    assert len(USAGE_FIELDS) == len(set(USAGE_FIELDS)) == 48
    assert USAGE_FIELDS[0] == "organization_id"
    assert USAGE_FIELDS[-1] == "total_credits"
    assert {"job_run_seconds", "is_workflow_successful", "median_cpu_utilization_pct"} <= set(USAGE_FIELDS)


@pytest.mark.anyio
async def test_an_export_completes_with_realistic_parts(front: Front, kind: str) -> None:
    fake = front.fake
    org = fake.add_project(SLUG).org
    end = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start = end - dt.timedelta(days=31)
    async with open_client(front, kind) as client:
        job = await done(client.usage.create_export(org.id, start=start, end=end))
        states = [str((await done(client.usage.get_export(org.id, job.usage_export_job_id))).state)]
        status = await done(client.usage.get_export(org.id, job.usage_export_job_id))
        states.append(str(status.state))
    assert states == ["processing", "completed"]
    assert len(status.download_urls) == 2
    assert all(not url.startswith(front.base_url) for url in status.download_urls)
    # Pre-signed: fetched without any credentials, as the client does for other origins.
    transport = fake.transport() if front.name == "in_process" else None
    with httpx.Client(transport=transport) as storage:
        parts = [storage.get(url) for url in status.download_urls]
    assert [p.headers["content-type"] for p in parts] == ["application/gzip"] * 2
    headers_and_rows = [_rows(p.content) for p in parts]
    assert [h for h, _ in headers_and_rows] == [[name.upper() for name in USAGE_FIELDS]] * 2
    rows = [row for _, part_rows in headers_and_rows for row in part_rows]
    assert len(rows) == fake.export_job(job.usage_export_job_id).row_count == 31 * 8
    for row in rows:
        assert row["organization_id"] == org.id
        assert uuid.UUID(row["pipeline_id"]).version == uuid.UUID(row["job_id"]).version == 4
        assert start <= _parse_ts(row["pipeline_created_at"]) <= end + dt.timedelta(hours=1)
        assert _parse_ts(row["job_run_started_at"]) <= _parse_ts(row["job_run_stopped_at"])
        assert dt.date.fromisoformat(row["job_run_date"] or "")
        assert row["is_workflow_successful"] in ("true", "false")
        assert row["is_unregistered_user"] in ("Y", "N")
        assert (row["pipeline_trigger_user_id"] is None) == (row["is_unregistered_user"] == "Y")
        seconds = int(row["job_run_seconds"] or "")
        assert (row["median_cpu_utilization_pct"] is None) == (seconds < 15)  # \\N, not an empty cell
        parts_total = sum(
            float(row[name] or "")
            for name in ("compute_credits", "dlc_credits", "storage_credits", "network_credits")
        )
        assert float(row["total_credits"] or "") == pytest.approx(parts_total, abs=0.11)
    assert fake.token_leaks == []


def test_scripted_exports_fail_or_shape_their_parts(fake: FakeCircleCI, project: Project) -> None:
    org_id = project.org.id
    fake.script_export("failed", processing_polls=0, error_reason="query timed out")
    fake.script_export(rows=10, parts=3, processing_polls=2)
    window = _recent(1)
    with fake.client() as client:
        failed = client.usage.create_export(org_id, **window)
        failed_status = client.usage.get_export(org_id, failed.usage_export_job_id)
        shaped = client.usage.create_export(org_id, **window)
        states = [str(client.usage.get_export(org_id, shaped.usage_export_job_id).state) for _ in range(3)]
        urls = client.usage.get_export(org_id, shaped.usage_export_job_id).download_urls
    assert (failed_status.state, failed_status.error_reason, failed_status.download_urls) == (
        "failed",
        "query timed out",
        [],
    )
    assert states == ["processing", "processing", "completed"]
    with httpx.Client(transport=fake.transport()) as storage:
        counts = [len(_rows(storage.get(url).content)[1]) for url in urls]
    assert counts == [4, 4, 2]
    with pytest.raises(ValueError, match="outcome"):
        fake.script_export("done")
    with pytest.raises(ValueError, match="parts"):
        fake.script_export(parts=0)


def test_shared_orgs_appear_in_the_report(fake: FakeCircleCI, project: Project) -> None:
    other = fake.add_project("gh/partner/web").org
    fake.script_export(rows=9, processing_polls=0)
    with fake.client() as client:
        job = client.usage.create_export(project.org.id, **_recent(2), shared_org_ids=[other.id])
        urls = client.usage.get_export(project.org.id, job.usage_export_job_id).download_urls
    with httpx.Client(transport=fake.transport()) as storage:
        rows = [row for url in urls for row in _rows(storage.get(url).content)[1]]
    by_org = {(r["organization_id"], r["organization_name"], r["project_name"]) for r in rows}
    assert by_org == {(project.org.id, "acme", "api"), (other.id, "partner", "web")}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"start": "2025-10-01T00:00:00Z", "end": "2025-11-01T00:00:01Z"}, "no more than 31 days"),
        ({"start": "2025-10-02T00:00:00Z", "end": "2025-10-01T00:00:00Z"}, "not be before start"),
        ({"start": "2024-11-01T00:00:00Z", "end": "2024-11-02T00:00:00Z"}, "one year ago"),
    ],
)
def test_windows_follow_the_documented_limits(body: dict[str, Any], message: str) -> None:
    fake = FakeCircleCI(clock=lambda: NOW)
    org_id = fake.add_project(SLUG).org.id
    with fake.client(max_retries=0) as client:
        with pytest.raises(BadRequestError, match=message):
            client.request("POST", f"/organizations/{org_id}/usage_export_job", json=body)
        ok = client.request(
            "POST",
            f"/organizations/{org_id}/usage_export_job",
            json={"start": "2025-10-01T00:00:00Z", "end": "2025-11-01T00:00:00Z"},
        )
    assert ok.status_code == 201


def test_jobs_belong_to_their_org(fake: FakeCircleCI, project: Project) -> None:
    other = fake.add_project("gh/partner/web").org
    window = _recent(1)
    with fake.client() as client:
        job = client.usage.create_export(project.org.id, **window)
        with pytest.raises(NotFoundError, match="Usage export job not found"):
            client.usage.get_export(other.id, job.usage_export_job_id)
        with pytest.raises(NotFoundError, match="Organization not found"):
            client.usage.create_export(str(uuid.uuid4()), **window)


def test_storage_urls_behave_like_presigned_ones(
    fake: FakeCircleCI, project: Project, raw: httpx.Client
) -> None:
    fake.script_export(processing_polls=0)
    job = raw.post(f"/organizations/{project.org.id}/usage_export_job", json=_recent(1)).json()
    url = raw.get(f"/organizations/{project.org.id}/usage_export_job/{job['usage_export_job_id']}").json()[
        "download_urls"
    ][0]
    with httpx.Client(transport=fake.transport()) as storage:
        assert storage.get(url).status_code == 200
        assert storage.get(url.split("?")[0]).status_code == 403
        assert storage.get(url.replace("part-001", "part-009")).status_code == 403
        leaked = storage.get(url, headers={"Circle-Token": fake.token})
    assert leaked.status_code == 400
    assert fake.token_leaks == [url.split("?")[0]]
    assert fake.token not in leaked.text


def test_same_seed_same_export() -> None:
    def export_bytes() -> bytes:
        fake = FakeCircleCI(seed=7, clock=lambda: NOW)
        org_id = fake.add_project(SLUG).org.id
        fake.script_export(processing_polls=0)
        with fake.client() as client, httpx.Client(transport=fake.transport()) as storage:
            job = client.usage.create_export(org_id, start="2025-10-01T00:00:00Z", end="2025-10-05T00:00:00Z")
            urls = client.usage.get_export(org_id, job.usage_export_job_id).download_urls
            return b"".join(storage.get(url).content for url in urls)

    first = export_bytes()
    assert first
    assert first == export_bytes()
