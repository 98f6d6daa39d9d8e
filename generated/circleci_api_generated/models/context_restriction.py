"""Generated from the OpenAPI schema of ``ContextRestriction``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .context_restriction_restriction_type import ContextRestrictionRestrictionType

__all__ = ["ContextRestriction"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ContextRestriction(_m.Model):
    """A ``ContextRestriction`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``project_id``: ``str``
    * ``name``: ``str``, may be null
    * ``restriction_type``: ``ContextRestrictionRestrictionType``
    * ``restriction_value``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    project_id: str | None = None
    name: str | None | Unset = UNSET
    restriction_type: ContextRestrictionRestrictionType | None = None
    restriction_value: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ContextRestriction:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("project_id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "project_id", p, e, "string", False, False)
        v2 = g("name")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "name", p, e, "string", False, True)
        v3 = g("restriction_type")
        if v3.__class__ is str:
            m = ContextRestrictionRestrictionType._value2member_map_.get(v3)
            v3 = (
                m
                if m is not None
                else _m.unknown_enum(ContextRestrictionRestrictionType, v3, p, "restriction_type", e)
            )
        elif v3 is not None or e is not None:
            v3 = _m.bad(
                v3, d, "restriction_type", p, e, "ContextRestrictionRestrictionType string", False, False
            )
        v4 = g("restriction_value")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "restriction_value", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.project_id = v1
        o.name = v2
        o.restriction_type = v3
        o.restriction_value = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ContextRestriction,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING),
        _m.FieldSpec("name", "name", _m.STRING, nullable=True),
        _m.FieldSpec("restriction_type", "restriction_type", _m.enum_of(ContextRestrictionRestrictionType)),
        _m.FieldSpec("restriction_value", "restriction_value", _m.STRING),
    ),
)
_KEYS = ContextRestriction._keys_
