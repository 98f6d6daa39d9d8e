"""Generated string enum ``JobRequiresAdditionalPropertyItem``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["JobRequiresAdditionalPropertyItem"]


class JobRequiresAdditionalPropertyItem(OpenEnum):
    """Values of ``JobRequiresAdditionalPropertyItem``.  Unknown values load as members with ``is_known == False``."""

    SUCCESS = "success"
    NOT_RUN = "not_run"
    FAILED = "failed"
    CANCELED = "canceled"
    UNAUTHORIZED = "unauthorized"
