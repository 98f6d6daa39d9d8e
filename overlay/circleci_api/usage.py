"""Reading CircleCI usage export CSVs as typed rows, and what the export helpers return.

``read_rows(path)`` streams a merged export (see ``client.usage.export``) and yields one ``UsageRow``
per job run, with the 48 report fields converted: counts as ``int``, durations, percentages and
credits as ``float``, dates and timestamps as timezone-aware ``datetime`` (UTC when the file gives no
offset; a bare date is midnight UTC), Y/N flags as ``bool``, and empty cells as ``None``.  Column
names are matched case-insensitively; columns this library does not know end up in ``row.extra``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from circleci_api._base_error import CircleCIError
from circleci_api._csvmerge import ExportFormatError, HeaderMismatchError

__all__ = [
    "REPORT_FIELDS",
    "ExportFormatError",
    "HeaderMismatchError",
    "ReportField",
    "UsageExportResult",
    "UsageRow",
    "UsageRowError",
    "read_rows",
]

Kind = Literal["text", "int", "number", "flag", "time"]


@dataclass(frozen=True)
class ReportField:
    """One column of the usage report: its name, how it is typed, and what it holds."""

    name: str
    kind: Kind
    description: str


REPORT_FIELDS: tuple[ReportField, ...] = (
    # organization
    ReportField("organization_id", "text", "Identifier of the organization."),
    ReportField("organization_name", "text", "Name of the organization."),
    ReportField("organization_created_date", "time", "When the organization was created (UTC)."),
    # project
    ReportField("project_id", "text", "Identifier of the project."),
    ReportField("project_name", "text", "Name of the project (the repository name for VCS-linked orgs)."),
    ReportField(
        "project_created_date", "time", "When the project was created or first connected to CircleCI (UTC)."
    ),
    ReportField("last_build_finished_at", "time", "When the project's most recent pipeline finished (UTC)."),
    # pipeline
    ReportField("vcs_name", "text", "Version control system the project is connected to."),
    ReportField("vcs_url", "text", "Repository URL the pipeline ran for."),
    ReportField("vcs_branch", "text", "Branch the pipeline ran on."),
    ReportField("pipeline_id", "text", "Identifier of the pipeline (reruns keep the original's id)."),
    ReportField("pipeline_created_at", "time", "When the pipeline was first triggered (UTC)."),
    ReportField("pipeline_number", "int", "The pipeline's number within its project."),
    ReportField(
        "is_unregistered_user",
        "flag",
        "True when whoever triggered the pipeline has no CircleCI account (e.g. a plain VCS committer).",
    ),
    ReportField("pipeline_trigger_source", "text", "What triggered the pipeline (API, webhook, ...)."),
    ReportField("pipeline_trigger_user_id", "text", "Identifier of the user who triggered the pipeline."),
    # workflow
    ReportField("workflow_id", "text", "Identifier of the workflow."),
    ReportField("workflow_name", "text", "Name of the workflow."),
    ReportField("workflow_first_job_queued_at", "time", "When the workflow's first job was queued (UTC)."),
    ReportField("workflow_first_job_started_at", "time", "When the workflow's first job started (UTC)."),
    ReportField("workflow_stopped_at", "time", "When the workflow stopped (UTC)."),
    ReportField("is_workflow_successful", "flag", "True when every job of the workflow succeeded."),
    # job
    ReportField("job_name", "text", "Name of the job as shown in the CircleCI app."),
    ReportField("job_id", "text", "Identifier of this job run."),
    ReportField("job_run_number", "int", "Number of this job run."),
    ReportField("job_run_date", "time", "Day the job run began (midnight UTC when only a date is given)."),
    ReportField("job_run_queued_at", "time", "When the job was queued (UTC)."),
    ReportField("job_run_started_at", "time", "When the job started running (UTC)."),
    ReportField("job_run_stopped_at", "time", "When the job stopped (UTC)."),
    ReportField("job_build_status", "text", "Final status of the job run."),
    ReportField("resource_class", "text", "Resource class the job ran on."),
    ReportField("operating_system", "text", "Operating system of the job's executor."),
    ReportField("executor", "text", "Executor type (docker, machine, macos, ...)."),
    ReportField("parallelism", "int", "How many parallel containers the job used."),
    ReportField("job_run_seconds", "number", "How long the job ran, in seconds."),
    ReportField(
        "median_cpu_utilization_pct",
        "number",
        "Median CPU use over the run, in percent (sampled every 15 s; often empty for short jobs).",
    ),
    ReportField("max_cpu_utilization_pct", "number", "Peak sampled CPU use over the run, in percent."),
    ReportField(
        "median_ram_utilization_pct", "number", "Median sampled memory use over the run, in percent."
    ),
    ReportField("max_ram_utilization_pct", "number", "Peak sampled memory use over the run, in percent."),
    # credits
    ReportField("compute_credits", "number", "Credits spent on compute."),
    ReportField("dlc_credits", "number", "Credits spent on docker layer caching."),
    ReportField("user_credits", "number", "Credits charged for active users."),
    ReportField(
        "storage_credits", "number", "Credits spent on storage (0 while under the plan's allowance)."
    ),
    ReportField("network_credits", "number", "Credits spent on network egress."),
    ReportField("lease_credits", "number", "Credits spent on leases."),
    ReportField("lease_overage_credits", "number", "Credits spent on lease overage."),
    ReportField("ipranges_credits", "number", "Credits spent on the IP ranges feature."),
    ReportField("total_credits", "number", "All credits this job run consumed."),
)


@dataclass(frozen=True, slots=True)
class UsageRow:
    """One job run of a usage export.  ``None`` means the cell was empty or the column was absent."""

    organization_id: str | None = None
    organization_name: str | None = None
    organization_created_date: _dt.datetime | None = None
    project_id: str | None = None
    project_name: str | None = None
    project_created_date: _dt.datetime | None = None
    last_build_finished_at: _dt.datetime | None = None
    vcs_name: str | None = None
    vcs_url: str | None = None
    vcs_branch: str | None = None
    pipeline_id: str | None = None
    pipeline_created_at: _dt.datetime | None = None
    pipeline_number: int | None = None
    is_unregistered_user: bool | None = None
    pipeline_trigger_source: str | None = None
    pipeline_trigger_user_id: str | None = None
    workflow_id: str | None = None
    workflow_name: str | None = None
    workflow_first_job_queued_at: _dt.datetime | None = None
    workflow_first_job_started_at: _dt.datetime | None = None
    workflow_stopped_at: _dt.datetime | None = None
    is_workflow_successful: bool | None = None
    job_name: str | None = None
    job_id: str | None = None
    job_run_number: int | None = None
    job_run_date: _dt.datetime | None = None
    job_run_queued_at: _dt.datetime | None = None
    job_run_started_at: _dt.datetime | None = None
    job_run_stopped_at: _dt.datetime | None = None
    job_build_status: str | None = None
    resource_class: str | None = None
    operating_system: str | None = None
    executor: str | None = None
    parallelism: int | None = None
    job_run_seconds: float | None = None
    median_cpu_utilization_pct: float | None = None
    max_cpu_utilization_pct: float | None = None
    median_ram_utilization_pct: float | None = None
    max_ram_utilization_pct: float | None = None
    compute_credits: float | None = None
    dlc_credits: float | None = None
    user_credits: float | None = None
    storage_credits: float | None = None
    network_credits: float | None = None
    lease_credits: float | None = None
    lease_overage_credits: float | None = None
    ipranges_credits: float | None = None
    total_credits: float | None = None
    extra: Mapping[str, str] = field(default_factory=dict)
    """Columns the report had that are not among the 48 known fields (raw text)."""


class UsageRowError(CircleCIError, ValueError):
    """A cell of a usage CSV could not be converted.  Names the file, line, column and value."""

    def __init__(self, path: str, line: int, column: str, value: str, problem: str) -> None:
        shown = value if len(value) <= 60 else value[:59] + "…"
        super().__init__(f"{path}, line {line}, column {column}: {problem} (got {shown!r})")
        self.path = path
        self.line = line
        self.column = column
        self.value = value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)  # "3.0" is accepted, "3.5" is not
        if not number.is_integer():
            raise ValueError("expected a whole number") from None
        return int(number)


def _flag(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("y", "yes", "true", "1"):
        return True
    if lowered in ("n", "no", "false", "0"):
        return False
    raise ValueError("expected Y or N")


def _time(text: str) -> _dt.datetime:
    value = text.strip()
    if value.endswith((" UTC", " Z")):
        value = value.rsplit(" ", 1)[0] + "+00:00"
    parsed = _dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_dt.UTC)
    return parsed


_CONVERTERS: dict[Kind, tuple[Callable[[str], Any], str]] = {
    "text": (str, "text"),
    "int": (_int, "expected a whole number"),
    "number": (float, "expected a number"),
    "flag": (_flag, "expected Y or N"),
    "time": (_time, "expected an ISO 8601 / RFC 3339 date or timestamp"),
}
_BY_NAME = {f.name: f for f in REPORT_FIELDS}


def read_rows(path: str | os.PathLike[str]) -> Iterator[UsageRow]:
    """Yield one ``UsageRow`` per data line of a usage export CSV, reading the file as a stream.

    Raises ``UsageRowError`` (a ``ValueError``) at the first cell that cannot be converted and
    ``OSError`` when the file cannot be read.  An empty file yields nothing.
    """
    name = os.fspath(path)
    with Path(name).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            return
        plan: list[tuple[int, str, Callable[[str], Any], str]] = []
        extras: list[tuple[int, str]] = []
        for index, column in enumerate(header):
            known = _BY_NAME.get(column.strip().lower())
            if known is None:
                extras.append((index, column))
            else:
                convert, problem = _CONVERTERS[known.kind]
                plan.append((index, known.name, convert, problem))
        for cells in reader:
            if not cells:
                continue
            values: dict[str, Any] = {}
            for index, attribute, convert, problem in plan:
                raw = cells[index].strip() if index < len(cells) else ""
                if raw == "":
                    continue
                try:
                    values[attribute] = convert(raw)
                except ValueError:
                    raise UsageRowError(name, reader.line_num, attribute, raw, problem) from None
            extra = {column: cells[index] for index, column in extras if index < len(cells)}
            yield UsageRow(**values, extra=extra)


@dataclass(frozen=True)
class UsageExportResult:
    """What ``download_export`` / ``export`` wrote.

    ``path`` is the merged CSV, ``jobs`` the export jobs it came from (one per window of at most 31
    days), ``parts`` the number of files downloaded, ``bytes_written`` the CSV's size in bytes and
    ``header`` its header line (None when the export had no data).
    """

    path: Path
    jobs: tuple[Any, ...] = field(repr=False)  # their download URLs are pre-signed: keep them out of reprs
    parts: int
    bytes_written: int
    header: str | None


def _check_fields_match() -> None:
    names = [f.name for f in fields(UsageRow) if f.name != "extra"]
    if names != [f.name for f in REPORT_FIELDS]:  # pragma: no cover - a programming error
        raise AssertionError("UsageRow and REPORT_FIELDS list different fields")


_check_fields_match()
