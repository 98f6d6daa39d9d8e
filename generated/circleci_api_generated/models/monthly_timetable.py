"""Generated from the OpenAPI schema of ``MonthlyTimetable``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .monthly_timetable_days_of_week_item import MonthlyTimetableDaysOfWeekItem
from .monthly_timetable_months_item import MonthlyTimetableMonthsItem

__all__ = ["MonthlyTimetable"]


class MonthlyTimetable(_m.Model):
    """A ``MonthlyTimetable`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    per_hour: _m.Field[int] = _m.Field("per-hour", _m.INTEGER, required=True)
    hours_of_day: _m.Field[list[int]] = _m.Field("hours-of-day", _m.list_of(_m.INTEGER), required=True)
    days_of_month: _m.Field[list[int]] = _m.Field("days-of-month", _m.list_of(_m.INTEGER), required=True)
    days_of_week: _m.Field[list[MonthlyTimetableDaysOfWeekItem] | None] = _m.Field(
        "days-of-week", _m.list_of(_m.enum_of(MonthlyTimetableDaysOfWeekItem))
    )
    months: _m.Field[list[MonthlyTimetableMonthsItem] | None] = _m.Field(
        "months", _m.list_of(_m.enum_of(MonthlyTimetableMonthsItem))
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        per_hour: int,
        hours_of_day: Sequence[int],
        days_of_month: Sequence[int],
        days_of_week: Sequence[MonthlyTimetableDaysOfWeekItem | str] | None | Unset = UNSET,
        months: Sequence[MonthlyTimetableMonthsItem | str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "per_hour": per_hour,
                "hours_of_day": hours_of_day,
                "days_of_month": days_of_month,
                "days_of_week": days_of_week,
                "months": months,
            }
        )
