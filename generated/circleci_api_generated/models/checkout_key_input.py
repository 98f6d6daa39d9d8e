"""Generated from the OpenAPI schema of ``CheckoutKeyInput``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .checkout_key_input_checkout_key_input_type import CheckoutKeyInputCheckoutKeyInputType

__all__ = ["CheckoutKeyInput"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CheckoutKeyInput(_m.Model):
    """A ``CheckoutKeyInput`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``type``: ``CheckoutKeyInputCheckoutKeyInputType``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    type: CheckoutKeyInputCheckoutKeyInputType
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CheckoutKeyInput:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("type")
        if v0.__class__ is str:
            m = CheckoutKeyInputCheckoutKeyInputType._value2member_map_.get(v0)
            v0 = (
                m
                if m is not None
                else _m.unknown_enum(CheckoutKeyInputCheckoutKeyInputType, v0, p, "type", e)
            )
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "type", p, e, "CheckoutKeyInputCheckoutKeyInputType string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.type = v0
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CheckoutKeyInput,
    (_m.FieldSpec("type", "type", _m.enum_of(CheckoutKeyInputCheckoutKeyInputType), required=True),),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CheckoutKeyInput._additional_ = _m.ANY
CheckoutKeyInput._input_additional_ = None
_KEYS = CheckoutKeyInput._keys_
