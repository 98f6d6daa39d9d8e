"""Generated string enum ``GithubAppConfigSourceProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["GithubAppConfigSourceProvider"]


class GithubAppConfigSourceProvider(OpenEnum):
    """Values of ``GithubAppConfigSourceProvider``.  Unknown values load as members with ``is_known == False``."""

    GITHUB_APP = "github_app"
    GITHUB_SERVER = "github_server"
