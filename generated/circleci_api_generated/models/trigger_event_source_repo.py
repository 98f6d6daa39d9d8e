"""Generated from the OpenAPI schema of ``TriggerEventSourceRepo``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerEventSourceRepo"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class TriggerEventSourceRepo(_m.Model):
    """A ``TriggerEventSourceRepo`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``full_name``: ``str``
    * ``external_id``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    full_name: str | None = None
    external_id: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> TriggerEventSourceRepo:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("full_name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "full_name", p, e, "string", False, False)
        v1 = g("external_id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "external_id", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.full_name = v0
        o.external_id = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    TriggerEventSourceRepo,
    (
        _m.FieldSpec("full_name", "full_name", _m.STRING),
        _m.FieldSpec("external_id", "external_id", _m.STRING),
    ),
)
_KEYS = TriggerEventSourceRepo._keys_
