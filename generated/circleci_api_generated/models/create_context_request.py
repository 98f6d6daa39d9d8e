"""Generated from the OpenAPI schema of ``CreateContextRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .context_owner_by_id import ContextOwnerById
    from .context_owner_by_slug import ContextOwnerBySlug

__all__ = ["CreateContextRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_owner = _m.union(
    _m.model("circleci_api_generated.models.context_owner_by_id", "ContextOwnerById"),
    _m.model("circleci_api_generated.models.context_owner_by_slug", "ContextOwnerBySlug"),
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateContextRequest(_m.Model):
    """A ``CreateContextRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``owner``: ``ContextOwnerById | ContextOwnerBySlug``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    owner: ContextOwnerById | ContextOwnerBySlug
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateContextRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("owner")
        if v1 is not None:
            v1 = _C_owner.parse(v1, p + ".owner" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "owner", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.owner = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateContextRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("owner", "owner", _C_owner, required=True),
    ),
)
_KEYS = CreateContextRequest._keys_
