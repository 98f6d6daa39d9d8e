"""Generated from the OpenAPI schema of ``CheckoutKey``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .checkout_key_checkout_key_type import CheckoutKeyCheckoutKeyType

__all__ = ["CheckoutKey"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CheckoutKey(_m.Model):
    """A ``CheckoutKey`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``public_key``: ``str``, required
    * ``type``: ``CheckoutKeyCheckoutKeyType``, required
    * ``fingerprint``: ``str``, required
    * ``preferred``: ``bool``, required
    * ``created_at``: ``datetime.datetime``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    public_key: str
    type: CheckoutKeyCheckoutKeyType
    fingerprint: str
    preferred: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CheckoutKey:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("public_key")
        if v0 is None and "public_key" not in d:
            v0 = g("public-key")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(
                v0,
                d,
                (
                    "public_key",
                    "public-key",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v1 = g("type")
        if v1.__class__ is str:
            m = CheckoutKeyCheckoutKeyType._value2member_map_.get(v1)
            v1 = m if m is not None else _m.unknown_enum(CheckoutKeyCheckoutKeyType, v1, p, "type", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "type", p, e, "CheckoutKeyCheckoutKeyType string", True, False)
        v2 = g("fingerprint")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "fingerprint", p, e, "string", True, False)
        v3 = g("preferred")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "preferred", p, e, "boolean", True, False)
        v4 = g("created_at")
        if v4 is None and "created_at" not in d:
            v4 = g("created-at")
        if v4.__class__ is str:
            try:
                v4 = _fromiso(v4)
            except ValueError:
                v4 = _m.bad_datetime(v4, p, "created_at", e)
            else:
                if e is not None and v4.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(
                v4,
                d,
                (
                    "created_at",
                    "created-at",
                ),
                p,
                e,
                "date-time string",
                True,
                False,
            )
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.public_key = v0
        o.type = v1
        o.fingerprint = v2
        o.preferred = v3
        o.created_at = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CheckoutKey,
    (
        _m.FieldSpec("public_key", "public_key", _m.STRING, required=True, aliases=("public-key",)),
        _m.FieldSpec("type", "type", _m.enum_of(CheckoutKeyCheckoutKeyType), required=True),
        _m.FieldSpec("fingerprint", "fingerprint", _m.STRING, required=True),
        _m.FieldSpec("preferred", "preferred", _m.BOOLEAN, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True, aliases=("created-at",)),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CheckoutKey._additional_ = _m.ANY
CheckoutKey._input_additional_ = None
_KEYS = CheckoutKey._keys_
