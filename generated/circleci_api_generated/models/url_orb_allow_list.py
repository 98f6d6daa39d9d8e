"""Generated from the OpenAPI schema of ``UrlOrbAllowList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .url_orb_allow_list_items_item import UrlOrbAllowListItemsItem

__all__ = ["UrlOrbAllowList"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_items = _m.list_of(
    _m.model("circleci_api_generated.models.url_orb_allow_list_items_item", "UrlOrbAllowListItemsItem")
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UrlOrbAllowList(_m.Model):
    """A ``UrlOrbAllowList`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``items``: ``list[UrlOrbAllowListItemsItem]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    items: list[UrlOrbAllowListItemsItem]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> UrlOrbAllowList:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("items")
        if v0 is not None:
            v0 = _C_items.parse(v0, p + ".items" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "items", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.items = v0
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UrlOrbAllowList,
    (_m.FieldSpec("items", "items", _C_items, required=True),),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
UrlOrbAllowList._additional_ = _m.ANY
UrlOrbAllowList._input_additional_ = None
_KEYS = UrlOrbAllowList._keys_
