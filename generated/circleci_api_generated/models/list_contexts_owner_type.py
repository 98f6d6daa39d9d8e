"""Generated string enum ``ListContextsOwnerType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ListContextsOwnerType"]


class ListContextsOwnerType(OpenEnum):
    """Values of ``ListContextsOwnerType``.  Unknown values load as members with ``is_known == False``."""

    ACCOUNT = "account"
    ORGANIZATION = "organization"
