"""Generated from the OpenAPI schema of ``CreateTriggerRequestEventSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .create_trigger_request_event_source_repo import CreateTriggerRequestEventSourceRepo
    from .create_trigger_request_event_source_schedule import CreateTriggerRequestEventSourceSchedule
    from .create_trigger_request_event_source_webhook import CreateTriggerRequestEventSourceWebhook

__all__ = ["CreateTriggerRequestEventSource"]


class CreateTriggerRequestEventSource(_m.Model):
    """A ``CreateTriggerRequestEventSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[str] = _m.Field("provider", _m.STRING, required=True)
    repo: _m.Field[CreateTriggerRequestEventSourceRepo | None] = _m.Field(
        "repo",
        _m.model(
            "circleci_api_generated.models.create_trigger_request_event_source_repo",
            "CreateTriggerRequestEventSourceRepo",
        ),
    )
    webhook: _m.Field[CreateTriggerRequestEventSourceWebhook | None] = _m.Field(
        "webhook",
        _m.model(
            "circleci_api_generated.models.create_trigger_request_event_source_webhook",
            "CreateTriggerRequestEventSourceWebhook",
        ),
    )
    schedule: _m.Field[CreateTriggerRequestEventSourceSchedule | None] = _m.Field(
        "schedule",
        _m.model(
            "circleci_api_generated.models.create_trigger_request_event_source_schedule",
            "CreateTriggerRequestEventSourceSchedule",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: str,
        repo: CreateTriggerRequestEventSourceRepo | Mapping[str, Any] | None | Unset = UNSET,
        webhook: CreateTriggerRequestEventSourceWebhook | Mapping[str, Any] | None | Unset = UNSET,
        schedule: CreateTriggerRequestEventSourceSchedule | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
                "webhook": webhook,
                "schedule": schedule,
            }
        )
