"""Generated string enum ``GetProjectWorkflowsPageDataReportingWindow``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["GetProjectWorkflowsPageDataReportingWindow"]


class GetProjectWorkflowsPageDataReportingWindow(OpenEnum):
    """Values of ``GetProjectWorkflowsPageDataReportingWindow``.  Unknown values load as members with ``is_known == False``."""

    LAST_7_DAYS = "last-7-days"
    LAST_90_DAYS = "last-90-days"
    LAST_24_HOURS = "last-24-hours"
    LAST_30_DAYS = "last-30-days"
    LAST_60_DAYS = "last-60-days"
