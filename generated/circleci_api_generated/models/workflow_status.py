"""Generated string enum ``WorkflowStatus``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WorkflowStatus"]


class WorkflowStatus(OpenEnum):
    """Values of ``WorkflowStatus``.  Unknown values load as members with ``is_known == False``."""

    SUCCESS = "success"
    RUNNING = "running"
    NOT_RUN = "not_run"
    FAILED = "failed"
    ERROR = "error"
    FAILING = "failing"
    ON_HOLD = "on_hold"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"
