"""GET /deploy/environments/{environment_id}"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.environment import Environment

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/deploy/environments/{environment_id}",
    responses={
        200: _m.model("circleci_api_generated.models.environment", "Environment"),
    },
)


def _request(
    environment_id: str | uuid.UUID,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "environment_id": environment_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    environment_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Environment:
    """Get Environment

    GET /deploy/environments/{environment_id}

    Args:
        environment_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Environment``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Environment",
        caller.call(
            ENDPOINT,
            _request(
                environment_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    environment_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Environment]:
    """Get Environment

    GET /deploy/environments/{environment_id}

    Args:
        environment_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Environment``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Environment]",
        caller.call(
            ENDPOINT,
            _request(
                environment_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
