"""Reading usage export CSVs as typed rows, in the format CircleCI ships them or in plain RFC 4180.

CircleCI's export files (as downloaded and merged by ``client.usage.export``) are not RFC 4180 CSV:

* the header names are UPPERCASE (``ORGANIZATION_ID``, ``TOTAL_CREDITS``, ...);
* ``\\N`` is null, in any column;
* a backslash escapes the next character, so a comma inside a field is ``\\,`` and a backslash is
  ``\\\\`` (double quotes have no special meaning);
* timestamps are ``YYYY-MM-DD HH:MM:SS[.ffffff]`` in UTC without a zone, dates ``YYYY-MM-DD``;
* flags are ``Y``/``N`` or ``true``/``false``.

``read_rows(path)`` reads that style and plain RFC 4180 quoting (what ``csv.writer`` produces),
telling them apart from the header and the first rows unless ``dialect=`` says which.  It yields one
``UsageRow`` per job run with the 48 report fields converted: counts as ``int``; durations,
percentages and credits as ``float``; dates and timestamps as timezone-aware ``datetime`` (UTC when
the file gives no offset; a bare date is midnight UTC); flags as ``bool``; ``\\N`` and empty cells as
``None``.  Column names match case-insensitively; unknown columns end up in ``row.extra``.
"""

from __future__ import annotations

import csv
import datetime as _dt
import gzip
import itertools
import os
import re
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, NamedTuple

from circleci_api._base_error import CircleCIError

__all__ = [
    "DIALECTS",
    "REPORT_FIELDS",
    "Dialect",
    "ReportField",
    "UsageRow",
    "UsageRowError",
    "read_rows",
    "sniff_dialect",
]

Kind = Literal["text", "int", "number", "flag", "time"]
_NO_EXTRA: Mapping[str, str] = types.MappingProxyType({})


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


class UsageRow(NamedTuple):
    """One job run of a usage export.  ``None`` means the cell was null, empty, or not in the file.

    A ``NamedTuple`` (exports run to millions of rows and a tuple is the cheapest immutable record):
    read fields by name, copy with ``row._replace(...)``, list them with ``UsageRow._fields``.
    """

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
    extra: Mapping[str, str] = _NO_EXTRA
    """Columns the report had that are not among the 48 known fields (raw text; read-only)."""


class UsageRowError(CircleCIError, ValueError):
    """A cell of a usage CSV could not be converted.  Names the file, line, column and value."""

    def __init__(self, path: str, line: int, column: str, value: str, problem: str) -> None:
        shown = value if len(value) <= 60 else value[:59] + "…"
        super().__init__(f"{path}, line {line}, column {column}: {problem} (got {shown!r})")
        self.path = path
        self.line = line
        self.column = column
        self.value = value


#: ``"circleci"``: backslash escapes and ``\N`` nulls, as CircleCI ships exports; ``"rfc4180"``:
#: double-quoted fields, as ``csv.writer`` writes; ``"auto"``: decide from the start of the file.
Dialect = Literal["auto", "circleci", "rfc4180"]
DIALECTS: tuple[str, ...] = ("auto", "circleci", "rfc4180")

NULL = "\\N"
_UTC = _dt.UTC
_FROM_ISO = _dt.datetime.fromisoformat
#: How many lines after the header ``sniff_dialect`` looks at.
SNIFF_LINES = 200

_FLAGS = {
    "Y": True, "N": False, "y": True, "n": False,
    "true": True, "false": False, "TRUE": True, "FALSE": False, "True": True, "False": False,
    "1": True, "0": False, "yes": True, "no": False, "YES": True, "NO": False,
}  # fmt: skip


def _int(text: str) -> int:
    value = text.strip()
    try:
        return int(value)
    except ValueError:
        number = float(value)  # "3.0" is accepted, "3.5" is not
        if not number.is_integer():
            raise ValueError("expected a whole number") from None
        return int(number)


def _flag(text: str) -> bool:
    value = _FLAGS.get(text.strip().lower())
    if value is None:
        raise ValueError("expected Y/N or true/false")
    return value


_DAYS: dict[str, _dt.datetime] = {}  # dates repeat on every row: parse each once
_ZONELESS = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d{1,6})?")


def _time(text: str) -> _dt.datetime:
    """The fast path: a date, CircleCI's zoneless UTC timestamp, or RFC 3339 ending in ``Z``."""
    if len(text) == 10:
        day = _DAYS.get(text)
        if day is None:
            day = _FROM_ISO(text + "T00:00:00+00:00")
            if len(_DAYS) < 4096:
                _DAYS[text] = day
        return day
    if text[-1] == "Z":
        return _FROM_ISO(text)
    try:
        return _FROM_ISO(text + "+00:00")  # naive means UTC; far cheaper than .replace(tzinfo=)
    except ValueError:
        parsed = _FROM_ISO(text)  # it had an offset of its own
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)


#: Timestamps repeat: a workflow's and its first job's, every job of a pipeline's creation time, a
#: project's last build.  Remembering the most recent ones skips most of the parsing.
_STAMPS: dict[str, _dt.datetime] = {}
_STAMPS_KEPT = 4096


def _zoneless(text: str) -> _dt.datetime:
    """CircleCI's ``YYYY-MM-DD HH:MM:SS[.ffffff]`` (UTC); ``ValueError`` for any other form."""
    value = _FROM_ISO(text + "Z")  # a date alone or a zoned value plus "Z" is invalid, never naive
    if len(_STAMPS) >= _STAMPS_KEPT:
        _STAMPS.clear()
    _STAMPS[text] = value
    return value


def _time_lenient(text: str) -> _dt.datetime:
    value = text.strip()
    if value.endswith((" UTC", " Z")):
        value = value.rsplit(" ", 1)[0] + "+00:00"
    return _time(value)


def _number(text: str) -> float:
    return float(text)


_CONVERTERS: dict[Kind, tuple[Callable[[str], Any], str]] = {
    "text": (str, "text"),
    "int": (_int, "expected a whole number"),
    "number": (_number, "expected a number"),
    "flag": (_flag, "expected Y/N or true/false"),
    "time": (_time_lenient, "expected a date (YYYY-MM-DD) or a timestamp (YYYY-MM-DD HH:MM:SS, RFC 3339)"),
}
_BY_NAME = {f.name: f for f in REPORT_FIELDS}
_FAST = {"int": "_I", "number": "_F", "flag": "_B", "time": "_T"}


# --------------------------------------------------------------------------- splitting lines


def _split_escaped(record: str) -> list[str]:
    """Cells of one CircleCI-style record: ``\\X`` is a literal X, a whole ``\\N`` cell is null ("")."""
    cells: list[str] = []
    current: list[str] = []
    escaped_any = False
    index, size = 0, len(record)
    while index < size:
        char = record[index]
        if char == "\\" and index + 1 < size:
            nxt = record[index + 1]
            if (
                nxt == "N"
                and not current
                and not escaped_any
                and (index + 2 == size or record[index + 2] == ",")
            ):
                index += 2  # a null cell: leave it empty
                continue
            current.append(nxt)
            escaped_any = True
            index += 2
            continue
        if char == ",":
            cells.append("".join(current))
            current, escaped_any = [], False
        else:
            current.append(char)
        index += 1
    cells.append("".join(current))
    return cells


def _ends_escaped(body: str) -> bool:
    """Whether a line ends in an escaping backslash (the record goes on with an escaped newline)."""
    trailing = len(body) - len(body.rstrip("\\"))
    return trailing % 2 == 1


def _strip_newline(line: str) -> str:
    if line.endswith("\n"):
        line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
    elif line.endswith("\r"):
        line = line[:-1]
    return line


def _circleci_records(lines: Iterable[str]) -> Iterator[tuple[int, list[str], bool]]:
    """(line number, cells, unescaped) per record.

    Cells are either the raw split (``unescaped`` False: whole ``\\N`` cells still in them) or the
    unescaped values (True: nulls are "" and a ``\\N`` cell is the literal text).
    """
    number = start = 0
    pending: str | None = None  # a record that goes on after an escaped newline
    for line in lines:
        number += 1
        stripped = _strip_newline(line)
        if pending is None:
            start, body = number, stripped
        else:
            body = pending + stripped
        if "\\" not in body:
            pending = None
            yield start, body.split(","), False
            continue
        if _ends_escaped(body):
            pending = body + line[len(stripped) :]  # the escaped newline belongs to the field
            continue
        pending = None
        cells = body.split(",")
        if body.count("\\") == cells.count(NULL):
            yield start, cells, False
        else:
            yield start, _cells(body), True
    if pending is not None:
        yield start, _split_escaped(pending), True


def _cells(body: str) -> list[str]:
    """The cells of a one-line record that has backslashes in it."""
    # Without escaped backslashes, every backslash starts a two-character escape and none overlap,
    # so plain string replacements (all in C) undo the usual ones: \, and whole \N cells.
    if "\\\\" not in body and "\0" not in body and "\x05" not in body:
        text = body.replace("\\,", "\0") if "\\," in body else body
        # Whole \N cells become empty (twice, as ",\N,\N," overlaps); the commas left are delimiters.
        text = ("," + text + ",").replace(",\\N,", ",,").replace(",\\N,", ",,")[1:-1]
        if "\\" not in text:
            if "\0" in text:
                return text.replace(",", "\x05").replace("\0", ",").split("\x05")
            return text.split(",")
    return _split_escaped(body)


def _read_circleci(handle: IO[str], name: str) -> Iterator[UsageRow]:
    """``read_rows`` for CircleCI's style, with the common case (one line, one record) inlined."""
    header = handle.readline()
    if not header:
        return
    names = _cells(_strip_newline(header)) if "\\" in header else _strip_newline(header).split(",")
    first = handle.readline()
    if not first:
        return
    body = _strip_newline(first)
    plan = _Plan(names, name, sample=_cells(body) if "\\" in body else body.split(","))
    fast, dense, width, slow = plan.fast, plan.dense, plan.width, plan.slow
    number = 1
    for line in itertools.chain((first,), handle):
        number += 1
        if line[-1:] == "\n" and not line.endswith(("\\\n", "\\\r\n")):
            body = line.rstrip("\r\n")
            cells = body.split(",")
            # Whole \N cells are left for ``fast`` to read as None; any other backslash is an escape.
            if "\\" in body and body.count("\\") != cells.count(NULL):
                cells = _cells(body)
                if NULL in cells:  # the literal text \N (it was escaped): not a null
                    yield slow(cells, number, literal_null=True)
                    continue
            if len(cells) == width:
                try:
                    yield fast(cells) if "" in cells or NULL in cells else dense(cells)
                    continue
                except (ValueError, KeyError, TypeError):
                    pass
            if len(cells) == 1 and not cells[0]:
                continue  # a blank line
            yield slow(cells, number)
            continue
        # A record over several lines (escaped newlines) or the last line without a newline.
        for offset, cells, unescaped in _circleci_records(_chain_first(line, handle)):
            if len(cells) == 1 and not cells[0]:
                continue
            if unescaped and NULL in cells:
                yield slow(cells, number + offset - 1, literal_null=True)
            else:
                yield plan.row(cells, number + offset - 1)
        return


def _chain_first(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest


def _rfc4180_records(handle: IO[str]) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(handle)
    for raw in reader:
        cells = ["" if cell == NULL else cell for cell in raw] if NULL in raw else raw
        yield reader.line_num, cells


_REAL_NULL = re.compile(r"(?:^|,)\\N(?:,|$)", re.MULTILINE)
_REAL_ESCAPE = re.compile(r"\\[,\\]")
_QUOTED = re.compile(r'(?:^|,)"(?:[^"]|"")*"(?:,|\r?$)', re.MULTILINE)


def sniff_dialect(sample: str) -> Literal["circleci", "rfc4180"]:
    """Which style a file's first lines (header included) are written in.

    ``\\N`` cells or ``\\,`` / ``\\\\`` escapes mean CircleCI's style, whole double-quoted fields
    mean RFC 4180; with both, ``\\N`` cells win (a plain CSV writer never writes them); with
    neither, an UPPERCASE header means CircleCI's style.
    """
    nulls = bool(_REAL_NULL.search(sample))
    escapes = bool(_REAL_ESCAPE.search(sample))
    quoted = bool(_QUOTED.search(sample))
    if nulls:
        return "circleci"
    if escapes and not quoted:
        return "circleci"
    if quoted:
        return "rfc4180"
    header = sample.split("\n", 1)[0]
    return "circleci" if header.upper() == header and any(c.isalpha() for c in header) else "rfc4180"


# --------------------------------------------------------------------------- converting rows


class _Plan:
    """How to turn one record's cells into a ``UsageRow``, compiled once per header."""

    def __init__(self, header: list[str], name: str, sample: list[str] | None = None) -> None:
        self.name = name
        self.columns: list[tuple[int, ReportField] | None] = []
        self.extras: list[tuple[int, str]] = []
        positions: dict[str, int] = {}
        for index, column in enumerate(header):
            known = _BY_NAME.get(column.strip().lower())
            if known is None or known.name in positions:
                self.extras.append((index, column))
            else:
                positions[known.name] = index
        self.width = len(header)
        self.columns = [
            (positions[spec.name], spec) if spec.name in positions else None for spec in REPORT_FIELDS
        ]
        self.fast = self._compile(sample, dense=False)
        #: For rows without empty or null cells (most of them): no per-cell checks at all.
        self.dense = self._compile(sample, dense=True)

    def _compile(self, sample: list[str] | None, *, dense: bool) -> Callable[[list[str]], UsageRow]:
        # One generated function per header: no per-cell loop or dispatch on the hot path.
        # Any surprise (a short row, a value the fast converters refuse) goes to ``slow``.
        args = []
        for entry in self.columns:
            if entry is None:
                args.append("None")
                continue
            index, spec = entry
            example = sample[index] if sample is not None and index < len(sample) else ""
            cell = f"c[{index}]"
            if spec.kind == "text":
                value, dense_value = "v", cell
            elif spec.kind == "time" and len(example) == 10:  # a date
                value, dense_value = "(_DG(v) or _T(v))", f"(_DG(v := {cell}) or _T(v))"
            elif spec.kind == "time" and _ZONELESS.fullmatch(example):
                # CircleCI's zoneless UTC timestamps, parsed inline; anything else raises and the
                # row goes through ``slow``, which understands every form.
                value, dense_value = "(_SG(v) or _S(v))", f"(_SG(v := {cell}) or _S(v))"
            else:
                value, dense_value = f"{_FAST[spec.kind]}(v)", f"{_FAST[spec.kind]}({cell})"
            if dense:
                args.append(dense_value)
            else:
                args.append(f"({value} if (v := {cell}) and v != {NULL!r} else None)")
        extra = (
            "_X"
            if not self.extras
            else "{" + ", ".join(f"{column!r}: c[{index}]" for index, column in self.extras) + "}"
        )
        namespace: dict[str, Any] = {
            "_N": tuple.__new__, "_R": UsageRow,
            "_I": int, "_F": float, "_B": _FLAGS.__getitem__, "_T": _time, "_X": _NO_EXTRA,
            "_DG": _DAYS.get, "_SG": _STAMPS.get, "_S": _zoneless,
        }  # fmt: skip
        defaults = ", ".join(f"{key}={key}" for key in namespace)  # locals are the fastest names
        source = f"def fast(c, {defaults}):\n    return _N(_R, ({', '.join(args)}, {extra}))\n"
        exec(compile(source, f"<usage row plan for {self.name}>", "exec"), namespace)
        fast: Callable[[list[str]], UsageRow] = namespace["fast"]
        return fast

    def row(self, cells: list[str], line: int) -> UsageRow:
        """The row for ``cells`` (from line ``line``), fast when the record is well-formed."""
        if len(cells) == self.width:
            try:
                return self.fast(cells)
            except (ValueError, KeyError, TypeError):
                pass
        return self.slow(cells, line)

    def slow(self, cells: list[str], line: int, *, literal_null: bool = False) -> UsageRow:
        """Cell by cell, tolerant of short rows and padding; ``UsageRowError`` names the bad cell.

        ``literal_null``: the cells are unescaped already, so a ``\\N`` cell is text, not null.
        """
        values: list[Any] = []
        for entry in self.columns:
            if entry is None:
                values.append(None)
                continue
            index, spec = entry
            raw = cells[index] if index < len(cells) else ""
            if spec.kind != "text":
                raw = raw.strip()
            if raw == "" or (raw == NULL and not literal_null):
                values.append(None)
                continue
            convert, problem = _CONVERTERS[spec.kind]
            try:
                values.append(convert(raw))
            except ValueError:
                raise UsageRowError(self.name, line, spec.name, raw, problem) from None
        extra = {column: cells[index] for index, column in self.extras if index < len(cells)}
        return UsageRow._make([*values, extra or _NO_EXTRA])


def _open_text(name: str) -> IO[str]:
    """The file as text; a gzip file (a part as CircleCI serves it) is decompressed on the fly."""
    with Path(name).open("rb") as probe:
        magic = probe.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(name, "rt", encoding="utf-8-sig", newline="")
    return Path(name).open(encoding="utf-8-sig", newline="")


def read_rows(path: str | os.PathLike[str], *, dialect: Dialect = "auto") -> Iterator[UsageRow]:
    """Yield one ``UsageRow`` per record of a usage export CSV, reading the file as a stream.

    ``dialect`` is ``"circleci"`` (CircleCI's own format, see the module docstring), ``"rfc4180"``
    (double-quoted fields) or ``"auto"`` (the default: ``sniff_dialect`` over the header and the next
    200 lines).  A gzip-compressed file (one part as CircleCI serves it) is read the same way.
    ``\\N`` and empty cells are None in every column; cells are never shifted by escaped commas.
    Memory does not grow with the file.

    Raises ``UsageRowError`` (a ``ValueError``) at the first cell that cannot be converted,
    ``RequestValidationError`` for an unknown ``dialect`` and ``OSError`` when the file cannot be
    read.  An empty file yields nothing.
    """
    if dialect not in DIALECTS:
        from circleci_api._models import RequestValidationError

        raise RequestValidationError("dialect", f"expected one of {', '.join(DIALECTS)}, got {dialect!r}")
    name = os.fspath(path)
    with _open_text(name) as handle:
        style = dialect
        if style == "auto":
            sample = []
            for _ in range(SNIFF_LINES + 1):
                line = handle.readline()
                if not line:
                    break
                sample.append(line)
            handle.seek(0)
            if not sample:
                return
            style = sniff_dialect("".join(sample).replace("\r\n", "\n"))
        if style == "circleci":
            yield from _read_circleci(handle, name)
            return
        records = _rfc4180_records(handle)
        first = next(records, None)
        if first is None:
            return
        plan = _Plan(first[1], name)
        convert = plan.row
        for number, cells in records:
            if len(cells) == 1 and not cells[0]:
                continue  # a blank line
            yield convert(cells, number)


def _check_fields_match() -> None:
    names = [name for name in UsageRow._fields if name != "extra"]
    if names != [f.name for f in REPORT_FIELDS]:  # pragma: no cover - a programming error
        raise AssertionError("UsageRow and REPORT_FIELDS list different fields")


_check_fields_match()
