"""The usage export workflow without its I/O: windows, pacing, waiting, and part downloads.

CircleCI allows 10 GET calls per hour per organization on the export job endpoint, so polls are
paced org-wide: ``Pacer`` keeps at least ``poll_interval`` seconds (default 360) between two GETs and
pushes the next one back when a 429 says so.  ``export`` creates every window's job up front (so
CircleCI prepares them in parallel) and then waits for and downloads them in order, through one pacer.

CircleCI has been seen to report a job ``completed`` while its ``download_urls`` are still null or
empty: the wait goes on polling (paced as before) until the URLs are there, and raises
``UsageExportFailed`` if they never come within the timeout.  Windows are checked against the wall
clock before any request: CircleCI keeps 13 months of usage data and has none for the future.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from circleci_api._clock import AsyncClock, Clock, utc_now
from circleci_api._models import RequestValidationError
from circleci_api._plan import Action, Plan, Sleep, check_seconds
from circleci_api.errors import RateLimitError, UsageExportFailed, WaitTimeoutError

__all__ = [
    "DEFAULT_EXPORT_POLL_INTERVAL",
    "DEFAULT_EXPORT_TIMEOUT",
    "HISTORY_MONTHS",
    "CreateExport",
    "GetExport",
    "Pacer",
    "UsageExportResult",
    "check_history",
    "create_plan",
    "oldest_start",
    "split_window",
    "to_window_bound",
    "wait_export_plan",
]

#: CircleCI's documented limit: 10 GET calls per hour per organization -> one every 360 s.
GET_CALLS_PER_HOUR = 10
DEFAULT_EXPORT_POLL_INTERVAL = 3600.0 / GET_CALLS_PER_HOUR
#: CircleCI stops an export query after 4 hours; allow a little more before giving up.
DEFAULT_EXPORT_TIMEOUT = 4.5 * 3600
#: The longest pause after repeated 429 answers that carry no Retry-After.
MAX_PENALTY = 3600.0
WINDOW = _dt.timedelta(days=31)
#: How far back CircleCI keeps usage data.
HISTORY_MONTHS = 13
_ONE_SECOND = _dt.timedelta(seconds=1)


@dataclass(frozen=True)
class UsageExportResult:
    """What ``download_export`` / ``export`` wrote.

    ``path`` is the merged CSV, ``jobs`` the export jobs it came from (one per window of at most 31
    days), ``parts`` the number of files downloaded, ``bytes_written`` the CSV's size in bytes and
    ``header`` its header line (every part has one, so a written export always has it).
    ``clamped_end`` is set when the requested window ended in the future: the export then stopped
    at that moment (the wall-clock time of the call, UTC) instead.
    """

    path: Path
    jobs: tuple[Any, ...] = field(repr=False)  # their download URLs are pre-signed: keep them out of reprs
    parts: int
    bytes_written: int
    header: str | None
    clamped_end: _dt.datetime | None = None


def oldest_start(now: _dt.datetime) -> _dt.datetime:
    """The earliest window start CircleCI still has data for: ``now`` minus 13 calendar months."""
    months = now.year * 12 + now.month - 1 - HISTORY_MONTHS
    year, month = divmod(months, 12)
    day = min(now.day, calendar.monthrange(year, month + 1)[1])
    return now.replace(year=year, month=month + 1, day=day)


def check_history(
    start: _dt.datetime, end: _dt.datetime, clock: object
) -> tuple[_dt.datetime, _dt.datetime | None]:
    """``(end, clamped_end)`` for a window checked against the wall clock (``clock.wall_time()`` if any).

    Raises ``RequestValidationError`` when the window starts in the future or more than 13 months
    ago.  An ``end`` in the future becomes now, and ``clamped_end`` says so (None otherwise).
    """
    now = utc_now(clock).replace(microsecond=0)
    if start > now:
        raise RequestValidationError(
            "start",
            f"the window starts in the future ({start.isoformat()}, now is {now.isoformat()}); "
            "CircleCI has no usage data for it yet",
        )
    oldest = oldest_start(now)
    if start < oldest:
        raise RequestValidationError(
            "start",
            f"{start.isoformat()} is more than {HISTORY_MONTHS} months ago; CircleCI keeps usage data "
            f"for {HISTORY_MONTHS} months, so the earliest start now is {oldest.isoformat()}",
        )
    if end > now:
        return now, now
    return end, None


def to_window_bound(value: object, name: str, *, end: bool) -> _dt.datetime:
    """A window bound as an aware datetime.

    Accepts an aware ``datetime``, an ISO 8601 string with an offset, or a ``date`` / ``YYYY-MM-DD``
    string (UTC; the start of the day for ``start``, its last second for ``end``, since CircleCI's
    bounds are inclusive).  Raises ``RequestValidationError`` otherwise.
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            value = _dt.date.fromisoformat(text) if len(text) == 10 else _dt.datetime.fromisoformat(text)
        except ValueError:
            raise RequestValidationError(name, f"{text!r} is not an ISO 8601 date or date-time") from None
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise RequestValidationError(name, "must be timezone-aware (e.g. 2025-09-01T00:00:00Z)")
        return value
    if isinstance(value, _dt.date):
        day = _dt.datetime.combine(value, _dt.time(), tzinfo=_dt.UTC)
        return day + _dt.timedelta(days=1) - _ONE_SECOND if end else day
    raise RequestValidationError(
        name, f"expected a datetime, date or ISO 8601 string, got {type(value).__name__}"
    )


def split_window(start: _dt.datetime, end: _dt.datetime) -> list[tuple[_dt.datetime, _dt.datetime]]:
    """Consecutive, non-overlapping windows of at most 31 days covering ``[start, end]`` (inclusive).

    Each window but the last ends one second before the next one starts.
    """
    if end < start:
        raise RequestValidationError("end", f"{end.isoformat()} is before start {start.isoformat()}")
    windows = []
    current = start
    while end - current > WINDOW:
        windows.append((current, current + WINDOW - _ONE_SECOND))
        current += WINDOW
    windows.append((current, end))
    return windows


@dataclass(frozen=True)
class CreateExport(Action):
    org_id: str
    start: _dt.datetime
    end: _dt.datetime


@dataclass(frozen=True)
class GetExport(Action):
    org_id: str
    job_id: str


class Pacer:
    """Spaces GET calls at least ``interval`` seconds apart (org-wide), honouring 429 hints."""

    def __init__(self, interval: float, clock: Clock | AsyncClock, *, first_at: float | None = None) -> None:
        self.interval = interval
        self.clock = clock
        self.next_at = clock.monotonic() if first_at is None else first_at
        self._penalty = interval

    def turn(self, deadline: float, last: Any, what: str) -> Plan[None]:
        """Sleep until the next call is allowed; ``WaitTimeoutError`` if that is past ``deadline``."""
        now = self.clock.monotonic()
        if self.next_at > deadline:
            raise WaitTimeoutError(
                f"{what} did not finish in time (last state: {_state(last)})", last_state=last
            )
        if self.next_at > now:
            yield Sleep(self.next_at - now)

    def called(self) -> None:
        self.next_at = self.clock.monotonic() + self.interval
        self._penalty = self.interval

    def limited(self, exc: RateLimitError) -> None:
        """A 429: wait its Retry-After (at least one interval), else twice as long as last time."""
        if exc.retry_after is not None:
            delay = max(exc.retry_after, self.interval)
        else:
            self._penalty = min(self._penalty * 2, max(MAX_PENALTY, self.interval))
            delay = self._penalty
        self.next_at = self.clock.monotonic() + delay


def _state(job: Any) -> str:
    return "nothing seen yet" if job is None else str(getattr(job, "state", "?"))


def _urls(job: Any) -> list[str]:
    urls = getattr(job, "download_urls", None)
    return list(urls) if isinstance(urls, list) else []


def wait_export_plan(
    org_id: str,
    job_id: str,
    *,
    timeout: float,
    pacer: Pacer,
    on_update: Callable[[Any], Any] | None,
) -> Plan[Any]:
    """Poll one export job until it completes with download URLs (returned) or fails.

    A job that says ``completed`` without download URLs is polled again (CircleCI fills them in
    later); ``UsageExportFailed`` if they are still missing at the deadline.  A ``failed`` job raises
    ``UsageExportFailed`` and running out of time otherwise ``WaitTimeoutError``.
    """
    deadline = pacer.clock.monotonic() + timeout
    job: Any = None
    seen: str | None = None
    what = f"usage export {job_id}"
    while True:
        if seen == "completed (no download URLs yet)" and pacer.next_at > deadline:
            raise UsageExportFailed(
                f"{what} is completed but CircleCI gave no download URLs within {timeout:g} s; "
                "nothing was written (run the export again later)",
                job=job,
            )
        yield from pacer.turn(deadline, job, what)
        try:
            job = yield GetExport(org_id, job_id)
        except RateLimitError as exc:
            pacer.limited(exc)
            continue
        pacer.called()
        state = str(job.state)
        if state == "completed" and not _urls(job):
            state = "completed (no download URLs yet)"
        if state != seen:
            seen = state
            if on_update is not None:
                on_update(job)
        if state == "completed":
            return job
        if state == "failed":
            reason = job.error_reason
            raise UsageExportFailed(
                f"{what} failed: {reason or 'CircleCI gave no reason'}", error_reason=reason, job=job
            )


def create_plan(
    org_id: str, windows: Sequence[tuple[_dt.datetime, _dt.datetime]], *, deadline: float, pacer: Pacer
) -> Plan[list[Any]]:
    """Create one export job per window, waiting out 429 answers (a 429 means nothing was created)."""
    jobs: list[Any] = []
    for start, end in windows:
        while True:
            try:
                jobs.append((yield CreateExport(org_id, start, end)))
                break
            except RateLimitError as exc:
                pacer.limited(exc)
                yield from pacer.turn(deadline, None, "creating the usage export")
    return jobs


def check_poll(poll_interval: float, timeout: float) -> tuple[float, float]:
    """Validated ``(poll_interval, timeout)`` in seconds."""
    return check_seconds("poll_interval", poll_interval), check_seconds("timeout", timeout)


def require_completed(job: Any) -> list[str]:
    """The download URLs of a completed export job.

    Raises ``RequestValidationError`` for a job in any other state and ``UsageExportFailed`` for a
    completed job without URLs (there is nothing to download yet; ``wait_for_export`` waits for them).
    """
    state = str(getattr(job, "state", ""))
    if state != "completed":
        raise RequestValidationError(
            "job", f"the export job is {state or 'of an unknown state'}, not completed; wait_for_export first"
        )
    urls = getattr(job, "download_urls", None)
    if urls is not None and (not isinstance(urls, list) or not all(isinstance(url, str) for url in urls)):
        raise RequestValidationError("job.download_urls", "expected a list of URLs")
    if not urls:
        job_id = getattr(job, "usage_export_job_id", None) or "?"
        raise UsageExportFailed(
            f"usage export {job_id} is completed but has no download URLs (yet); nothing was written "
            "(wait_for_export polls until CircleCI gives them)",
            job=job,
        )
    return list(urls)
