"""Generated string enum ``CircleCIConfigSourceProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CircleCIConfigSourceProvider"]


class CircleCIConfigSourceProvider(OpenEnum):
    """Values of ``CircleCIConfigSourceProvider``.  Unknown values load as members with ``is_known == False``."""

    CIRCLECI = "circleci"
