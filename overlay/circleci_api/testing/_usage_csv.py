"""Realistic usage export rows: the 48 report fields, one row per job run, gzip CSV parts.

Rows are derived from a seed, so the same export job always yields the same bytes.  Parts are
written the way CircleCI ships them: UPPERCASE header names, ``\\N`` for null (CPU and RAM figures
of short jobs, the trigger user of unregistered committers), a backslash before every comma,
backslash or newline inside a field (no double quotes), timestamps as ``YYYY-MM-DD HH:MM:SS.fff``
in UTC without a zone, dates as ``YYYY-MM-DD``, and flags as ``Y``/``N`` (``IS_UNREGISTERED_USER``)
or ``true``/``false`` (``IS_WORKFLOW_SUCCESSFUL``).
"""

from __future__ import annotations

import datetime as _dt
import gzip
import io
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

__all__ = ["USAGE_FIELDS", "UsageOrg", "UsageProject", "encode_row", "gzip_csv", "usage_rows"]

#: The report's columns, in the order CircleCI documents them (the header has them in UPPERCASE).
USAGE_FIELDS: tuple[str, ...] = (
    "organization_id",
    "organization_name",
    "organization_created_date",
    "project_id",
    "project_name",
    "project_created_date",
    "last_build_finished_at",
    "vcs_name",
    "vcs_url",
    "vcs_branch",
    "pipeline_id",
    "pipeline_created_at",
    "pipeline_number",
    "is_unregistered_user",
    "pipeline_trigger_source",
    "pipeline_trigger_user_id",
    "workflow_id",
    "workflow_name",
    "workflow_first_job_queued_at",
    "workflow_first_job_started_at",
    "workflow_stopped_at",
    "is_workflow_successful",
    "job_name",
    "job_id",
    "job_run_number",
    "job_run_date",
    "job_run_queued_at",
    "job_run_started_at",
    "job_run_stopped_at",
    "job_build_status",
    "resource_class",
    "operating_system",
    "executor",
    "parallelism",
    "job_run_seconds",
    "median_cpu_utilization_pct",
    "max_cpu_utilization_pct",
    "median_ram_utilization_pct",
    "max_ram_utilization_pct",
    "compute_credits",
    "dlc_credits",
    "user_credits",
    "storage_credits",
    "network_credits",
    "lease_credits",
    "lease_overage_credits",
    "ipranges_credits",
    "total_credits",
)

# (executor, operating system, resource class, credits per minute)
_MACHINES = (
    ("docker", "linux", "medium", 10),
    ("docker", "linux", "large", 20),
    ("docker", "linux", "small", 5),
    ("machine", "linux", "linux.medium", 10),
    ("machine", "linux", "arm.medium", 10),
    ("macos", "macos", "macos.m1.medium.gen1", 150),
    ("machine", "windows", "windows.medium", 40),
)
_JOBS = ("build", "test", "lint", "deploy", "integration-tests", "test, shard 2", "build\\windows")
_WORKFLOWS = ("build-and-test", "deploy", "nightly")
_BRANCHES = ("main", "main", "main", "release/2.4", "feature/usage-report", "fix/flaky-test")
_TRIGGERS = ("webhook", "webhook", "api", "scheduled_pipeline")
_CPU_SAMPLE_SECONDS = 15


@dataclass(frozen=True)
class UsageOrg:
    """An organization as it appears in the report."""

    id: str
    name: str
    created: _dt.date


@dataclass(frozen=True)
class UsageProject:
    """A project as it appears in the report."""

    id: str
    name: str
    created: _dt.date
    vcs_name: str
    vcs_url: str


def _ts(value: _dt.datetime) -> str:
    naive = value.astimezone(_dt.UTC).replace(tzinfo=None)
    return naive.isoformat(sep=" ", timespec="milliseconds")


def _credits(value: float) -> str:
    return f"{value:.1f}" if value else "0"


def usage_rows(
    seed: int,
    org: UsageOrg,
    projects: Sequence[UsageProject],
    start: _dt.datetime,
    end: _dt.datetime,
    count: int,
) -> Iterator[dict[str, str | None]]:
    """``count`` job runs of ``org`` between ``start`` and ``end`` (inclusive), in time order.

    Keys are the lowercase field names; None is a null cell.
    """
    rng = random.Random(seed)
    span = max((end - start).total_seconds(), 1.0)
    offsets = sorted(rng.uniform(0, span) for _ in range(count))
    pipeline_number = rng.randint(100, 5000)
    users = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(4)]
    for offset in offsets:
        project = projects[rng.randrange(len(projects))]
        pipeline_number += 1
        created = start + _dt.timedelta(seconds=offset)
        queued = created + _dt.timedelta(seconds=rng.uniform(1, 20))
        started = queued + _dt.timedelta(seconds=rng.uniform(2, 90))
        seconds = int(rng.lognormvariate(4.5, 0.9)) + 3
        stopped = started + _dt.timedelta(seconds=seconds)
        status = rng.choices(("success", "failed", "canceled"), weights=(85, 12, 3))[0]
        executor, system, resource_class, rate = _MACHINES[rng.randrange(len(_MACHINES))]
        parallelism = rng.choice((1, 1, 1, 2, 4))
        compute = round(seconds / 60 * rate * parallelism, 1)
        dlc = 200.0 if executor != "macos" and rng.random() < 0.1 else 0.0
        storage = round(rng.uniform(0, 3), 1) if rng.random() < 0.3 else 0.0
        network = round(rng.uniform(0, 1.5), 1) if rng.random() < 0.2 else 0.0
        total = compute + dlc + storage + network
        sampled = seconds >= _CPU_SAMPLE_SECONDS
        median_cpu = rng.uniform(5, 80)
        median_ram = rng.uniform(10, 70)
        unregistered = rng.random() < 0.05
        trigger = rng.choice(_TRIGGERS)
        yield {
            "organization_id": org.id,
            "organization_name": org.name,
            "organization_created_date": org.created.isoformat(),
            "project_id": project.id,
            "project_name": project.name,
            "project_created_date": project.created.isoformat(),
            "last_build_finished_at": _ts(stopped),
            "vcs_name": project.vcs_name,
            "vcs_url": project.vcs_url,
            "vcs_branch": rng.choice(_BRANCHES),
            "pipeline_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "pipeline_created_at": _ts(created),
            "pipeline_number": str(pipeline_number),
            "is_unregistered_user": "Y" if unregistered else "N",
            "pipeline_trigger_source": trigger,
            "pipeline_trigger_user_id": None if unregistered else rng.choice(users),
            "workflow_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "workflow_name": rng.choice(_WORKFLOWS),
            "workflow_first_job_queued_at": _ts(queued),
            "workflow_first_job_started_at": _ts(started),
            "workflow_stopped_at": _ts(stopped),
            "is_workflow_successful": "true" if status == "success" else "false",
            "job_name": rng.choice(_JOBS),
            "job_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "job_run_number": str(rng.randint(1, 90000)),
            "job_run_date": started.date().isoformat(),
            "job_run_queued_at": _ts(queued),
            "job_run_started_at": _ts(started),
            "job_run_stopped_at": _ts(stopped),
            "job_build_status": status,
            "resource_class": resource_class,
            "operating_system": system,
            "executor": executor,
            "parallelism": str(parallelism),
            "job_run_seconds": str(seconds),
            "median_cpu_utilization_pct": f"{median_cpu:.1f}" if sampled else None,
            "max_cpu_utilization_pct": f"{min(median_cpu * rng.uniform(1.1, 1.8), 100):.1f}"
            if sampled
            else None,
            "median_ram_utilization_pct": f"{median_ram:.1f}" if sampled else None,
            "max_ram_utilization_pct": f"{min(median_ram * rng.uniform(1.05, 1.5), 100):.1f}"
            if sampled
            else None,
            "compute_credits": _credits(compute),
            "dlc_credits": _credits(dlc),
            "user_credits": "0",
            "storage_credits": _credits(storage),
            "network_credits": _credits(network),
            "lease_credits": "0",
            "lease_overage_credits": "0",
            "ipranges_credits": "0",
            "total_credits": _credits(round(total, 1)),
        }


_ESCAPES = str.maketrans({"\\": "\\\\", ",": "\\,", "\n": "\\\n", "\r": "\\\r"})


def encode_row(values: Sequence[str | None]) -> str:
    """One line as CircleCI writes it: ``\\N`` for None, backslash escapes, no quoting."""
    return ",".join("\\N" if value is None else value.translate(_ESCAPES) for value in values) + "\n"


def gzip_csv(rows: Sequence[dict[str, str | None]]) -> bytes:
    """One gzip-compressed CSV part in CircleCI's format: the UPPERCASE header line, then ``rows``."""
    text = io.StringIO()
    text.write(",".join(name.upper() for name in USAGE_FIELDS) + "\n")
    for row in rows:
        text.write(encode_row([row[name] for name in USAGE_FIELDS]))
    return gzip.compress(text.getvalue().encode("utf-8"), mtime=0)
