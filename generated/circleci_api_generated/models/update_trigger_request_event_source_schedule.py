"""Generated from the OpenAPI schema of ``UpdateTriggerRequestEventSourceSchedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .update_trigger_request_event_source_schedule_attribution_actor import (
    UpdateTriggerRequestEventSourceScheduleAttributionActor,
)

__all__ = ["UpdateTriggerRequestEventSourceSchedule"]


class UpdateTriggerRequestEventSourceSchedule(_m.Model):
    """A ``UpdateTriggerRequestEventSourceSchedule`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    cron_expression: _m.Field[str | None] = _m.Field("cron_expression", _m.STRING)
    attribution_actor: _m.Field[UpdateTriggerRequestEventSourceScheduleAttributionActor | None] = _m.Field(
        "attribution_actor", _m.enum_of(UpdateTriggerRequestEventSourceScheduleAttributionActor)
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        cron_expression: str | None | Unset = UNSET,
        attribution_actor: UpdateTriggerRequestEventSourceScheduleAttributionActor
        | str
        | None
        | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "cron_expression": cron_expression,
                "attribution_actor": attribution_actor,
            }
        )
