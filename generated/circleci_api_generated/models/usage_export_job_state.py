"""Generated string enum ``UsageExportJobState``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UsageExportJobState"]


class UsageExportJobState(OpenEnum):
    """Values of ``UsageExportJobState``.  Unknown values load as members with ``is_known == False``."""

    CREATED = "created"
    PROCESSING = "processing"
    FAILED = "failed"
    COMPLETED = "completed"
