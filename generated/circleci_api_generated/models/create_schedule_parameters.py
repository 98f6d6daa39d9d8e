"""Generated from the OpenAPI schema of ``CreateScheduleParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_schedule_parameters_attribution_actor import CreateScheduleParametersAttributionActor

if TYPE_CHECKING:
    from .monthly_timetable import MonthlyTimetable
    from .weekly_timetable import WeeklyTimetable

__all__ = ["CreateScheduleParameters"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_timetable = _m.union(
    _m.model("circleci_api_generated.models.weekly_timetable", "WeeklyTimetable"),
    _m.model("circleci_api_generated.models.monthly_timetable", "MonthlyTimetable"),
)
_C_parameters = _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateScheduleParameters(_m.Model):
    """A ``CreateScheduleParameters`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``timetable``: ``WeeklyTimetable | MonthlyTimetable``, required
    * ``attribution_actor`` (``attribution-actor``): ``CreateScheduleParametersAttributionActor``, required
    * ``parameters``: ``dict[str, int | str | bool]``, required
    * ``description``: ``str``, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    timetable: WeeklyTimetable | MonthlyTimetable
    attribution_actor: CreateScheduleParametersAttributionActor
    parameters: dict[str, int | str | bool]
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateScheduleParameters:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("timetable")
        if v1 is not None:
            v1 = _C_timetable.parse(v1, p + ".timetable" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "timetable", p, e, True, False)
        v2 = g("attribution-actor")
        if v2.__class__ is str:
            m = CreateScheduleParametersAttributionActor._value2member_map_.get(v2)
            v2 = (
                m
                if m is not None
                else _m.unknown_enum(CreateScheduleParametersAttributionActor, v2, p, "attribution-actor", e)
            )
        elif v2 is not None or e is not None:
            v2 = _m.bad(
                v2,
                d,
                "attribution-actor",
                p,
                e,
                "CreateScheduleParametersAttributionActor string",
                True,
                False,
            )
        v3 = g("parameters")
        if v3 is not None:
            v3 = _C_parameters.parse(v3, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, True, False)
        v4 = g("description")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "description", p, e, "string", False, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.timetable = v1
        o.attribution_actor = v2
        o.parameters = v3
        o.description = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateScheduleParameters,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("timetable", "timetable", _C_timetable, required=True),
        _m.FieldSpec(
            "attribution_actor",
            "attribution-actor",
            _m.enum_of(CreateScheduleParametersAttributionActor),
            required=True,
        ),
        _m.FieldSpec("parameters", "parameters", _C_parameters, required=True),
        _m.FieldSpec("description", "description", _m.STRING, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CreateScheduleParameters._additional_ = _m.ANY
CreateScheduleParameters._input_additional_ = None
_KEYS = CreateScheduleParameters._keys_
