"""Generated string enum ``ProjectVcsInfoProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ProjectVcsInfoProvider"]


class ProjectVcsInfoProvider(OpenEnum):
    """Values of ``ProjectVcsInfoProvider``.  Unknown values load as members with ``is_known == False``."""

    BITBUCKET = "Bitbucket"
    CIRCLECI = "CircleCI"
    GITHUB = "GitHub"
