"""Generated string enum ``UsageExportJobStatusState``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UsageExportJobStatusState"]


class UsageExportJobStatusState(OpenEnum):
    """Values of ``UsageExportJobStatusState``.  Unknown values load as members with ``is_known == False``."""

    CREATED = "created"
    PROCESSING = "processing"
    FAILED = "failed"
    COMPLETED = "completed"
