"""Generated from the OpenAPI schema of ``CreateScheduleParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_schedule_parameters_attribution_actor import CreateScheduleParametersAttributionActor

if TYPE_CHECKING:
    from .monthly_timetable import MonthlyTimetable
    from .weekly_timetable import WeeklyTimetable

__all__ = ["CreateScheduleParameters"]


class CreateScheduleParameters(_m.Model):
    """A ``CreateScheduleParameters`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    timetable: _m.Field[WeeklyTimetable | MonthlyTimetable] = _m.Field(
        "timetable",
        _m.union(
            _m.model("circleci_api_generated.models.weekly_timetable", "WeeklyTimetable"),
            _m.model("circleci_api_generated.models.monthly_timetable", "MonthlyTimetable"),
        ),
        required=True,
    )
    attribution_actor: _m.Field[CreateScheduleParametersAttributionActor] = _m.Field(
        "attribution-actor", _m.enum_of(CreateScheduleParametersAttributionActor), required=True
    )
    parameters: _m.Field[dict[str, int | str | bool]] = _m.Field(
        "parameters", _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN)), required=True
    )
    description: _m.Field[str | None] = _m.Field("description", _m.STRING, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        timetable: WeeklyTimetable | Mapping[str, Any] | MonthlyTimetable | Mapping[str, Any],
        attribution_actor: CreateScheduleParametersAttributionActor | str,
        parameters: Mapping[str, int | str | bool],
        description: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "timetable": timetable,
                "attribution_actor": attribution_actor,
                "parameters": parameters,
                "description": description,
            }
        )
