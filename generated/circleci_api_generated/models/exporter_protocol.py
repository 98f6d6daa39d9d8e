"""Generated string enum ``ExporterProtocol``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["ExporterProtocol"]


class ExporterProtocol(OpenEnum):
    """Values of ``ExporterProtocol``.  Unknown values load as members with ``is_known == False``."""

    GRPC = "grpc"
    HTTP = "http"
