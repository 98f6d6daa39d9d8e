"""Generated string enum ``UpdateScheduleParametersTimetableDaysOfWeekItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UpdateScheduleParametersTimetableDaysOfWeekItem"]


class UpdateScheduleParametersTimetableDaysOfWeekItem(OpenEnum):
    """Values of ``UpdateScheduleParametersTimetableDaysOfWeekItem``.  Unknown values load as members with ``is_known == False``."""

    TUE = "TUE"
    SAT = "SAT"
    SUN = "SUN"
    MON = "MON"
    THU = "THU"
    WED = "WED"
    FRI = "FRI"
