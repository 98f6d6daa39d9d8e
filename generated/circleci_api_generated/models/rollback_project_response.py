"""Generated from the OpenAPI schema of ``RollbackProjectResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["RollbackProjectResponse"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class RollbackProjectResponse(_m.Model):
    """A ``RollbackProjectResponse`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``
    * ``rollback_type``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str | None = None
    rollback_type: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> RollbackProjectResponse:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", False, False)
        v1 = g("rollback_type")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "rollback_type", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.rollback_type = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    RollbackProjectResponse,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("rollback_type", "rollback_type", _m.STRING),
    ),
)
_KEYS = RollbackProjectResponse._keys_
