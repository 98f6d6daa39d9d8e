"""Generated string enum ``UrlOrbAllowListItemsItemAuth``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["UrlOrbAllowListItemsItemAuth"]


class UrlOrbAllowListItemsItemAuth(OpenEnum):
    """Values of ``UrlOrbAllowListItemsItemAuth``.  Unknown values load as members with ``is_known == False``."""

    GITHUB_OAUTH = "github-oauth"
    NONE = "none"
    BITBUCKET_OAUTH = "bitbucket-oauth"
    GITHUB_APP = "github-app"
