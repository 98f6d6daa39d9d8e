"""Generated string enum ``PipelineTriggerType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["PipelineTriggerType"]


class PipelineTriggerType(OpenEnum):
    """Values of ``PipelineTriggerType``.  Unknown values load as members with ``is_known == False``."""

    SCHEDULED_PIPELINE = "scheduled_pipeline"
    EXPLICIT = "explicit"
    API = "api"
    WEBHOOK = "webhook"
