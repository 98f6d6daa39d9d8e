"""Generated from the OpenAPI schema of ``BundleDiff``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["BundleDiff"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_created = _m.list_of(_m.STRING)
_C_deleted = _m.list_of(_m.STRING)
_C_modified = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class BundleDiff(_m.Model):
    """A ``BundleDiff`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``created``: ``list[str]``
    * ``deleted``: ``list[str]``
    * ``modified``: ``list[str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    created: list[str] | None = None
    deleted: list[str] | None = None
    modified: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> BundleDiff:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("created")
        if v0 is not None:
            v0 = _C_created.parse(v0, p + ".created" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "created", p, e, False, False)
        v1 = g("deleted")
        if v1 is not None:
            v1 = _C_deleted.parse(v1, p + ".deleted" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "deleted", p, e, False, False)
        v2 = g("modified")
        if v2 is not None:
            v2 = _C_modified.parse(v2, p + ".modified" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "modified", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.created = v0
        o.deleted = v1
        o.modified = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    BundleDiff,
    (
        _m.FieldSpec("created", "created", _C_created),
        _m.FieldSpec("deleted", "deleted", _C_deleted),
        _m.FieldSpec("modified", "modified", _C_modified),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
BundleDiff._additional_ = _m.ANY
BundleDiff._input_additional_ = None
_KEYS = BundleDiff._keys_
