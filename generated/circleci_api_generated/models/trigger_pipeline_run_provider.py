"""Generated string enum ``TriggerPipelineRunProvider``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["TriggerPipelineRunProvider"]


class TriggerPipelineRunProvider(OpenEnum):
    """Values of ``TriggerPipelineRunProvider``.  Unknown values load as members with ``is_known == False``."""

    GITHUB = "github"
    GH = "gh"
    BITBUCKET = "bitbucket"
    BB = "bb"
    CIRCLECI = "circleci"
