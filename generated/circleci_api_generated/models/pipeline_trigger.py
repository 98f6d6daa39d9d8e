"""Generated from the OpenAPI schema of ``PipelineTrigger``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_trigger_type import PipelineTriggerType

if TYPE_CHECKING:
    from .pipeline_trigger_actor import PipelineTriggerActor

__all__ = ["PipelineTrigger"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_actor = _m.model("circleci_api_generated.models.pipeline_trigger_actor", "PipelineTriggerActor")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineTrigger(_m.Model):
    """A ``PipelineTrigger`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``type``: ``PipelineTriggerType``, required
    * ``received_at``: ``datetime.datetime``, required
    * ``actor``: ``PipelineTriggerActor``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    type: PipelineTriggerType
    received_at: datetime.datetime
    actor: PipelineTriggerActor
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineTrigger:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("type")
        if v0.__class__ is str:
            m = PipelineTriggerType._value2member_map_.get(v0)
            v0 = m if m is not None else _m.unknown_enum(PipelineTriggerType, v0, p, "type", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "type", p, e, "PipelineTriggerType string", True, False)
        v1 = g("received_at")
        if v1.__class__ is str:
            try:
                v1 = _fromiso(v1)
            except ValueError:
                v1 = _m.bad_datetime(v1, p, "received_at", e)
            else:
                if e is not None and v1.tzinfo is None:
                    _m.naive_datetime(g("received_at"), p, "received_at", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "received_at", p, e, "date-time string", True, False)
        v2 = g("actor")
        if v2.__class__ is dict:
            v2 = (_C_actor._model or _C_actor.model)._parse(v2, p + ".actor" if e is not None else "", e)
        elif v2 is not None:
            v2 = _C_actor.parse(v2, p + ".actor" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "actor", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.type = v0
        o.received_at = v1
        o.actor = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineTrigger,
    (
        _m.FieldSpec("type", "type", _m.enum_of(PipelineTriggerType), required=True),
        _m.FieldSpec("received_at", "received_at", _m.DATETIME, required=True),
        _m.FieldSpec("actor", "actor", _C_actor, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
PipelineTrigger._additional_ = _m.ANY
PipelineTrigger._input_additional_ = None
_KEYS = PipelineTrigger._keys_
