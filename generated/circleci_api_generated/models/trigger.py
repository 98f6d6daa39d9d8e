"""Generated from the OpenAPI schema of ``Trigger``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .trigger_event_preset import TriggerEventPreset

if TYPE_CHECKING:
    from .trigger_event_source import TriggerEventSource

__all__ = ["Trigger"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_event_source = _m.model("circleci_api_generated.models.trigger_event_source", "TriggerEventSource")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Trigger(_m.Model):
    """A ``Trigger`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``event_name``: ``str``
    * ``event_source``: ``TriggerEventSource``
    * ``event_preset``: ``TriggerEventPreset``
    * ``checkout_ref``: ``str``
    * ``config_ref``: ``str``
    * ``disabled``: ``bool``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    created_at: datetime.datetime
    event_name: str | None = None
    event_source: TriggerEventSource | None = None
    event_preset: TriggerEventPreset | None = None
    checkout_ref: str | None = None
    config_ref: str | None = None
    disabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Trigger:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("created_at")
        if v1.__class__ is str:
            try:
                v1 = _fromiso(v1)
            except ValueError:
                v1 = _m.bad_datetime(v1, p, "created_at", e)
            else:
                if e is not None and v1.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "created_at", p, e, "date-time string", True, False)
        v2 = g("event_name")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "event_name", p, e, "string", False, False)
        v3 = g("event_source")
        if v3.__class__ is dict:
            v3 = (_C_event_source._model or _C_event_source.model)._parse(
                v3, p + ".event_source" if e is not None else "", e
            )
        elif v3 is not None:
            v3 = _C_event_source.parse(v3, p + ".event_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "event_source", p, e, False, False)
        v4 = g("event_preset")
        if v4.__class__ is str:
            m = TriggerEventPreset._value2member_map_.get(v4)
            v4 = m if m is not None else _m.unknown_enum(TriggerEventPreset, v4, p, "event_preset", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "event_preset", p, e, "TriggerEventPreset string", False, False)
        v5 = g("checkout_ref")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "checkout_ref", p, e, "string", False, False)
        v6 = g("config_ref")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "config_ref", p, e, "string", False, False)
        v7 = g("disabled")
        if v7.__class__ is not bool and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "disabled", p, e, "boolean", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.created_at = v1
        o.event_name = v2
        o.event_source = v3
        o.event_preset = v4
        o.checkout_ref = v5
        o.config_ref = v6
        o.disabled = v7
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Trigger,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("event_name", "event_name", _m.STRING),
        _m.FieldSpec("event_source", "event_source", _C_event_source),
        _m.FieldSpec("event_preset", "event_preset", _m.enum_of(TriggerEventPreset)),
        _m.FieldSpec("checkout_ref", "checkout_ref", _m.STRING),
        _m.FieldSpec("config_ref", "config_ref", _m.STRING),
        _m.FieldSpec("disabled", "disabled", _m.BOOLEAN),
    ),
)
_KEYS = Trigger._keys_
