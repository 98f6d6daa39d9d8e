"""Generated string enum ``UpdateScheduleParametersTimetableMonthsItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UpdateScheduleParametersTimetableMonthsItem"]


class UpdateScheduleParametersTimetableMonthsItem(OpenEnum):
    """Values of ``UpdateScheduleParametersTimetableMonthsItem``.  Unknown values load as members with ``is_known == False``."""

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
