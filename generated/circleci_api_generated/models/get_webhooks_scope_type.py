"""Generated string enum ``GetWebhooksScopeType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["GetWebhooksScopeType"]


class GetWebhooksScopeType(OpenEnum):
    """Values of ``GetWebhooksScopeType``.  Unknown values load as members with ``is_known == False``."""

    PROJECT = "project"
