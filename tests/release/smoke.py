"""Import-and-smoke test of an installed circleci-api, needing nothing but its runtime dependencies.

``make test-newest`` runs this file with the interpreter of a venv where the wheel was installed
with the newest runtime releases its ranges allow; ``tests/release/test_smoke.py`` runs ``main`` in
the development venv so that it cannot rot.  It prints the dependency versions, imports every
module of both packages, then drives the sync and async clients against the in-process fake:
a pipeline run and wait, a walk of a paginated list, a timestamp only python-dateutil parses, a
45-day usage export merged into one CSV.  Exit status 0 when everything held, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import importlib
import importlib.util
import pkgutil
import sys
import tempfile
from importlib import metadata
from pathlib import Path

RUNTIME = ("httpx", "httpcore", "anyio", "attrs", "python-dateutil", "sniffio")
#: Modules that need a development tool, and that tool.
NEEDS = {"circleci_api.testing.pytest_plugin": "pytest"}
SLUG = "gh/acme/api"
POLL = 0.001


def import_everything() -> int:
    """Import every module of ``circleci_api`` and ``circleci_api_generated``; return how many."""
    count = 0
    for top in ("circleci_api", "circleci_api_generated"):
        package = importlib.import_module(top)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{top}."):
            needed = NEEDS.get(info.name)
            if info.name.endswith(".__main__") or (needed and importlib.util.find_spec(needed) is None):
                continue
            importlib.import_module(info.name)
            count += 1
    return count


def check_sync(work: Path) -> None:
    from circleci_api.models import PipelineRunCreated
    from circleci_api.testing import FakeCircleCI
    from circleci_api.usage import read_rows

    fake = FakeCircleCI(seed=7)
    project = fake.add_project(SLUG)
    with fake.client(strict=True) as client:
        result = client.pipelines.run_and_wait(SLUG, checkout={"branch": "main"}, poll_interval=POLL)
        assert result.ok, result.summary()
        assert isinstance(result.pipeline.created_at, dt.datetime), result.pipeline.created_at
        assert result.pipeline.created_at.tzinfo is not None
        run = client.pipelines.run(SLUG)
        assert isinstance(run, PipelineRunCreated), run
        numbers = [pipeline.number for pipeline in client.pipelines.list_for_project(SLUG)]
        assert sorted(numbers) == [1, 2], numbers
        end = dt.datetime.now(dt.UTC).date()
        export = client.usage.export(
            project.org.id, end - dt.timedelta(days=44), end, work / "usage.csv", poll_interval=POLL
        )
        assert len(export.jobs) == 2, export
        with (work / "usage.csv").open(newline="", encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        rows = list(read_rows(work / "usage.csv"))
        assert len(header) == 48, header
        assert rows, rows


def check_dateutil_fallback() -> None:
    """A valid ISO 8601 time that ``datetime.fromisoformat`` rejects goes through python-dateutil."""
    from circleci_api.models import Pipeline

    pipeline = Pipeline.from_dict({"created_at": "2025-03-01T24:00:00Z"})
    assert pipeline.created_at == dt.datetime(2025, 3, 2, tzinfo=dt.UTC), pipeline.created_at


async def check_async() -> None:
    from circleci_api.testing import FakeCircleCI

    fake = FakeCircleCI(seed=8)
    fake.add_project(SLUG)
    fake.script_run("failure")
    async with fake.async_client() as client:
        result = await client.pipelines.run_and_wait(SLUG, poll_interval=POLL)
        assert result.status == "failed", result.summary()
        assert [failed.job.name for failed in result.failed_jobs] == ["test"], result.summary()
        numbers = [pipeline.number async for pipeline in client.pipelines.list_for_project(SLUG)]
        assert numbers == [1], numbers


def main() -> int:
    """Run every check; print one line per step."""
    print("smoke: " + " ".join(f"{name}=={metadata.version(name)}" for name in RUNTIME))
    try:
        print(f"smoke: imported {import_everything()} modules")
        with tempfile.TemporaryDirectory() as work:
            check_sync(Path(work))
        check_dateutil_fallback()
        asyncio.run(check_async())
    except Exception as exc:
        print(f"smoke: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        raise
    print("smoke: sync and async runs, pagination, timestamps and a usage export passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
