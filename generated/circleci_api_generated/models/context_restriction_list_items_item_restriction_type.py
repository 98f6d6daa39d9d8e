"""Generated string enum ``ContextRestrictionListItemsItemRestrictionType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ContextRestrictionListItemsItemRestrictionType"]


class ContextRestrictionListItemsItemRestrictionType(OpenEnum):
    """Values of ``ContextRestrictionListItemsItemRestrictionType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
    EXPRESSION = "expression"
    GROUP = "group"
