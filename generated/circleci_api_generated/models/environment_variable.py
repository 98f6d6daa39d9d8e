"""Generated from the OpenAPI schema of ``EnvironmentVariable``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["EnvironmentVariable"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class EnvironmentVariable(_m.Model):
    """A ``EnvironmentVariable`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``value``: ``str``, required
    * ``created_at`` (``created-at``): ``Any``, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    value: str
    created_at: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> EnvironmentVariable:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("value")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "value", p, e, "string", True, False)
        v2 = g("created-at")
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.value = v1
        o.created_at = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    EnvironmentVariable,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("value", "value", _m.STRING, required=True),
        _m.FieldSpec("created_at", "created-at", _m.ANY, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
EnvironmentVariable._additional_ = _m.ANY
EnvironmentVariable._input_additional_ = None
_KEYS = EnvironmentVariable._keys_
