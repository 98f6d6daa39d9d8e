"""Generated from the OpenAPI schema of ``TriggerEventSourceScheduleAttributionActor``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerEventSourceScheduleAttributionActor"]


class TriggerEventSourceScheduleAttributionActor(_m.Model):
    """A ``TriggerEventSourceScheduleAttributionActor`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
            }
        )
