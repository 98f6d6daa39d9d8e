"""Generated string enum ``WorkflowStatus``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WorkflowStatus"]


class WorkflowStatus(OpenEnum):
    """Values of ``WorkflowStatus``.  Unknown values load as members with ``is_known == False``."""

    SUCCESS = "success"
    CANCELED = "canceled"
    ERROR = "error"
    FAILED = "failed"
    FAILING = "failing"
    NOT_RUN = "not_run"
    ON_HOLD = "on_hold"
    RUNNING = "running"
    UNAUTHORIZED = "unauthorized"
