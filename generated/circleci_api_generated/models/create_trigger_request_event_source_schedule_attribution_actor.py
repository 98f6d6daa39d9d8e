"""Generated string enum ``CreateTriggerRequestEventSourceScheduleAttributionActor``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateTriggerRequestEventSourceScheduleAttributionActor"]


class CreateTriggerRequestEventSourceScheduleAttributionActor(OpenEnum):
    """Values of ``CreateTriggerRequestEventSourceScheduleAttributionActor``.  Unknown values load as members with ``is_known == False``."""

    CURRENT = "current"
    SYSTEM = "system"
