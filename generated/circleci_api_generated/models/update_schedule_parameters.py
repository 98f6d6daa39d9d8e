"""Generated from the OpenAPI schema of ``UpdateScheduleParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .update_schedule_parameters_attribution_actor import UpdateScheduleParametersAttributionActor

if TYPE_CHECKING:
    from .update_schedule_parameters_timetable import UpdateScheduleParametersTimetable

__all__ = ["UpdateScheduleParameters"]


class UpdateScheduleParameters(_m.Model):
    """A ``UpdateScheduleParameters`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    description: _m.Field[str | None] = _m.Field("description", _m.STRING, nullable=True)
    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    timetable: _m.Field[UpdateScheduleParametersTimetable | None] = _m.Field(
        "timetable",
        _m.model(
            "circleci_api_generated.models.update_schedule_parameters_timetable",
            "UpdateScheduleParametersTimetable",
        ),
    )
    attribution_actor: _m.Field[UpdateScheduleParametersAttributionActor | None] = _m.Field(
        "attribution-actor", _m.enum_of(UpdateScheduleParametersAttributionActor)
    )
    parameters: _m.Field[dict[str, int | str | bool] | None] = _m.Field(
        "parameters", _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        timetable: UpdateScheduleParametersTimetable | Mapping[str, Any] | None | Unset = UNSET,
        attribution_actor: UpdateScheduleParametersAttributionActor | str | None | Unset = UNSET,
        parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "description": description,
                "name": name,
                "timetable": timetable,
                "attribution_actor": attribution_actor,
                "parameters": parameters,
            }
        )
