"""Generated string enum ``WebhookEventsItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WebhookEventsItem"]


class WebhookEventsItem(OpenEnum):
    """Values of ``WebhookEventsItem``.  Unknown values load as members with ``is_known == False``."""

    WORKFLOW_COMPLETED = "workflow-completed"
    JOB_COMPLETED = "job-completed"
