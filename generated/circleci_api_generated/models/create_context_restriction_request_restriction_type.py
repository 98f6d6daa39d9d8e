"""Generated string enum ``CreateContextRestrictionRequestRestrictionType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateContextRestrictionRequestRestrictionType"]


class CreateContextRestrictionRequestRestrictionType(OpenEnum):
    """Values of ``CreateContextRestrictionRequestRestrictionType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
    EXPRESSION = "expression"
    GROUP = "group"
