"""Generated string enum ``WorkflowTag``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["WorkflowTag"]


class WorkflowTag(OpenEnum):
    """Values of ``WorkflowTag``.  Unknown values load as members with ``is_known == False``."""

    SETUP = "setup"
