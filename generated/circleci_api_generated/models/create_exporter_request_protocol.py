"""Generated string enum ``CreateExporterRequestProtocol``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["CreateExporterRequestProtocol"]


class CreateExporterRequestProtocol(OpenEnum):
    """Values of ``CreateExporterRequestProtocol``.  Unknown values load as members with ``is_known == False``."""

    GRPC = "grpc"
    HTTP = "http"
