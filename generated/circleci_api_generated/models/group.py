"""Generated from the OpenAPI schema of ``Group``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["Group"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Group(_m.Model):
    """A ``Group`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``
    * ``name``: ``str``
    * ``description``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str | None = None
    name: str | None = None
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Group:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", False, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", False, False)
        v2 = g("description")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "description", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.description = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Group,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("description", "description", _m.STRING),
    ),
)
_KEYS = Group._keys_
