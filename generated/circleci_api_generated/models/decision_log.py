"""Generated from the OpenAPI schema of ``DecisionLog``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .decision import Decision
    from .decision_log_metadata import DecisionLogMetadata

__all__ = ["DecisionLog"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_decision = _m.model("circleci_api_generated.models.decision", "Decision")
_C_metadata = _m.model("circleci_api_generated.models.decision_log_metadata", "DecisionLogMetadata")
_C_policies = _m.map_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class DecisionLog(_m.Model):
    """A ``DecisionLog`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``created_at``: ``datetime.datetime``
    * ``decision``: ``Decision``
    * ``id``: ``str``
    * ``metadata``: ``DecisionLogMetadata``
    * ``policies``: ``dict[str, str]``
    * ``time_taken_ms``: ``int``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    created_at: datetime.datetime | None = None
    decision: Decision | None = None
    id: str | None = None
    metadata: DecisionLogMetadata | None = None
    policies: dict[str, str] | None = None
    time_taken_ms: int | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> DecisionLog:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("created_at")
        if v0.__class__ is str:
            try:
                v0 = _fromiso(v0)
            except ValueError:
                v0 = _m.bad_datetime(v0, p, "created_at", e)
            else:
                if e is not None and v0.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "created_at", p, e, "date-time string", False, False)
        v1 = g("decision")
        if v1.__class__ is dict:
            v1 = (_C_decision._model or _C_decision.model)._parse(
                v1, p + ".decision" if e is not None else "", e
            )
        elif v1 is not None:
            v1 = _C_decision.parse(v1, p + ".decision" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "decision", p, e, False, False)
        v2 = g("id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "id", p, e, "string", False, False)
        v3 = g("metadata")
        if v3.__class__ is dict:
            v3 = (_C_metadata._model or _C_metadata.model)._parse(
                v3, p + ".metadata" if e is not None else "", e
            )
        elif v3 is not None:
            v3 = _C_metadata.parse(v3, p + ".metadata" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metadata", p, e, False, False)
        v4 = g("policies")
        if v4 is not None:
            v4 = _C_policies.parse(v4, p + ".policies" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "policies", p, e, False, False)
        v5 = g("time_taken_ms")
        if v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "time_taken_ms", p, e, "integer", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.created_at = v0
        o.decision = v1
        o.id = v2
        o.metadata = v3
        o.policies = v4
        o.time_taken_ms = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    DecisionLog,
    (
        _m.FieldSpec("created_at", "created_at", _m.DATETIME),
        _m.FieldSpec("decision", "decision", _C_decision),
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("metadata", "metadata", _C_metadata),
        _m.FieldSpec("policies", "policies", _C_policies),
        _m.FieldSpec("time_taken_ms", "time_taken_ms", _m.INTEGER),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
DecisionLog._additional_ = _m.ANY
DecisionLog._input_additional_ = None
_KEYS = DecisionLog._keys_
