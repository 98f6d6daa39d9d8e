"""Generated string enum ``GetProjectSettingsProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["GetProjectSettingsProvider"]


class GetProjectSettingsProvider(OpenEnum):
    """Values of ``GetProjectSettingsProvider``.  Unknown values load as members with ``is_known == False``."""

    GITHUB = "github"
    GH = "gh"
    BITBUCKET = "bitbucket"
    BB = "bb"
    CIRCLECI = "circleci"
