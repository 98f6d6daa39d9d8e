"""Generated string enum ``PipelineWarningsItemType``; values the spec does not list still parse."""

from circleci_api._models import OpenEnum

__all__ = ["PipelineWarningsItemType"]


class PipelineWarningsItemType(OpenEnum):
    """Values of ``PipelineWarningsItemType``.  Unknown values load as members with ``is_known == False``."""

    CONFIG_DEPRECATED_SYNTAX = "config-deprecated-syntax"
