"""Generated from the OpenAPI schema of ``DecisionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["DecisionRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metadata = _m.map_of(_m.ANY)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class DecisionRequest(_m.Model):
    """A ``DecisionRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``input``: ``str``, required
    * ``metadata``: ``dict[str, Any]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    input: str
    metadata: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> DecisionRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("input")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "input", p, e, "string", True, False)
        v1 = g("metadata")
        if v1 is not None:
            v1 = _C_metadata.parse(v1, p + ".metadata" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metadata", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.input = v0
        o.metadata = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    DecisionRequest,
    (
        _m.FieldSpec("input", "input", _m.STRING, required=True),
        _m.FieldSpec("metadata", "metadata", _C_metadata),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
DecisionRequest._additional_ = _m.ANY
DecisionRequest._input_additional_ = None
_KEYS = DecisionRequest._keys_
