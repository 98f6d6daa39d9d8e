"""``client.usage``: usage export jobs, checked against the documented limits, and the whole workflow.

``create_export`` and ``get_export`` are the two API operations.  On top of them:

* ``wait_for_export(org_id, job_id)`` polls within CircleCI's limit of 10 GET calls per hour per org;
* ``download_export(job, dest)`` streams every pre-signed part (no token is sent to them), gunzips
  it, and merges the parts into one CSV at ``dest`` with a single header, atomically;
* ``export(org_id, start, end, dest)`` does all of it, splitting windows longer than 31 days,
  refusing windows CircleCI has no data for (in the future, or starting more than 13 months ago)
  and stopping a window that ends in the future at now.

Read the result with ``circleci_api.usage.read_rows``.
"""

from __future__ import annotations

import datetime as _dt
import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import httpx

from circleci_api._clock import ASYNC_SYSTEM_CLOCK, SYSTEM_CLOCK, AsyncClock, Clock
from circleci_api._models import UNSET, RequestValidationError, Unset
from circleci_api._plan import Action, Sleep, adrive, drive
from circleci_api._retry import backoff_delay
from circleci_api._transport import _safe_url
from circleci_api.errors import APIConnectionError
from circleci_api.usage._csvmerge import AtomicFile, CsvMerger, Gunzip, abody_chunks, body_chunks
from circleci_api.usage._export import (
    DEFAULT_EXPORT_POLL_INTERVAL,
    DEFAULT_EXPORT_TIMEOUT,
    CreateExport,
    GetExport,
    Pacer,
    UsageExportResult,
    check_history,
    check_poll,
    create_plan,
    require_completed,
    split_window,
    to_window_bound,
    wait_export_plan,
)
from circleci_api_generated.resources.raw.usage import AsyncRawUsage as _AsyncRawUsage
from circleci_api_generated.resources.raw.usage import RawUsage as _RawUsage
from circleci_api_generated.resources.usage import AsyncUsage as _AsyncUsage
from circleci_api_generated.resources.usage import Usage as _Usage

if TYPE_CHECKING:
    from circleci_api._client import AsyncCircleCI, CircleCI
    from circleci_api._options import ExtraHeaders, ExtraQuery, TimeoutValue
    from circleci_api._raw import RawResponse
    from circleci_api_generated.models.usage_export_job import UsageExportJob
    from circleci_api_generated.models.usage_export_job_status import UsageExportJobStatus

__all__ = [
    "DEFAULT_EXPORT_POLL_INTERVAL",
    "DEFAULT_EXPORT_TIMEOUT",
    "MAX_EXPORT_WINDOW",
    "AsyncRawUsage",
    "AsyncUsage",
    "RawUsage",
    "Usage",
    "check_export_window",
]

#: The longest window one export job may cover (CircleCI: "no more than 31 days after start").
MAX_EXPORT_WINDOW = _dt.timedelta(days=31)

OnProgress = Callable[[str], Any]
OnJobUpdate = Callable[["UsageExportJobStatus"], Any]


def _aware(value: _dt.datetime | str, name: str) -> _dt.datetime:
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value)
        except ValueError:
            raise RequestValidationError(name, f"{value!r} is not an ISO 8601 date-time") from None
    if not isinstance(value, _dt.datetime):
        raise RequestValidationError(name, f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise RequestValidationError(name, "must be timezone-aware (e.g. datetime(..., tzinfo=timezone.utc))")
    return value


def check_export_window(
    start: _dt.datetime | str, end: _dt.datetime | str
) -> tuple[_dt.datetime, _dt.datetime]:
    """Validate a usage export window; return it as aware datetimes.

    Raises ``RequestValidationError`` (a ``ValueError``) when a bound is naive or malformed, when
    ``end`` is before ``start``, or when the window is longer than 31 days.
    """
    start_dt = _aware(start, "start")
    end_dt = _aware(end, "end")
    if end_dt < start_dt:
        raise RequestValidationError("end", f"{end_dt.isoformat()} is before start {start_dt.isoformat()}")
    if end_dt - start_dt > MAX_EXPORT_WINDOW:
        days = (end_dt - start_dt).total_seconds() / 86400
        raise RequestValidationError(
            "end",
            f"the window is {days:.1f} days; one export covers at most 31 days "
            "(client.usage.export() splits longer windows into several jobs)",
        )
    return start_dt, end_dt


def _windows(
    start: object, end: object, clock: object, on_progress: OnProgress | None
) -> tuple[list[tuple[_dt.datetime, _dt.datetime]], _dt.datetime | None]:
    """The export's windows (checked against the wall clock) and the clamped end, if any."""
    first = to_window_bound(start, "start", end=False)
    last = to_window_bound(end, "end", end=True)
    split_window(first, last)  # "end before start" is reported before the clock is consulted
    last, clamped = check_history(first, last, clock)
    if clamped is not None:
        _say(on_progress, f"the window ends in the future; exporting up to now ({clamped.isoformat()})")
    return split_window(first, last), clamped


def _shared(shared_org_ids: Sequence[str | uuid.UUID] | None) -> Sequence[str] | Unset:
    if shared_org_ids is None:
        return Unset()
    if isinstance(shared_org_ids, str):
        raise RequestValidationError("shared_org_ids", "expected a list of organization ids, not one string")
    return [str(org) for org in shared_org_ids]


def _part_url(url: str, number: int) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise RequestValidationError(f"job.download_urls[{number - 1}]", "is not an http(s) URL")
    return parsed


def _read_failed(exc: httpx.HTTPError, url: httpx.URL, number: int) -> APIConnectionError:
    return APIConnectionError(
        f"download of part {number} failed ({type(exc).__name__})", method="GET", url=_safe_url(url)
    )


def _say(on_progress: OnProgress | None, message: str) -> None:
    if on_progress is not None:
        on_progress(message)


def _announce_state(on_progress: OnProgress | None, prefix: str) -> OnJobUpdate:
    def announce(job: UsageExportJobStatus) -> None:
        if str(job.state) == "completed" and not job.download_urls:
            _say(on_progress, f"{prefix}export is completed but has no download URLs yet; polling again")
        else:
            _say(on_progress, f"{prefix}export is {job.state}")

    return announce


class Usage(_Usage):
    """Usage exports (the POST and GET endpoints are each limited to 10 calls per hour per org)."""

    def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        timeout: TimeoutValue | None = None,
    ) -> UsageExportJob:
        """Ask CircleCI to prepare a usage export for ``[start, end]`` (at most 31 days, timezone-aware).

        Per-call options extra_headers, extra_query and timeout: see circleci_api.RequestOptions.
        """
        start_dt, end_dt = check_export_window(start, end)
        return super().create_export(
            str(org_id),
            start=start_dt,
            end=end_dt,
            shared_org_ids=shared_org_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    # ------------------------------------------------------------------ waiting

    def wait_for_export(
        self,
        org_id: str | uuid.UUID,
        job_id: str | uuid.UUID,
        *,
        poll_interval: float = DEFAULT_EXPORT_POLL_INTERVAL,
        timeout: float = DEFAULT_EXPORT_TIMEOUT,
        on_update: OnJobUpdate | None = None,
        clock: Clock | None = None,
    ) -> UsageExportJobStatus:
        """Poll an export job until it is ``completed`` with its ``download_urls``, and return it.

        Seconds between polls default to 360, CircleCI's limit of 10 GETs per hour per org; a 429
        pushes the next poll back by its Retry-After.  ``on_update(job)`` sees each new state.  A job
        reported ``completed`` with null or empty ``download_urls`` is polled again until they come.
        Raises ``UsageExportFailed`` for a failed job (``error_reason``) or one that stays completed
        without URLs until ``timeout`` seconds, and ``WaitTimeoutError`` (``last_state`` is the last
        job seen) when it is still processing then.
        """
        interval, limit = check_poll(poll_interval, timeout)
        clock = clock or SYSTEM_CLOCK
        pacer = Pacer(interval, clock)
        plan = wait_export_plan(str(org_id), str(job_id), timeout=limit, pacer=pacer, on_update=on_update)
        return cast("UsageExportJobStatus", drive(plan, self._executor(clock)))

    def _executor(self, clock: Clock) -> Callable[[Action], Any]:
        def execute(action: Action) -> Any:
            if isinstance(action, Sleep):
                return clock.sleep(action.seconds)
            if isinstance(action, GetExport):
                return self.get_export(action.org_id, action.job_id)
            raise TypeError(f"unknown action {action!r}")

        return execute

    # ------------------------------------------------------------------ downloading

    def download_export(
        self,
        job: UsageExportJob | UsageExportJobStatus,
        dest: str | os.PathLike[str],
        *,
        on_progress: OnProgress | None = None,
    ) -> UsageExportResult:
        """Download a completed export's parts and merge them into one CSV at ``dest``.

        Each part is streamed (no token is sent to the pre-signed URLs), gunzipped on the fly and
        appended after the first part's header; memory use does not grow with the export's size.
        ``dest`` is replaced only when everything succeeded.  Raises ``HeaderMismatchError`` when a
        part's header differs, ``ExportFormatError`` for corrupt data, ``APIStatusError`` /
        ``APIConnectionError`` for failed downloads, ``RequestValidationError`` if the job is not
        completed and ``UsageExportFailed`` if it has no download URLs (no empty file is written).
        """
        urls = require_completed(job)
        path = Path(dest)
        with AtomicFile(path) as out:
            merger = CsvMerger(out)
            self._download_parts(urls, merger, on_progress, "")
        return UsageExportResult(path, (job,), merger.parts, merger.bytes_written, merger.header)

    def _download_parts(
        self, urls: Sequence[str], merger: CsvMerger, on_progress: OnProgress | None, prefix: str
    ) -> None:
        for index, url in enumerate(urls, start=1):
            _say(on_progress, f"{prefix}downloading part {index}/{len(urls)}")
            self._download_part(_part_url(url, index), merger)

    def _download_part(self, url: httpx.URL, merger: CsvMerger) -> None:
        client = cast("CircleCI", self._caller)
        transport = client._transport
        attempts = transport.config.max_retries + 1
        merger.start_part()
        for attempt in range(attempts):
            if attempt:
                merger.rollback_part()
            gunzip = Gunzip(f"part {merger.parts}")
            try:
                with transport.stream("GET", url) as response:
                    for raw in body_chunks(response):
                        for piece in gunzip.feed(raw):
                            merger.feed(piece)
            except httpx.TransportError as exc:  # the body broke off after the headers arrived
                if attempt + 1 == attempts:
                    raise _read_failed(exc, url, merger.parts) from None
                transport.sleep(backoff_delay(attempt, transport.config.retry))
                continue
            for piece in gunzip.finish():
                merger.feed(piece)
            merger.end_part()
            return

    # ------------------------------------------------------------------ everything

    def export(
        self,
        org_id: str | uuid.UUID,
        start: _dt.datetime | _dt.date | str,
        end: _dt.datetime | _dt.date | str,
        dest: str | os.PathLike[str],
        shared_org_ids: Sequence[str | uuid.UUID] | None = None,
        *,
        poll_interval: float = DEFAULT_EXPORT_POLL_INTERVAL,
        timeout: float = DEFAULT_EXPORT_TIMEOUT,
        on_progress: OnProgress | None = None,
        clock: Clock | None = None,
    ) -> UsageExportResult:
        """Export usage for ``[start, end]`` into one CSV at ``dest``; return what was written.

        Bounds are aware datetimes, ISO 8601 strings with an offset, or dates (UTC, whole days,
        ``end`` inclusive).  Before any request, a window that starts in the future or more than 13
        months ago (CircleCI keeps no older data) raises ``RequestValidationError``; an ``end`` in the
        future is replaced by now and ``result.clamped_end`` says so.  The wall clock is
        ``clock.wall_time()`` when the clock has one.  Windows longer than 31 days become consecutive jobs,
        all created first and then awaited (``timeout`` applies to each) and merged in order.
        ``on_progress(text)`` hears about each step.  Raises what ``wait_for_export`` and
        ``download_export`` raise; ``dest`` is only written when every job succeeded.
        """
        clock = clock or SYSTEM_CLOCK
        interval, limit = check_poll(poll_interval, timeout)
        shared = _shared(shared_org_ids)
        windows, clamped = _windows(start, end, clock, on_progress)
        org = str(org_id)
        path = Path(dest)
        if not path.parent.is_dir():
            raise FileNotFoundError(f"directory {str(path.parent)!r} does not exist")

        def execute(action: Action) -> Any:
            if isinstance(action, CreateExport):
                _say(
                    on_progress,
                    f"creating export job for {action.start.isoformat()} .. {action.end.isoformat()}",
                )
                return self.create_export(org, start=action.start, end=action.end, shared_org_ids=shared)
            return self._executor(clock)(action)

        creating = create_plan(org, windows, deadline=clock.monotonic() + limit, pacer=Pacer(interval, clock))
        jobs = drive(creating, execute)
        pacer = Pacer(interval, clock, first_at=clock.monotonic() + interval)
        finished = []
        with AtomicFile(path) as out:
            merger = CsvMerger(out)
            for number, created in enumerate(jobs, start=1):
                prefix = f"job {number}/{len(jobs)}: "
                _say(on_progress, f"{prefix}waiting for export {created.usage_export_job_id}")
                plan = wait_export_plan(
                    org,
                    created.usage_export_job_id,
                    timeout=limit,
                    pacer=pacer,
                    on_update=_announce_state(on_progress, prefix),
                )
                job = drive(plan, execute)
                finished.append(job)
                self._download_parts(require_completed(job), merger, on_progress, prefix)
        return UsageExportResult(
            path, tuple(finished), merger.parts, merger.bytes_written, merger.header, clamped_end=clamped
        )


class AsyncUsage(_AsyncUsage):
    """Usage exports (async); see ``Usage`` for the rules."""

    async def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        timeout: TimeoutValue | None = None,
    ) -> UsageExportJob:
        """Ask CircleCI to prepare a usage export for ``[start, end]`` (at most 31 days, timezone-aware).

        Per-call options extra_headers, extra_query and timeout: see circleci_api.RequestOptions.
        """
        start_dt, end_dt = check_export_window(start, end)
        return await super().create_export(
            str(org_id),
            start=start_dt,
            end=end_dt,
            shared_org_ids=shared_org_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )

    async def wait_for_export(
        self,
        org_id: str | uuid.UUID,
        job_id: str | uuid.UUID,
        *,
        poll_interval: float = DEFAULT_EXPORT_POLL_INTERVAL,
        timeout: float = DEFAULT_EXPORT_TIMEOUT,
        on_update: OnJobUpdate | None = None,
        clock: AsyncClock | None = None,
    ) -> UsageExportJobStatus:
        """Async twin of ``CircleCI.usage.wait_for_export``."""
        interval, limit = check_poll(poll_interval, timeout)
        clock = clock or ASYNC_SYSTEM_CLOCK
        pacer = Pacer(interval, clock)
        plan = wait_export_plan(str(org_id), str(job_id), timeout=limit, pacer=pacer, on_update=on_update)
        return cast("UsageExportJobStatus", await adrive(plan, self._executor(clock)))

    def _executor(self, clock: AsyncClock) -> Callable[[Action], Any]:
        async def execute(action: Action) -> Any:
            if isinstance(action, Sleep):
                return await clock.sleep(action.seconds)
            if isinstance(action, GetExport):
                return await self.get_export(action.org_id, action.job_id)
            raise TypeError(f"unknown action {action!r}")

        return execute

    async def download_export(
        self,
        job: UsageExportJob | UsageExportJobStatus,
        dest: str | os.PathLike[str],
        *,
        on_progress: OnProgress | None = None,
    ) -> UsageExportResult:
        """Async twin of ``CircleCI.usage.download_export``."""
        urls = require_completed(job)
        path = Path(dest)
        with AtomicFile(path) as out:
            merger = CsvMerger(out)
            await self._download_parts(urls, merger, on_progress, "")
        return UsageExportResult(path, (job,), merger.parts, merger.bytes_written, merger.header)

    async def _download_parts(
        self, urls: Sequence[str], merger: CsvMerger, on_progress: OnProgress | None, prefix: str
    ) -> None:
        for index, url in enumerate(urls, start=1):
            _say(on_progress, f"{prefix}downloading part {index}/{len(urls)}")
            await self._download_part(_part_url(url, index), merger)

    async def _download_part(self, url: httpx.URL, merger: CsvMerger) -> None:
        client = cast("AsyncCircleCI", self._caller)
        transport = client._transport
        attempts = transport.config.max_retries + 1
        merger.start_part()
        for attempt in range(attempts):
            if attempt:
                merger.rollback_part()
            gunzip = Gunzip(f"part {merger.parts}")
            try:
                async with transport.stream("GET", url) as response:
                    async for raw in abody_chunks(response):
                        for piece in gunzip.feed(raw):
                            merger.feed(piece)
            except httpx.TransportError as exc:
                if attempt + 1 == attempts:
                    raise _read_failed(exc, url, merger.parts) from None
                await transport.sleep(backoff_delay(attempt, transport.config.retry))
                continue
            for piece in gunzip.finish():
                merger.feed(piece)
            merger.end_part()
            return

    async def export(
        self,
        org_id: str | uuid.UUID,
        start: _dt.datetime | _dt.date | str,
        end: _dt.datetime | _dt.date | str,
        dest: str | os.PathLike[str],
        shared_org_ids: Sequence[str | uuid.UUID] | None = None,
        *,
        poll_interval: float = DEFAULT_EXPORT_POLL_INTERVAL,
        timeout: float = DEFAULT_EXPORT_TIMEOUT,
        on_progress: OnProgress | None = None,
        clock: AsyncClock | None = None,
    ) -> UsageExportResult:
        """Async twin of ``CircleCI.usage.export``."""
        clock = clock or ASYNC_SYSTEM_CLOCK
        interval, limit = check_poll(poll_interval, timeout)
        shared = _shared(shared_org_ids)
        windows, clamped = _windows(start, end, clock, on_progress)
        org = str(org_id)
        path = Path(dest)
        if not path.parent.is_dir():
            raise FileNotFoundError(f"directory {str(path.parent)!r} does not exist")
        base = self._executor(clock)

        async def execute(action: Action) -> Any:
            if isinstance(action, CreateExport):
                _say(
                    on_progress,
                    f"creating export job for {action.start.isoformat()} .. {action.end.isoformat()}",
                )
                return await self.create_export(
                    org, start=action.start, end=action.end, shared_org_ids=shared
                )
            return await base(action)

        creating = create_plan(org, windows, deadline=clock.monotonic() + limit, pacer=Pacer(interval, clock))
        jobs = await adrive(creating, execute)
        pacer = Pacer(interval, clock, first_at=clock.monotonic() + interval)
        finished = []
        with AtomicFile(path) as out:
            merger = CsvMerger(out)
            for number, created in enumerate(jobs, start=1):
                prefix = f"job {number}/{len(jobs)}: "
                _say(on_progress, f"{prefix}waiting for export {created.usage_export_job_id}")
                plan = wait_export_plan(
                    org,
                    created.usage_export_job_id,
                    timeout=limit,
                    pacer=pacer,
                    on_update=_announce_state(on_progress, prefix),
                )
                job = await adrive(plan, execute)
                finished.append(job)
                await self._download_parts(require_completed(job), merger, on_progress, prefix)
        return UsageExportResult(
            path, tuple(finished), merger.parts, merger.bytes_written, merger.header, clamped_end=clamped
        )


class RawUsage(_RawUsage):
    """``client.with_raw_response.usage``: ``create_export`` keeps its window check."""

    def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        timeout: TimeoutValue | None = None,
    ) -> RawResponse[UsageExportJob]:
        """``Usage.create_export`` returning the raw response (same checks, nothing sent on bad input)."""
        start_dt, end_dt = check_export_window(start, end)
        return super().create_export(
            str(org_id),
            start=start_dt,
            end=end_dt,
            shared_org_ids=shared_org_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )


class AsyncRawUsage(_AsyncRawUsage):
    """``AsyncCircleCI.with_raw_response.usage``: ``create_export`` keeps its window check."""

    async def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        timeout: TimeoutValue | None = None,
    ) -> RawResponse[UsageExportJob]:
        """Async twin of ``RawUsage.create_export``."""
        start_dt, end_dt = check_export_window(start, end)
        return await super().create_export(
            str(org_id),
            start=start_dt,
            end=end_dt,
            shared_org_ids=shared_org_ids,
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
        )
