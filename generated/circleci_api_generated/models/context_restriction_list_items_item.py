"""Generated from the OpenAPI schema of ``ContextRestrictionListItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .context_restriction_list_items_item_restriction_type import (
    ContextRestrictionListItemsItemRestrictionType,
)

__all__ = ["ContextRestrictionListItemsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ContextRestrictionListItemsItem(_m.Model):
    """A ``ContextRestrictionListItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``context_id``: ``str``
    * ``id``: ``str``
    * ``project_id``: ``str``
    * ``name``: ``str``, may be null
    * ``restriction_type``: ``ContextRestrictionListItemsItemRestrictionType``
    * ``restriction_value``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    context_id: str | None = None
    id: str | None = None
    project_id: str | None = None
    name: str | None | Unset = UNSET
    restriction_type: ContextRestrictionListItemsItemRestrictionType | None = None
    restriction_value: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> ContextRestrictionListItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("context_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "context_id", p, e, "string", False, False)
        v1 = g("id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "id", p, e, "string", False, False)
        v2 = g("project_id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "project_id", p, e, "string", False, False)
        v3 = g("name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "name", p, e, "string", False, True)
        v4 = g("restriction_type")
        if v4.__class__ is str:
            m = ContextRestrictionListItemsItemRestrictionType._value2member_map_.get(v4)
            v4 = (
                m
                if m is not None
                else _m.unknown_enum(
                    ContextRestrictionListItemsItemRestrictionType, v4, p, "restriction_type", e
                )
            )
        elif v4 is not None or e is not None:
            v4 = _m.bad(
                v4,
                d,
                "restriction_type",
                p,
                e,
                "ContextRestrictionListItemsItemRestrictionType string",
                False,
                False,
            )
        v5 = g("restriction_value")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "restriction_value", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.context_id = v0
        o.id = v1
        o.project_id = v2
        o.name = v3
        o.restriction_type = v4
        o.restriction_value = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ContextRestrictionListItemsItem,
    (
        _m.FieldSpec("context_id", "context_id", _m.UUID_STRING),
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING, deprecated=True),
        _m.FieldSpec("name", "name", _m.STRING, nullable=True),
        _m.FieldSpec(
            "restriction_type", "restriction_type", _m.enum_of(ContextRestrictionListItemsItemRestrictionType)
        ),
        _m.FieldSpec("restriction_value", "restriction_value", _m.STRING),
    ),
)
_KEYS = ContextRestrictionListItemsItem._keys_
