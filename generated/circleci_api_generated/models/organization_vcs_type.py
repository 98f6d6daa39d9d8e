"""Generated string enum ``OrganizationVcsType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["OrganizationVcsType"]


class OrganizationVcsType(OpenEnum):
    """Values of ``OrganizationVcsType``.  Unknown values load as members with ``is_known == False``."""

    GITHUB = "github"
    BITBUCKET = "bitbucket"
    CIRCLECI = "circleci"
