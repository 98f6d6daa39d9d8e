"""Generated from the OpenAPI schema of ``Decision``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .violation import Violation

__all__ = ["Decision"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_enabled_rules = _m.list_of(_m.STRING)
_C_hard_failures = _m.list_of(_m.model("circleci_api_generated.models.violation", "Violation"))
_C_soft_failures = _m.list_of(_m.model("circleci_api_generated.models.violation", "Violation"))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Decision(_m.Model):
    """A ``Decision`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``status``: ``str``, required
    * ``enabled_rules``: ``list[str]``
    * ``hard_failures``: ``list[Violation]``
    * ``reason``: ``str``
    * ``soft_failures``: ``list[Violation]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    status: str
    enabled_rules: list[str] | None = None
    hard_failures: list[Violation] | None = None
    reason: str | None = None
    soft_failures: list[Violation] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Decision:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("status")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "status", p, e, "string", True, False)
        v1 = g("enabled_rules")
        if v1 is not None:
            v1 = _C_enabled_rules.parse(v1, p + ".enabled_rules" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "enabled_rules", p, e, False, False)
        v2 = g("hard_failures")
        if v2 is not None:
            v2 = _C_hard_failures.parse(v2, p + ".hard_failures" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "hard_failures", p, e, False, False)
        v3 = g("reason")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "reason", p, e, "string", False, False)
        v4 = g("soft_failures")
        if v4 is not None:
            v4 = _C_soft_failures.parse(v4, p + ".soft_failures" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "soft_failures", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.status = v0
        o.enabled_rules = v1
        o.hard_failures = v2
        o.reason = v3
        o.soft_failures = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Decision,
    (
        _m.FieldSpec("status", "status", _m.STRING, required=True),
        _m.FieldSpec("enabled_rules", "enabled_rules", _C_enabled_rules),
        _m.FieldSpec("hard_failures", "hard_failures", _C_hard_failures),
        _m.FieldSpec("reason", "reason", _m.STRING),
        _m.FieldSpec("soft_failures", "soft_failures", _C_soft_failures),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Decision._additional_ = _m.ANY
Decision._input_additional_ = None
_KEYS = Decision._keys_
