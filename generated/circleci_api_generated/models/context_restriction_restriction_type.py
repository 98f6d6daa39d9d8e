"""Generated string enum ``ContextRestrictionRestrictionType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ContextRestrictionRestrictionType"]


class ContextRestrictionRestrictionType(OpenEnum):
    """Values of ``ContextRestrictionRestrictionType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
    EXPRESSION = "expression"
    GROUP = "group"
