"""Generated string enum ``WeeklyTimetableDaysOfWeekItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WeeklyTimetableDaysOfWeekItem"]


class WeeklyTimetableDaysOfWeekItem(OpenEnum):
    """Values of ``WeeklyTimetableDaysOfWeekItem``.  Unknown values load as members with ``is_known == False``."""

    TUE = "TUE"
    SAT = "SAT"
    SUN = "SUN"
    MON = "MON"
    THU = "THU"
    WED = "WED"
    FRI = "FRI"
