"""``client.pipelines``: the generated pipeline operations (waiting helpers are added here)."""

from __future__ import annotations

from circleci_api_generated.resources.pipelines import AsyncPipelines as _AsyncPipelines
from circleci_api_generated.resources.pipelines import Pipelines as _Pipelines

__all__ = ["AsyncPipelines", "Pipelines"]


class Pipelines(_Pipelines):
    """Operations under ``client.pipelines``."""


class AsyncPipelines(_AsyncPipelines):
    """Operations under ``client.pipelines`` (async)."""
