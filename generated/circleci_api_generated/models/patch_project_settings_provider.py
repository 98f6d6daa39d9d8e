"""Generated string enum ``PatchProjectSettingsProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["PatchProjectSettingsProvider"]


class PatchProjectSettingsProvider(OpenEnum):
    """Values of ``PatchProjectSettingsProvider``.  Unknown values load as members with ``is_known == False``."""

    GITHUB = "github"
    GH = "gh"
    BITBUCKET = "bitbucket"
    BB = "bb"
    CIRCLECI = "circleci"
