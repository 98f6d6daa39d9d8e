"""Generated from the OpenAPI schema of ``MonthlyTimetable``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .monthly_timetable_days_of_week_item import MonthlyTimetableDaysOfWeekItem
from .monthly_timetable_months_item import MonthlyTimetableMonthsItem

__all__ = ["MonthlyTimetable"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_hours_of_day = _m.list_of(_m.INTEGER)
_C_days_of_month = _m.list_of(_m.INTEGER)
_C_days_of_week = _m.list_of(_m.enum_of(MonthlyTimetableDaysOfWeekItem))
_C_months = _m.list_of(_m.enum_of(MonthlyTimetableMonthsItem))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class MonthlyTimetable(_m.Model):
    """A ``MonthlyTimetable`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``per_hour`` (``per-hour``): ``int``, required
    * ``hours_of_day`` (``hours-of-day``): ``list[int]``, required
    * ``days_of_month`` (``days-of-month``): ``list[int]``, required
    * ``days_of_week`` (``days-of-week``): ``list[MonthlyTimetableDaysOfWeekItem]``
    * ``months``: ``list[MonthlyTimetableMonthsItem]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    per_hour: int
    hours_of_day: list[int]
    days_of_month: list[int]
    days_of_week: list[MonthlyTimetableDaysOfWeekItem] | None = None
    months: list[MonthlyTimetableMonthsItem] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> MonthlyTimetable:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("per-hour")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "per-hour", p, e, "integer", True, False)
        v1 = g("hours-of-day")
        if v1 is not None:
            v1 = _C_hours_of_day.parse(v1, p + ".hours-of-day" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "hours-of-day", p, e, True, False)
        v2 = g("days-of-month")
        if v2 is not None:
            v2 = _C_days_of_month.parse(v2, p + ".days-of-month" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "days-of-month", p, e, True, False)
        v3 = g("days-of-week")
        if v3 is not None:
            v3 = _C_days_of_week.parse(v3, p + ".days-of-week" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "days-of-week", p, e, False, False)
        v4 = g("months")
        if v4 is not None:
            v4 = _C_months.parse(v4, p + ".months" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "months", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.per_hour = v0
        o.hours_of_day = v1
        o.days_of_month = v2
        o.days_of_week = v3
        o.months = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    MonthlyTimetable,
    (
        _m.FieldSpec("per_hour", "per-hour", _m.INTEGER, required=True),
        _m.FieldSpec("hours_of_day", "hours-of-day", _C_hours_of_day, required=True),
        _m.FieldSpec("days_of_month", "days-of-month", _C_days_of_month, required=True),
        _m.FieldSpec("days_of_week", "days-of-week", _C_days_of_week),
        _m.FieldSpec("months", "months", _C_months),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
MonthlyTimetable._additional_ = _m.ANY
MonthlyTimetable._input_additional_ = None
_KEYS = MonthlyTimetable._keys_
