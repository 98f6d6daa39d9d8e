"""Generated from the OpenAPI schema of ``TriggerEventSourceSchedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .trigger_event_source_schedule_attribution_actor import TriggerEventSourceScheduleAttributionActor

__all__ = ["TriggerEventSourceSchedule"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_attribution_actor = _m.model(
    "circleci_api_generated.models.trigger_event_source_schedule_attribution_actor",
    "TriggerEventSourceScheduleAttributionActor",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class TriggerEventSourceSchedule(_m.Model):
    """A ``TriggerEventSourceSchedule`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``cron_expression``: ``str``
    * ``attribution_actor``: ``TriggerEventSourceScheduleAttributionActor``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    cron_expression: str | None = None
    attribution_actor: TriggerEventSourceScheduleAttributionActor | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> TriggerEventSourceSchedule:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("cron_expression")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "cron_expression", p, e, "string", False, False)
        v1 = g("attribution_actor")
        if v1.__class__ is dict:
            v1 = (_C_attribution_actor._model or _C_attribution_actor.model)._parse(
                v1, p + ".attribution_actor" if e is not None else "", e
            )
        elif v1 is not None:
            v1 = _C_attribution_actor.parse(v1, p + ".attribution_actor" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "attribution_actor", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.cron_expression = v0
        o.attribution_actor = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    TriggerEventSourceSchedule,
    (
        _m.FieldSpec("cron_expression", "cron_expression", _m.STRING),
        _m.FieldSpec("attribution_actor", "attribution_actor", _C_attribution_actor),
    ),
)
_KEYS = TriggerEventSourceSchedule._keys_
