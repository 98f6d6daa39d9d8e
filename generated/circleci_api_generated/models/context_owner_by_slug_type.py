"""Generated string enum ``ContextOwnerBySlugType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ContextOwnerBySlugType"]


class ContextOwnerBySlugType(OpenEnum):
    """Values of ``ContextOwnerBySlugType``.  Unknown values load as members with ``is_known == False``."""

    ORGANIZATION = "organization"
