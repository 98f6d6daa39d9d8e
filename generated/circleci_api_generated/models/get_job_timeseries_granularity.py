"""Generated string enum ``GetJobTimeseriesGranularity``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["GetJobTimeseriesGranularity"]


class GetJobTimeseriesGranularity(OpenEnum):
    """Values of ``GetJobTimeseriesGranularity``.  Unknown values load as members with ``is_known == False``."""

    DAILY = "daily"
    HOURLY = "hourly"
