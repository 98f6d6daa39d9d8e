"""Generated string enum ``PipelineErrorsItemType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["PipelineErrorsItemType"]


class PipelineErrorsItemType(OpenEnum):
    """Values of ``PipelineErrorsItemType``.  Unknown values load as members with ``is_known == False``."""

    CONFIG = "config"
    INVALID_TRIGGER_SETUP = "invalid-trigger-setup"
    CONFIG_FETCH = "config-fetch"
    TIMEOUT = "timeout"
    PERMISSION = "permission"
    OTHER = "other"
    TRIGGER_RULE = "trigger-rule"
    PLAN = "plan"
