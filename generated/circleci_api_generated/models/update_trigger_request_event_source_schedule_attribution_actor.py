"""Generated string enum ``UpdateTriggerRequestEventSourceScheduleAttributionActor``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UpdateTriggerRequestEventSourceScheduleAttributionActor"]


class UpdateTriggerRequestEventSourceScheduleAttributionActor(OpenEnum):
    """Values of ``UpdateTriggerRequestEventSourceScheduleAttributionActor``.  Unknown values load as members with ``is_known == False``."""

    CURRENT = "current"
    SYSTEM = "system"
