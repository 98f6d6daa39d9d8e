"""Generated string enum ``JobStatus``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["JobStatus"]


class JobStatus(OpenEnum):
    """Values of ``JobStatus``.  Unknown values load as members with ``is_known == False``."""

    SUCCESS = "success"
    RUNNING = "running"
    NOT_RUN = "not_run"
    FAILED = "failed"
    RETRIED = "retried"
    QUEUED = "queued"
    NOT_RUNNING = "not_running"
    INFRASTRUCTURE_FAIL = "infrastructure_fail"
    TIMEDOUT = "timedout"
    ON_HOLD = "on_hold"
    TERMINATED_UNKNOWN = "terminated-unknown"
    BLOCKED = "blocked"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"
