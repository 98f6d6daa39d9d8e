"""Generated string enum ``WorkflowRunsPageItemsItemStatus``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WorkflowRunsPageItemsItemStatus"]


class WorkflowRunsPageItemsItemStatus(OpenEnum):
    """Values of ``WorkflowRunsPageItemsItemStatus``.  Unknown values load as members with ``is_known == False``."""

    SUCCESS = "success"
    FAILED = "failed"
    ERROR = "error"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"
