"""Generated string enum ``CreateWebhookRequestScopeType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateWebhookRequestScopeType"]


class CreateWebhookRequestScopeType(OpenEnum):
    """Values of ``CreateWebhookRequestScopeType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
