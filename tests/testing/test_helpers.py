"""The fake drives the client's helpers (``pipelines.run_and_wait``, ``usage.export``) as CircleCI
would: scripted outcomes reach the waiter, and exported rows reach the merged CSV.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from circleci_api.usage import read_rows

from .support import Front, done, open_client, virtual_clock

SLUG = "gh/acme/api"


async def _run(front: Front, kind: str, **script: Any) -> tuple[Any, list[str]]:
    front.fake.add_project(SLUG)
    front.fake.script_run(**script)
    seen: list[str] = []
    async with open_client(front, kind) as client:
        result = await done(
            client.pipelines.run_and_wait(
                SLUG,
                poll_interval=5,
                on_update=lambda state: seen.append(state.summary()),
                clock=virtual_clock(kind),
            )
        )
    return result, seen


@pytest.mark.anyio
async def test_wait_sees_on_hold_then_approval_then_success(in_process: Front, kind: str) -> None:
    result, seen = await _run(in_process, kind, outcome="on_hold", approve_after=2)
    assert result.status == "success"
    assert seen == [
        "pipeline created; no workflows yet",
        "pipeline created; build-and-test: running",
        "pipeline created; build-and-test: on_hold",
        "pipeline created; build-and-test: running",
        "pipeline created; build-and-test: success",
    ]


@pytest.mark.anyio
async def test_wait_reports_the_failed_job(in_process: Front, kind: str) -> None:
    result, _ = await _run(in_process, kind, outcome="failure")
    assert result.status == "failed"
    assert [(f.workflow.name, f.job.name, str(f.job.status)) for f in result.failed_jobs] == [
        ("build-and-test", "test", "failed")
    ]


@pytest.mark.anyio
async def test_wait_ends_on_an_errored_pipeline(in_process: Front, kind: str) -> None:
    result, seen = await _run(in_process, kind, outcome="errored")
    assert result.status == "errored"
    assert [str(e.type) for e in result.errors] == ["config"]
    assert seen == ["pipeline errored; no workflows yet"]


@pytest.mark.anyio
async def test_a_45_day_export_merges_every_row(front: Front, kind: str, tmp_path: Path) -> None:
    org = front.fake.add_project(SLUG).org
    end = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    dest = tmp_path / "usage.csv"
    async with open_client(front, kind) as client:
        result = await done(
            client.usage.export(
                org.id, end - dt.timedelta(days=45), end, dest, poll_interval=360, clock=virtual_clock(kind)
            )
        )
    jobs = [front.fake.export_job(job.usage_export_job_id) for job in result.jobs]
    assert len(jobs) == 2
    rows = list(read_rows(dest))
    assert len(rows) == sum(job.row_count for job in jobs) > 0
    assert {row.organization_id for row in rows} == {org.id}
    assert all(row.total_credits is not None for row in rows)
    assert front.fake.token_leaks == []
    assert {r.status for r in front.fake.calls("usageExportFile")} == {200}
