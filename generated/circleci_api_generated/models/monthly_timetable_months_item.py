"""Generated string enum ``MonthlyTimetableMonthsItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["MonthlyTimetableMonthsItem"]


class MonthlyTimetableMonthsItem(OpenEnum):
    """Values of ``MonthlyTimetableMonthsItem``.  Unknown values load as members with ``is_known == False``."""

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
