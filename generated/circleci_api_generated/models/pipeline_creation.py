"""Generated from the OpenAPI schema of ``PipelineCreation``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_creation_state import PipelineCreationState

__all__ = ["PipelineCreation"]


class PipelineCreation(_m.Model):
    """A ``PipelineCreation`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    state: _m.Field[PipelineCreationState] = _m.Field(
        "state", _m.enum_of(PipelineCreationState), required=True
    )
    number: _m.Field[int] = _m.Field("number", _m.INTEGER, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        state: PipelineCreationState | str,
        number: int,
        created_at: datetime.datetime | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "state": state,
                "number": number,
                "created_at": created_at,
            }
        )
