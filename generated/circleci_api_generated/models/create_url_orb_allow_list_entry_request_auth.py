"""Generated string enum ``CreateUrlOrbAllowListEntryRequestAuth``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateUrlOrbAllowListEntryRequestAuth"]


class CreateUrlOrbAllowListEntryRequestAuth(OpenEnum):
    """Values of ``CreateUrlOrbAllowListEntryRequestAuth``.  Unknown values load as members with ``is_known == False``."""

    GITHUB_OAUTH = "github-oauth"
    NONE = "none"
    BITBUCKET_OAUTH = "bitbucket-oauth"
    GITHUB_APP = "github-app"
