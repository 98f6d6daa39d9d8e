"""Generated string enum ``ContextOwnerByIdType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ContextOwnerByIdType"]


class ContextOwnerByIdType(OpenEnum):
    """Values of ``ContextOwnerByIdType``.  Unknown values load as members with ``is_known == False``."""

    ACCOUNT = "account"
    ORGANIZATION = "organization"
