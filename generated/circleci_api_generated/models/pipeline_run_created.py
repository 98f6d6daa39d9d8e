"""Generated from the OpenAPI schema of ``PipelineRunCreated``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_run_created_state import PipelineRunCreatedState

__all__ = ["PipelineRunCreated"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineRunCreated(_m.Model):
    """A ``PipelineRunCreated`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``state``: ``PipelineRunCreatedState``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``number``: ``int``, required
    * ``id``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    state: PipelineRunCreatedState
    created_at: datetime.datetime
    number: int
    id: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineRunCreated:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("state")
        if v0.__class__ is str:
            m = PipelineRunCreatedState._value2member_map_.get(v0)
            v0 = m if m is not None else _m.unknown_enum(PipelineRunCreatedState, v0, p, "state", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "state", p, e, "PipelineRunCreatedState string", True, False)
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
            v1 = _m.bad(v1, d, "created_at", p, e, "date-time string", True, False)
        v2 = g("number")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "number", p, e, "integer", True, False)
        v3 = g("id")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "id", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.state = v0
        o.created_at = v1
        o.number = v2
        o.id = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineRunCreated,
    (
        _m.FieldSpec("state", "state", _m.enum_of(PipelineRunCreatedState), required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("number", "number", _m.INTEGER, required=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
    ),
)
_KEYS = PipelineRunCreated._keys_
