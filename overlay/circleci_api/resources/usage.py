"""``client.usage``: usage export jobs, with the documented limits checked before any request."""

from __future__ import annotations

import datetime as _dt
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from circleci_api_generated.resources.usage import AsyncUsage as _AsyncUsage
from circleci_api_generated.resources.usage import Usage as _Usage

from circleci_api._models import UNSET, RequestValidationError, Unset

if TYPE_CHECKING:
    from circleci_api_generated.models.usage_export_job import UsageExportJob

__all__ = ["MAX_EXPORT_WINDOW", "AsyncUsage", "Usage", "check_export_window"]

#: The longest window one export job may cover (CircleCI: "no more than 31 days after start").
MAX_EXPORT_WINDOW = _dt.timedelta(days=31)


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


class Usage(_Usage):
    """Usage exports (the POST and GET endpoints are each limited to 10 calls per hour per org)."""

    def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str] | None | Unset = UNSET,
    ) -> UsageExportJob:
        """Ask CircleCI to prepare a usage export for ``[start, end]`` (at most 31 days, timezone-aware)."""
        start_dt, end_dt = check_export_window(start, end)
        return super().create_export(str(org_id), start=start_dt, end=end_dt, shared_org_ids=shared_org_ids)


class AsyncUsage(_AsyncUsage):
    """Usage exports (async)."""

    async def create_export(
        self,
        org_id: str | uuid.UUID,
        *,
        start: _dt.datetime | str,
        end: _dt.datetime | str,
        shared_org_ids: Sequence[str] | None | Unset = UNSET,
    ) -> UsageExportJob:
        """Ask CircleCI to prepare a usage export for ``[start, end]`` (at most 31 days, timezone-aware)."""
        start_dt, end_dt = check_export_window(start, end)
        return await super().create_export(
            str(org_id), start=start_dt, end=end_dt, shared_org_ids=shared_org_ids
        )
