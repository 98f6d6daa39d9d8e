"""Generated string enum ``UpdateScheduleParametersAttributionActor``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UpdateScheduleParametersAttributionActor"]


class UpdateScheduleParametersAttributionActor(OpenEnum):
    """Values of ``UpdateScheduleParametersAttributionActor``.  Unknown values load as members with ``is_known == False``."""

    CURRENT = "current"
    SYSTEM = "system"
