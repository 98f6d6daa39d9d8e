"""Generated from the OpenAPI schema of ``UpdateScheduleParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .update_schedule_parameters_attribution_actor import UpdateScheduleParametersAttributionActor

if TYPE_CHECKING:
    from .update_schedule_parameters_timetable import UpdateScheduleParametersTimetable

__all__ = ["UpdateScheduleParameters"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_timetable = _m.model(
    "circleci_api_generated.models.update_schedule_parameters_timetable", "UpdateScheduleParametersTimetable"
)
_C_parameters = _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UpdateScheduleParameters(_m.Model):
    """A ``UpdateScheduleParameters`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``description``: ``str``, may be null
    * ``name``: ``str``
    * ``timetable``: ``UpdateScheduleParametersTimetable``
    * ``attribution_actor`` (``attribution-actor``): ``UpdateScheduleParametersAttributionActor``
    * ``parameters``: ``dict[str, int | str | bool]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    description: str | None | Unset = UNSET
    name: str | None = None
    timetable: UpdateScheduleParametersTimetable | None = None
    attribution_actor: UpdateScheduleParametersAttributionActor | None = None
    parameters: dict[str, int | str | bool] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> UpdateScheduleParameters:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("description")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "description", p, e, "string", False, True)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", False, False)
        v2 = g("timetable")
        if v2.__class__ is dict:
            v2 = (_C_timetable._model or _C_timetable.model)._parse(
                v2, p + ".timetable" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_timetable.parse(v2, p + ".timetable" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "timetable", p, e, False, False)
        v3 = g("attribution-actor")
        if v3.__class__ is str:
            m = UpdateScheduleParametersAttributionActor._value2member_map_.get(v3)
            v3 = (
                m
                if m is not None
                else _m.unknown_enum(UpdateScheduleParametersAttributionActor, v3, p, "attribution-actor", e)
            )
        elif v3 is not None or e is not None:
            v3 = _m.bad(
                v3,
                d,
                "attribution-actor",
                p,
                e,
                "UpdateScheduleParametersAttributionActor string",
                False,
                False,
            )
        v4 = g("parameters")
        if v4 is not None:
            v4 = _C_parameters.parse(v4, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.description = v0
        o.name = v1
        o.timetable = v2
        o.attribution_actor = v3
        o.parameters = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UpdateScheduleParameters,
    (
        _m.FieldSpec("description", "description", _m.STRING, nullable=True),
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("timetable", "timetable", _C_timetable),
        _m.FieldSpec(
            "attribution_actor", "attribution-actor", _m.enum_of(UpdateScheduleParametersAttributionActor)
        ),
        _m.FieldSpec("parameters", "parameters", _C_parameters),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
UpdateScheduleParameters._additional_ = _m.ANY
UpdateScheduleParameters._input_additional_ = None
_KEYS = UpdateScheduleParameters._keys_
