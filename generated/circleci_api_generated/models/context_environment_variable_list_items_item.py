"""Generated from the OpenAPI schema of ``ContextEnvironmentVariableListItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ContextEnvironmentVariableListItemsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ContextEnvironmentVariableListItemsItem(_m.Model):
    """A ``ContextEnvironmentVariableListItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``variable``: ``str``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``updated_at``: ``datetime.datetime``, required
    * ``context_id``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    variable: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    context_id: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> ContextEnvironmentVariableListItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("variable")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "variable", p, e, "string", True, False)
        v1 = g("created_at")
        if v1.__class__ is str:
            try:
                v1 = _fromiso(v1)
            except ValueError:
                v1 = _m.bad_datetime(v1, p, "created_at", e)
            else:
                if e is not None and v1.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "created_at", p, e, "date-time string", True, False)
        v2 = g("updated_at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "updated_at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("updated_at"), p, "updated_at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "updated_at", p, e, "date-time string", True, False)
        v3 = g("context_id")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "context_id", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.variable = v0
        o.created_at = v1
        o.updated_at = v2
        o.context_id = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ContextEnvironmentVariableListItemsItem,
    (
        _m.FieldSpec("variable", "variable", _m.STRING, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("updated_at", "updated_at", _m.DATETIME, required=True),
        _m.FieldSpec("context_id", "context_id", _m.UUID_STRING, required=True),
    ),
)
_KEYS = ContextEnvironmentVariableListItemsItem._keys_
