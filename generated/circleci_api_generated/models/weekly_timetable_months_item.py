"""Generated string enum ``WeeklyTimetableMonthsItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WeeklyTimetableMonthsItem"]


class WeeklyTimetableMonthsItem(OpenEnum):
    """Values of ``WeeklyTimetableMonthsItem``.  Unknown values load as members with ``is_known == False``."""

    MAR = "MAR"
    NOV = "NOV"
    DEC = "DEC"
    JUN = "JUN"
    MAY = "MAY"
    OCT = "OCT"
    FEB = "FEB"
    APR = "APR"
    SEP = "SEP"
    AUG = "AUG"
    JAN = "JAN"
    JUL = "JUL"
