"""Generated string enum ``JobType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["JobType"]


class JobType(OpenEnum):
    """Values of ``JobType``.  Unknown values load as members with ``is_known == False``."""

    BUILD = "build"
    APPROVAL = "approval"
