"""Generated from the OpenAPI schema of ``PipelineCreation``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_creation_state import PipelineCreationState

__all__ = ["PipelineCreation"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineCreation(_m.Model):
    """A ``PipelineCreation`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``state``: ``PipelineCreationState``, required
    * ``number``: ``int``, required
    * ``created_at``: ``datetime.datetime``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    state: PipelineCreationState
    number: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineCreation:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("state")
        if v1.__class__ is str:
            m = PipelineCreationState._value2member_map_.get(v1)
            v1 = m if m is not None else _m.unknown_enum(PipelineCreationState, v1, p, "state", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "state", p, e, "PipelineCreationState string", True, False)
        v2 = g("number")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "number", p, e, "integer", True, False)
        v3 = g("created_at")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "created_at", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "created_at", p, e, "date-time string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.state = v1
        o.number = v2
        o.created_at = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineCreation,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("state", "state", _m.enum_of(PipelineCreationState), required=True),
        _m.FieldSpec("number", "number", _m.INTEGER, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
PipelineCreation._additional_ = _m.ANY
PipelineCreation._input_additional_ = None
_KEYS = PipelineCreation._keys_
