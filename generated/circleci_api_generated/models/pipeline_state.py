"""Generated string enum ``PipelineState``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["PipelineState"]


class PipelineState(OpenEnum):
    """Values of ``PipelineState``.  Unknown values load as members with ``is_known == False``."""

    CREATED = "created"
    ERRORED = "errored"
    SETUP_PENDING = "setup-pending"
    SETUP = "setup"
    PENDING = "pending"
