"""Generated string enum ``CheckoutKeyCheckoutKeyType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CheckoutKeyCheckoutKeyType"]


class CheckoutKeyCheckoutKeyType(OpenEnum):
    """Values of ``CheckoutKeyCheckoutKeyType``.  Unknown values load as members with ``is_known == False``."""

    DEPLOY_KEY = "deploy-key"
    GITHUB_USER_KEY = "github-user-key"
