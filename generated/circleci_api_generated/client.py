"""The HTTP client for these endpoints is ``circleci_api.CircleCI`` (and ``AsyncCircleCI``).

The generated endpoint functions take any object with the caller interface of
``circleci_api._endpoint`` as their first argument.
"""

from circleci_api._endpoint import AsyncCaller, SyncCaller

__all__ = ["AsyncCaller", "SyncCaller"]
