"""Generated string enum ``MonthlyTimetableDaysOfWeekItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["MonthlyTimetableDaysOfWeekItem"]


class MonthlyTimetableDaysOfWeekItem(OpenEnum):
    """Values of ``MonthlyTimetableDaysOfWeekItem``.  Unknown values load as members with ``is_known == False``."""

    TUE = "TUE"
    SAT = "SAT"
    SUN = "SUN"
    MON = "MON"
    THU = "THU"
    WED = "WED"
    FRI = "FRI"
