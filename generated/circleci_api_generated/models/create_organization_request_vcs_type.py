"""Generated string enum ``CreateOrganizationRequestVcsType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateOrganizationRequestVcsType"]


class CreateOrganizationRequestVcsType(OpenEnum):
    """Values of ``CreateOrganizationRequestVcsType``.  Unknown values load as members with ``is_known == False``."""

    GITHUB = "github"
    BITBUCKET = "bitbucket"
    CIRCLECI = "circleci"
