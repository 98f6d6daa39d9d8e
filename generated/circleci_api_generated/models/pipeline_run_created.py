"""Generated from the OpenAPI schema of ``PipelineRunCreated``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_run_created_state import PipelineRunCreatedState

__all__ = ["PipelineRunCreated"]


class PipelineRunCreated(_m.Model):
    """A ``PipelineRunCreated`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    state: _m.Field[PipelineRunCreatedState | None] = _m.Field("state", _m.enum_of(PipelineRunCreatedState))
    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    number: _m.Field[int | None] = _m.Field("number", _m.INTEGER)
    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        state: PipelineRunCreatedState | str | None | Unset = UNSET,
        created_at: datetime.datetime | str | None | Unset = UNSET,
        number: int | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "state": state,
                "created_at": created_at,
                "number": number,
                "id": id,
            }
        )
