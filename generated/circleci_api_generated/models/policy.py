"""Generated from the OpenAPI schema of ``Policy``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["Policy"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Policy(_m.Model):
    """A ``Policy`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``content``: ``str``
    * ``created_at``: ``datetime.datetime``
    * ``created_by``: ``str``
    * ``name``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    content: str | None = None
    created_at: datetime.datetime | None = None
    created_by: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Policy:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("content")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "content", p, e, "string", False, False)
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
            v1 = _m.bad(v1, d, "created_at", p, e, "date-time string", False, False)
        v2 = g("created_by")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "created_by", p, e, "string", False, False)
        v3 = g("name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "name", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.content = v0
        o.created_at = v1
        o.created_by = v2
        o.name = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Policy,
    (
        _m.FieldSpec("content", "content", _m.STRING),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME),
        _m.FieldSpec("created_by", "created_by", _m.STRING),
        _m.FieldSpec("name", "name", _m.STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Policy._additional_ = _m.ANY
Policy._input_additional_ = None
_KEYS = Policy._keys_
