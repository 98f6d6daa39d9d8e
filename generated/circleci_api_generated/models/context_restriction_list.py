"""Generated from the OpenAPI schema of ``ContextRestrictionList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .context_restriction_list_items_item import ContextRestrictionListItemsItem

__all__ = ["ContextRestrictionList"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_items = _m.list_of(
    _m.model(
        "circleci_api_generated.models.context_restriction_list_items_item", "ContextRestrictionListItemsItem"
    )
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ContextRestrictionList(_m.Model):
    """A ``ContextRestrictionList`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``items``: ``list[ContextRestrictionListItemsItem]``
    * ``next_page_token``: ``str``, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    items: list[ContextRestrictionListItemsItem] | None = None
    next_page_token: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ContextRestrictionList:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("items")
        if v0 is not None:
            v0 = _C_items.parse(v0, p + ".items" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "items", p, e, False, False)
        v1 = g("next_page_token")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "next_page_token", p, e, "string", False, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.items = v0
        o.next_page_token = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ContextRestrictionList,
    (
        _m.FieldSpec("items", "items", _C_items),
        _m.FieldSpec("next_page_token", "next_page_token", _m.STRING, nullable=True),
    ),
)
_KEYS = ContextRestrictionList._keys_
