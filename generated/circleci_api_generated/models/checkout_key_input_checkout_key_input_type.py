"""Generated string enum ``CheckoutKeyInputCheckoutKeyInputType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CheckoutKeyInputCheckoutKeyInputType"]


class CheckoutKeyInputCheckoutKeyInputType(OpenEnum):
    """Values of ``CheckoutKeyInputCheckoutKeyInputType``.  Unknown values load as members with ``is_known == False``."""

    USER_KEY = "user-key"
    DEPLOY_KEY = "deploy-key"
