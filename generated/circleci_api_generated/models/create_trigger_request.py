"""Generated from the OpenAPI schema of ``CreateTriggerRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .trigger_event_preset import TriggerEventPreset

if TYPE_CHECKING:
    from .create_trigger_request_event_source import CreateTriggerRequestEventSource

__all__ = ["CreateTriggerRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_event_source = _m.model(
    "circleci_api_generated.models.create_trigger_request_event_source", "CreateTriggerRequestEventSource"
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateTriggerRequest(_m.Model):
    """A ``CreateTriggerRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``event_source``: ``CreateTriggerRequestEventSource``, required
    * ``event_preset``: ``TriggerEventPreset``
    * ``checkout_ref``: ``str``
    * ``config_ref``: ``str``
    * ``event_name``: ``str``
    * ``disabled``: ``bool``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    event_source: CreateTriggerRequestEventSource
    event_preset: TriggerEventPreset | None = None
    checkout_ref: str | None = None
    config_ref: str | None = None
    event_name: str | None = None
    disabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateTriggerRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("event_source")
        if v0.__class__ is dict:
            v0 = (_C_event_source._model or _C_event_source.model)._parse(
                v0, p + ".event_source" if e is not None else "", e
            )
        elif v0 is not None:
            v0 = _C_event_source.parse(v0, p + ".event_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "event_source", p, e, True, False)
        v1 = g("event_preset")
        if v1.__class__ is str:
            m = TriggerEventPreset._value2member_map_.get(v1)
            v1 = m if m is not None else _m.unknown_enum(TriggerEventPreset, v1, p, "event_preset", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "event_preset", p, e, "TriggerEventPreset string", False, False)
        v2 = g("checkout_ref")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "checkout_ref", p, e, "string", False, False)
        v3 = g("config_ref")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "config_ref", p, e, "string", False, False)
        v4 = g("event_name")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "event_name", p, e, "string", False, False)
        v5 = g("disabled")
        if v5.__class__ is not bool and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "disabled", p, e, "boolean", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.event_source = v0
        o.event_preset = v1
        o.checkout_ref = v2
        o.config_ref = v3
        o.event_name = v4
        o.disabled = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateTriggerRequest,
    (
        _m.FieldSpec("event_source", "event_source", _C_event_source, required=True),
        _m.FieldSpec("event_preset", "event_preset", _m.enum_of(TriggerEventPreset)),
        _m.FieldSpec("checkout_ref", "checkout_ref", _m.STRING),
        _m.FieldSpec("config_ref", "config_ref", _m.STRING),
        _m.FieldSpec("event_name", "event_name", _m.STRING),
        _m.FieldSpec("disabled", "disabled", _m.BOOLEAN),
    ),
)
_KEYS = CreateTriggerRequest._keys_
