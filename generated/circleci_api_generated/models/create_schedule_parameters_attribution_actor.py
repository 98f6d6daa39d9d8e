"""Generated string enum ``CreateScheduleParametersAttributionActor``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateScheduleParametersAttributionActor"]


class CreateScheduleParametersAttributionActor(OpenEnum):
    """Values of ``CreateScheduleParametersAttributionActor``.  Unknown values load as members with ``is_known == False``."""

    CURRENT = "current"
    SYSTEM = "system"
