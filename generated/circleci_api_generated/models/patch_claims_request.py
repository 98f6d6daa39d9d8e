"""Generated from the OpenAPI schema of ``PatchClaimsRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PatchClaimsRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_audience = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PatchClaimsRequest(_m.Model):
    """A ``PatchClaimsRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``audience``: ``list[str]``
    * ``ttl``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    audience: list[str] | None = None
    ttl: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PatchClaimsRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("audience")
        if v0 is not None:
            v0 = _C_audience.parse(v0, p + ".audience" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "audience", p, e, False, False)
        v1 = g("ttl")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "ttl", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.audience = v0
        o.ttl = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PatchClaimsRequest,
    (
        _m.FieldSpec("audience", "audience", _C_audience),
        _m.FieldSpec("ttl", "ttl", _m.STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
PatchClaimsRequest._additional_ = _m.ANY
PatchClaimsRequest._input_additional_ = None
_KEYS = PatchClaimsRequest._keys_
