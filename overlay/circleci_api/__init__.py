"""A typed Python client for the CircleCI API v2.

    from circleci_api import CircleCI

    with CircleCI() as client:  # token from CIRCLECI_TOKEN (or CIRCLE_TOKEN)
        pipeline = client.pipelines.get("5034460f-c7c4-4c43-9457-de07e2029e7b")

Names are imported lazily, so ``import circleci_api`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from circleci_api._version import __version__

if TYPE_CHECKING:
    from circleci_api._client import AsyncCircleCI, CircleCI
    from circleci_api._config import RetryPolicy
    from circleci_api._models import UNSET, Unset
    from circleci_api._options import RequestOptions
    from circleci_api._raw import RawResponse
    from circleci_api._spec import SPEC_INFO
    from circleci_api.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CircleCIError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ResponseValidationError,
        UnprocessableEntityError,
        UsageExportFailed,
        WaitTimeoutError,
    )
    from circleci_api.pagination import AsyncPaginator, Page, SyncPaginator
    from circleci_api.ratelimit import RateLimit
    from circleci_api.slugs import ProjectSlug

_LAZY: dict[str, str] = {
    "CircleCI": "circleci_api._client",
    "AsyncCircleCI": "circleci_api._client",
    "RetryPolicy": "circleci_api._config",
    "UNSET": "circleci_api._models",
    "Unset": "circleci_api._models",
    "SPEC_INFO": "circleci_api._spec",
    "ProjectSlug": "circleci_api.slugs",
    "SyncPaginator": "circleci_api.pagination",
    "AsyncPaginator": "circleci_api.pagination",
    "Page": "circleci_api.pagination",
    "RateLimit": "circleci_api.ratelimit",
    "RawResponse": "circleci_api._raw",
    "RequestOptions": "circleci_api._options",
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "CircleCIError",
            "ConfigurationError",
            "ConflictError",
            "InternalServerError",
            "NotFoundError",
            "PaginationError",
            "PermissionDeniedError",
            "RateLimitError",
            "RequestValidationError",
            "ResponseValidationError",
            "UnprocessableEntityError",
            "UsageExportFailed",
            "WaitTimeoutError",
        ),
        "circleci_api.errors",
    ),
}

__all__ = [
    "SPEC_INFO",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCircleCI",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "CircleCI",
    "CircleCIError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "ProjectSlug",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "RequestValidationError",
    "ResponseValidationError",
    "RetryPolicy",
    "SyncPaginator",
    "UnprocessableEntityError",
    "Unset",
    "UsageExportFailed",
    "WaitTimeoutError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'circleci_api' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
