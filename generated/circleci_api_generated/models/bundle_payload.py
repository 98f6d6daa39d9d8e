"""Generated from the OpenAPI schema of ``BundlePayload``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["BundlePayload"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_policies = _m.map_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class BundlePayload(_m.Model):
    """A ``BundlePayload`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``policies``: ``dict[str, str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    policies: dict[str, str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> BundlePayload:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("policies")
        if v0 is not None:
            v0 = _C_policies.parse(v0, p + ".policies" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "policies", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.policies = v0
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    BundlePayload,
    (_m.FieldSpec("policies", "policies", _C_policies),),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
BundlePayload._additional_ = _m.ANY
BundlePayload._input_additional_ = None
_KEYS = BundlePayload._keys_
