"""Summing usage rows up per project, workflow, job, resource class, branch, executor or day.

``summarize(rows, by=...)`` makes one pass over any iterable of ``UsageRow`` (``read_rows`` streams
them from a file) and keeps only one small accumulator per group and per day, so memory depends on
the number of groups, not on the number of rows.  The result is a ``UsageSummary``; ``table_text``,
``table_rows`` and ``write_csv`` format it for people and spreadsheets.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from circleci_api.usage._rows import UsageRow

__all__ = [
    "GROUP_BY",
    "NO_VALUE",
    "GroupBy",
    "UsageGroup",
    "UsageSummary",
    "check_group_by",
    "summarize",
    "table_rows",
    "table_text",
    "write_csv",
]

GroupBy = Literal["project", "workflow", "job", "resource_class", "branch", "executor", "day"]
#: The dimensions ``summarize`` can group by.
GROUP_BY: tuple[GroupBy, ...] = get_args(GroupBy)
#: The key shown for rows that have no value in a grouped column.
NO_VALUE = "(none)"


def _day_of(row: UsageRow) -> _dt.date | None:
    moment = row.job_run_date or row.job_run_started_at or row.pipeline_created_at
    return None if moment is None else moment.astimezone(_dt.UTC).date()


def _text(value: str | None) -> str:
    return value if value else NO_VALUE


_KEYS: dict[str, Callable[[UsageRow], str]] = {
    "project": lambda row: _text(row.project_name or row.project_id),
    "workflow": lambda row: _text(row.workflow_name),
    "job": lambda row: _text(row.job_name),
    "resource_class": lambda row: _text(row.resource_class),
    "branch": lambda row: _text(row.vcs_branch),
    "executor": lambda row: _text(row.executor),
    "day": lambda row: day.isoformat() if (day := _day_of(row)) is not None else NO_VALUE,
}


@dataclass(frozen=True)
class UsageGroup:
    """One group of a summary.

    ``key`` holds one value per ``by`` dimension (``"(none)"`` where rows had none; days as
    ``YYYY-MM-DD``).  ``credits`` is the sum of ``total_credits``, ``jobs`` the number of job runs,
    ``run_seconds`` the sum of ``job_run_seconds`` and ``share`` this group's fraction of all
    credits (0 to 1; 0 when nothing used credits).
    """

    key: tuple[str, ...]
    credits: float
    jobs: int
    run_seconds: float
    share: float

    @property
    def label(self) -> str:
        """The key as one string, e.g. ``api / main``."""
        return " / ".join(self.key)

    def cost(self, credit_price: float) -> float:
        """What the group's credits cost at ``credit_price`` dollars per credit."""
        return self.credits * credit_price


@dataclass(frozen=True)
class UsageSummary:
    """Credits, job runs and run time per group, with the grand totals and credits per day.

    ``groups`` is sorted by credits, most first (ties by key).  ``total_credits`` is the sum of
    ``total_credits`` over every row (empty or null cells count as 0), ``jobs`` the number of rows,
    ``run_seconds`` the sum of ``job_run_seconds``.  ``credits_by_day`` lists ``(day, credits)`` for
    every UTC day between the first and the last day seen, in order (days without runs hold 0).
    """

    by: tuple[GroupBy, ...]
    groups: tuple[UsageGroup, ...]
    total_credits: float
    jobs: int
    run_seconds: float
    credits_by_day: tuple[tuple[_dt.date, float], ...]

    def top(self, count: int | None) -> tuple[UsageGroup, ...]:
        """The ``count`` biggest groups, the rest folded into one ``(N more)`` group (None: all)."""
        if count is None or count >= len(self.groups):
            return self.groups
        shown, rest = self.groups[:count], self.groups[count:]
        credits = sum(group.credits for group in rest)
        other = UsageGroup(
            key=(f"({len(rest)} more)",) + ("",) * (len(self.by) - 1),
            credits=credits,
            jobs=sum(group.jobs for group in rest),
            run_seconds=sum(group.run_seconds for group in rest),
            share=credits / self.total_credits if self.total_credits else 0.0,
        )
        return (*shown, other)


def check_group_by(by: str | Sequence[str]) -> tuple[GroupBy, ...]:
    """``by`` as a tuple of dimensions; ``RequestValidationError`` names an unknown one.

    A string may list several dimensions separated by commas (``"project,branch"``).
    """
    from circleci_api._models import RequestValidationError

    names = by.split(",") if isinstance(by, str) else list(by)
    chosen: list[GroupBy] = []
    for raw in names:
        name = str(raw).strip().lower().replace("-", "_")
        if name not in GROUP_BY:
            raise RequestValidationError(
                "by", f"cannot group by {str(raw).strip()!r}; choose from {', '.join(GROUP_BY)}"
            )
        if name in chosen:
            raise RequestValidationError("by", f"{name!r} is given twice")
        chosen.append(name)
    if not chosen:
        raise RequestValidationError("by", f"name at least one of {', '.join(GROUP_BY)}")
    return tuple(chosen)


def summarize(rows: Iterable[UsageRow], by: str | Sequence[str] = ("project",)) -> UsageSummary:
    """Sum credits, job runs and run time per group over ``rows``, in one streaming pass.

    ``by`` is one or more of ``project``, ``workflow``, ``job``, ``resource_class``, ``branch``,
    ``executor`` and ``day`` (a sequence, or one string with commas).  Rows are read once and not
    kept.  Raises ``RequestValidationError`` for an unknown dimension, and whatever iterating
    ``rows`` raises (``UsageRowError`` from ``read_rows``).
    """
    dims = check_group_by(by)
    keys = [_KEYS[name] for name in dims]
    one = keys[0] if len(keys) == 1 else None
    groups: dict[tuple[str, ...], list[float]] = {}
    days: dict[_dt.date, float] = {}
    total = 0.0
    jobs = 0
    seconds = 0.0
    for row in rows:
        key = (one(row),) if one is not None else tuple(key_of(row) for key_of in keys)
        credits = row.total_credits or 0.0
        run = row.job_run_seconds or 0.0
        slot = groups.get(key)
        if slot is None:
            groups[key] = [credits, 1.0, run]
        else:
            slot[0] += credits
            slot[1] += 1
            slot[2] += run
        day = _day_of(row)
        if day is not None:
            days[day] = days.get(day, 0.0) + credits
        total += credits
        jobs += 1
        seconds += run
    ordered = sorted(groups.items(), key=lambda item: (-item[1][0], item[0]))
    result = tuple(
        UsageGroup(key, credits, int(count), run, credits / total if total else 0.0)
        for key, (credits, count, run) in ordered
    )
    return UsageSummary(dims, result, total, jobs, seconds, _every_day(days))


def _every_day(days: dict[_dt.date, float]) -> tuple[tuple[_dt.date, float], ...]:
    if not days:
        return ()
    first, last = min(days), max(days)
    span = (last - first).days
    return tuple(
        (day, days.get(day, 0.0)) for day in (first + _dt.timedelta(days=n) for n in range(span + 1))
    )


# --------------------------------------------------------------------------- formatting


def _credits(value: float) -> str:
    return f"{value:,.2f}"


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:,.1f}"


def _money(value: float) -> str:
    return f"${value:,.2f}"


def table_rows(
    summary: UsageSummary, *, top: int | None = None, credit_price: float | None = None
) -> tuple[list[str], list[list[str]], list[str]]:
    """``(header, body rows, total row)`` of the report table, as display strings."""
    header = [*summary.by, "credits", "share", "jobs", "run time (h)"]
    if credit_price is not None:
        header.append("cost (USD)")
    body = []
    for group in summary.top(top):
        line = [*group.key, _credits(group.credits), f"{group.share * 100:.1f}%", f"{group.jobs:,}"]
        line.append(_hours(group.run_seconds))
        if credit_price is not None:
            line.append(_money(group.cost(credit_price)))
        body.append(line)
    share = "100.0%" if summary.total_credits else "0.0%"
    total = ["total", *[""] * (len(summary.by) - 1), _credits(summary.total_credits), share]
    total += [f"{summary.jobs:,}", _hours(summary.run_seconds)]
    if credit_price is not None:
        total.append(_money(summary.total_credits * credit_price))
    return header, body, total


def table_text(summary: UsageSummary, *, top: int | None = None, credit_price: float | None = None) -> str:
    """The report as an aligned text table: key columns left-aligned, numbers right-aligned."""
    header, body, total = table_rows(summary, top=top, credit_price=credit_price)
    keys = len(summary.by)
    widths = [max(len(line[i]) for line in (header, *body, total)) for i in range(len(header))]

    def render(line: list[str]) -> str:
        cells = [
            cell.ljust(width) if index < keys else cell.rjust(width)
            for index, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * width for width in widths)
    lines = [render(header), rule, *(render(line) for line in body), rule, render(total)]
    return "\n".join(lines) + "\n"


def csv_text(summary: UsageSummary, *, top: int | None = None, credit_price: float | None = None) -> str:
    """The report's groups as RFC 4180 CSV with full-precision numbers (no total line)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = [*summary.by, "credits", "share", "jobs", "run_seconds"]
    if credit_price is not None:
        header.append("cost_usd")
    writer.writerow(header)
    for group in summary.top(top):
        line: list[object] = [*group.key, repr(group.credits), repr(group.share), group.jobs]
        line.append(repr(group.run_seconds))
        if credit_price is not None:
            line.append(repr(group.cost(credit_price)))
        writer.writerow(line)
    return out.getvalue()


def write_text(dest: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``dest`` atomically: the whole file or, on any failure, nothing."""
    from circleci_api.usage._csvmerge import AtomicFile

    with AtomicFile(dest) as out:
        out.write(text.encode("utf-8"))


def write_csv(
    summary: UsageSummary,
    dest: str | os.PathLike[str],
    *,
    top: int | None = None,
    credit_price: float | None = None,
) -> None:
    """Write ``csv_text`` to ``dest`` atomically (``FileNotFoundError`` if its directory is missing)."""
    write_text(dest, csv_text(summary, top=top, credit_price=credit_price))
