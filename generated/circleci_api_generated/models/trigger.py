"""Generated from the OpenAPI schema of ``Trigger``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .trigger_event_preset import TriggerEventPreset

if TYPE_CHECKING:
    from .trigger_event_source import TriggerEventSource

__all__ = ["Trigger"]


class Trigger(_m.Model):
    """A ``Trigger`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    event_name: _m.Field[str | None] = _m.Field("event_name", _m.STRING)
    event_source: _m.Field[TriggerEventSource | None] = _m.Field(
        "event_source", _m.model("circleci_api_generated.models.trigger_event_source", "TriggerEventSource")
    )
    event_preset: _m.Field[TriggerEventPreset | None] = _m.Field(
        "event_preset", _m.enum_of(TriggerEventPreset)
    )
    checkout_ref: _m.Field[str | None] = _m.Field("checkout_ref", _m.STRING)
    config_ref: _m.Field[str | None] = _m.Field("config_ref", _m.STRING)
    disabled: _m.Field[bool | None] = _m.Field("disabled", _m.BOOLEAN)
    parameters: _m.Field[dict[str, Any] | None] = _m.Field("parameters", _m.map_of(_m.ANY))
    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        event_name: str | None | Unset = UNSET,
        event_source: TriggerEventSource | Mapping[str, Any] | None | Unset = UNSET,
        event_preset: TriggerEventPreset | str | None | Unset = UNSET,
        checkout_ref: str | None | Unset = UNSET,
        config_ref: str | None | Unset = UNSET,
        disabled: bool | None | Unset = UNSET,
        parameters: Mapping[str, Any] | None | Unset = UNSET,
        created_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "event_name": event_name,
                "event_source": event_source,
                "event_preset": event_preset,
                "checkout_ref": checkout_ref,
                "config_ref": config_ref,
                "disabled": disabled,
                "parameters": parameters,
                "created_at": created_at,
            }
        )
