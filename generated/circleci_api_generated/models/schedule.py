"""Generated from the OpenAPI schema of ``Schedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .monthly_timetable import MonthlyTimetable
    from .user import User
    from .weekly_timetable import WeeklyTimetable

__all__ = ["Schedule"]


class Schedule(_m.Model):
    """A ``Schedule`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    timetable: _m.Field[WeeklyTimetable | MonthlyTimetable] = _m.Field(
        "timetable",
        _m.union(
            _m.model("circleci_api_generated.models.weekly_timetable", "WeeklyTimetable"),
            _m.model("circleci_api_generated.models.monthly_timetable", "MonthlyTimetable"),
        ),
        required=True,
    )
    updated_at: _m.Field[datetime.datetime] = _m.Field("updated-at", _m.DATETIME, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created-at", _m.DATETIME, required=True)
    project_slug: _m.Field[str] = _m.Field("project-slug", _m.STRING, required=True)
    parameters: _m.Field[dict[str, int | str | bool]] = _m.Field(
        "parameters", _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN)), required=True
    )
    actor: _m.Field[User] = _m.Field(
        "actor", _m.model("circleci_api_generated.models.user", "User"), required=True
    )
    description: _m.Field[str | None] = _m.Field("description", _m.STRING, required=True, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        timetable: WeeklyTimetable | Mapping[str, Any] | MonthlyTimetable | Mapping[str, Any],
        updated_at: datetime.datetime | str,
        name: str,
        created_at: datetime.datetime | str,
        project_slug: str,
        parameters: Mapping[str, int | str | bool],
        actor: User | Mapping[str, Any],
        description: str | None,
    ) -> None:
        self._init(
            {
                "id": id,
                "timetable": timetable,
                "updated_at": updated_at,
                "name": name,
                "created_at": created_at,
                "project_slug": project_slug,
                "parameters": parameters,
                "actor": actor,
                "description": description,
            }
        )
