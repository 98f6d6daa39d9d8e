"""Generated from the OpenAPI schema of ``TriggerEventSourceSchedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .trigger_event_source_schedule_attribution_actor import TriggerEventSourceScheduleAttributionActor

__all__ = ["TriggerEventSourceSchedule"]


class TriggerEventSourceSchedule(_m.Model):
    """A ``TriggerEventSourceSchedule`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    cron_expression: _m.Field[str | None] = _m.Field("cron_expression", _m.STRING)
    attribution_actor: _m.Field[TriggerEventSourceScheduleAttributionActor | None] = _m.Field(
        "attribution_actor",
        _m.model(
            "circleci_api_generated.models.trigger_event_source_schedule_attribution_actor",
            "TriggerEventSourceScheduleAttributionActor",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        cron_expression: str | None | Unset = UNSET,
        attribution_actor: TriggerEventSourceScheduleAttributionActor
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "cron_expression": cron_expression,
                "attribution_actor": attribution_actor,
            }
        )
