"""Generated string enum ``CreateWebhookScopeType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateWebhookScopeType"]


class CreateWebhookScopeType(OpenEnum):
    """Values of ``CreateWebhookScopeType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
