"""Generated from the OpenAPI schema of ``JobDetailsMessagesItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobDetailsMessagesItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobDetailsMessagesItem(_m.Model):
    """A ``JobDetailsMessagesItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``type``: ``str``, required
    * ``message``: ``str``, required
    * ``reason``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    type: str
    message: str
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobDetailsMessagesItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("type")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "type", p, e, "string", True, False)
        v1 = g("message")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "message", p, e, "string", True, False)
        v2 = g("reason")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "reason", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.type = v0
        o.message = v1
        o.reason = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobDetailsMessagesItem,
    (
        _m.FieldSpec("type", "type", _m.STRING, required=True),
        _m.FieldSpec("message", "message", _m.STRING, required=True),
        _m.FieldSpec("reason", "reason", _m.STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobDetailsMessagesItem._additional_ = _m.ANY
JobDetailsMessagesItem._input_additional_ = None
_KEYS = JobDetailsMessagesItem._keys_
