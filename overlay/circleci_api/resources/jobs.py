"""``client.jobs``: the generated job operations (artifact downloads are added here)."""

from __future__ import annotations

from circleci_api_generated.resources.jobs import AsyncJobs as _AsyncJobs
from circleci_api_generated.resources.jobs import Jobs as _Jobs

__all__ = ["AsyncJobs", "Jobs"]


class Jobs(_Jobs):
    """Operations under ``client.jobs``."""


class AsyncJobs(_AsyncJobs):
    """Operations under ``client.jobs`` (async)."""
