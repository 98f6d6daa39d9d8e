"""Generated from the OpenAPI schema of ``CreateUsageExportRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["CreateUsageExportRequest"]


class CreateUsageExportRequest(_m.Model):
    """A ``CreateUsageExportRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    start: _m.Field[datetime.datetime] = _m.Field("start", _m.DATETIME, required=True)
    end: _m.Field[datetime.datetime] = _m.Field("end", _m.DATETIME, required=True)
    shared_org_ids: _m.Field[list[str] | None] = _m.Field("shared_org_ids", _m.list_of(_m.STRING))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        start: datetime.datetime | str,
        end: datetime.datetime | str,
        shared_org_ids: Sequence[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "start": start,
                "end": end,
                "shared_org_ids": shared_org_ids,
            }
        )
