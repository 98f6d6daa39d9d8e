"""Generated from the OpenAPI schema of ``CreateTriggerRequestEventSourceSchedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_trigger_request_event_source_schedule_attribution_actor import (
    CreateTriggerRequestEventSourceScheduleAttributionActor,
)

__all__ = ["CreateTriggerRequestEventSourceSchedule"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateTriggerRequestEventSourceSchedule(_m.Model):
    """A ``CreateTriggerRequestEventSourceSchedule`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``cron_expression``: ``str``
    * ``attribution_actor``: ``CreateTriggerRequestEventSourceScheduleAttributionActor``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    cron_expression: str | None = None
    attribution_actor: CreateTriggerRequestEventSourceScheduleAttributionActor | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreateTriggerRequestEventSourceSchedule:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("cron_expression")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "cron_expression", p, e, "string", False, False)
        v1 = g("attribution_actor")
        if v1.__class__ is str:
            m = CreateTriggerRequestEventSourceScheduleAttributionActor._value2member_map_.get(v1)
            v1 = (
                m
                if m is not None
                else _m.unknown_enum(
                    CreateTriggerRequestEventSourceScheduleAttributionActor, v1, p, "attribution_actor", e
                )
            )
        elif v1 is not None or e is not None:
            v1 = _m.bad(
                v1,
                d,
                "attribution_actor",
                p,
                e,
                "CreateTriggerRequestEventSourceScheduleAttributionActor string",
                False,
                False,
            )
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.cron_expression = v0
        o.attribution_actor = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateTriggerRequestEventSourceSchedule,
    (
        _m.FieldSpec("cron_expression", "cron_expression", _m.STRING),
        _m.FieldSpec(
            "attribution_actor",
            "attribution_actor",
            _m.enum_of(CreateTriggerRequestEventSourceScheduleAttributionActor),
        ),
    ),
)
_KEYS = CreateTriggerRequestEventSourceSchedule._keys_
