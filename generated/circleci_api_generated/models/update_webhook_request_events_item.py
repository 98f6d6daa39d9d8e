"""Generated string enum ``UpdateWebhookRequestEventsItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UpdateWebhookRequestEventsItem"]


class UpdateWebhookRequestEventsItem(OpenEnum):
    """Values of ``UpdateWebhookRequestEventsItem``.  Unknown values load as members with ``is_known == False``."""

    WORKFLOW_COMPLETED = "workflow-completed"
    JOB_COMPLETED = "job-completed"
