"""Generated from the OpenAPI schema of ``UsageExportJob``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .usage_export_job_state import UsageExportJobState

__all__ = ["UsageExportJob"]


class UsageExportJob(_m.Model):
    """A ``UsageExportJob`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    usage_export_job_id: _m.Field[str] = _m.Field("usage_export_job_id", _m.STRING, required=True)
    state: _m.Field[UsageExportJobState] = _m.Field("state", _m.enum_of(UsageExportJobState), required=True)
    start: _m.Field[datetime.datetime] = _m.Field("start", _m.DATETIME, required=True)
    end: _m.Field[datetime.datetime] = _m.Field("end", _m.DATETIME, required=True)
    download_urls: _m.Field[list[str]] = _m.Field("download_urls", _m.list_of(_m.STRING), required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        usage_export_job_id: str,
        state: UsageExportJobState | str,
        start: datetime.datetime | str,
        end: datetime.datetime | str,
        download_urls: Sequence[str],
    ) -> None:
        self._init(
            {
                "usage_export_job_id": usage_export_job_id,
                "state": state,
                "start": start,
                "end": end,
                "download_urls": download_urls,
            }
        )
