"""Generated from the OpenAPI schema of ``TriggerEventSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .trigger_event_source_repo import TriggerEventSourceRepo
    from .trigger_event_source_schedule import TriggerEventSourceSchedule
    from .trigger_event_source_webhook import TriggerEventSourceWebhook

__all__ = ["TriggerEventSource"]


class TriggerEventSource(_m.Model):
    """A ``TriggerEventSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[str | None] = _m.Field("provider", _m.STRING)
    repo: _m.Field[TriggerEventSourceRepo | None] = _m.Field(
        "repo", _m.model("circleci_api_generated.models.trigger_event_source_repo", "TriggerEventSourceRepo")
    )
    webhook: _m.Field[TriggerEventSourceWebhook | None] = _m.Field(
        "webhook",
        _m.model("circleci_api_generated.models.trigger_event_source_webhook", "TriggerEventSourceWebhook"),
    )
    schedule: _m.Field[TriggerEventSourceSchedule | None] = _m.Field(
        "schedule",
        _m.model("circleci_api_generated.models.trigger_event_source_schedule", "TriggerEventSourceSchedule"),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: str | None | Unset = UNSET,
        repo: TriggerEventSourceRepo | Mapping[str, Any] | None | Unset = UNSET,
        webhook: TriggerEventSourceWebhook | Mapping[str, Any] | None | Unset = UNSET,
        schedule: TriggerEventSourceSchedule | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
                "webhook": webhook,
                "schedule": schedule,
            }
        )
