"""Generated from the OpenAPI schema of ``UsageExportJobStatus``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .usage_export_job_status_state import UsageExportJobStatusState

__all__ = ["UsageExportJobStatus"]


class UsageExportJobStatus(_m.Model):
    """A ``UsageExportJobStatus`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    usage_export_job_id: _m.Field[str] = _m.Field("usage_export_job_id", _m.STRING, required=True)
    state: _m.Field[UsageExportJobStatusState] = _m.Field(
        "state", _m.enum_of(UsageExportJobStatusState), required=True
    )
    download_urls: _m.Field[list[str]] = _m.Field("download_urls", _m.list_of(_m.STRING), required=True)
    error_reason: _m.Field[str | None] = _m.Field("error_reason", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        usage_export_job_id: str,
        state: UsageExportJobStatusState | str,
        download_urls: Sequence[str],
        error_reason: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "usage_export_job_id": usage_export_job_id,
                "state": state,
                "download_urls": download_urls,
                "error_reason": error_reason,
            }
        )
