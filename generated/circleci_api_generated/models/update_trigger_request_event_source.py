"""Generated from the OpenAPI schema of ``UpdateTriggerRequestEventSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .update_trigger_request_event_source_schedule import UpdateTriggerRequestEventSourceSchedule
    from .update_trigger_request_event_source_webhook import UpdateTriggerRequestEventSourceWebhook

__all__ = ["UpdateTriggerRequestEventSource"]


class UpdateTriggerRequestEventSource(_m.Model):
    """A ``UpdateTriggerRequestEventSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    webhook: _m.Field[UpdateTriggerRequestEventSourceWebhook | None] = _m.Field(
        "webhook",
        _m.model(
            "circleci_api_generated.models.update_trigger_request_event_source_webhook",
            "UpdateTriggerRequestEventSourceWebhook",
        ),
    )
    schedule: _m.Field[UpdateTriggerRequestEventSourceSchedule | None] = _m.Field(
        "schedule",
        _m.model(
            "circleci_api_generated.models.update_trigger_request_event_source_schedule",
            "UpdateTriggerRequestEventSourceSchedule",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        webhook: UpdateTriggerRequestEventSourceWebhook | Mapping[str, Any] | None | Unset = UNSET,
        schedule: UpdateTriggerRequestEventSourceSchedule | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "webhook": webhook,
                "schedule": schedule,
            }
        )
