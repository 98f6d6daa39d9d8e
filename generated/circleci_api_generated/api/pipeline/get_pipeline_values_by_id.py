"""GET /pipeline/{pipeline_id}/values"""

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

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/pipeline/{pipeline_id}/values",
    responses={
        200: _m.map_of(_m.union(_m.STRING, _m.INTEGER, _m.BOOLEAN)),
    },
)


def _request(
    pipeline_id: str | uuid.UUID,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "pipeline_id": pipeline_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    pipeline_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> dict[str, str | int | bool]:
    """Get pipeline values for a pipeline

    GET /pipeline/{pipeline_id}/values

    Args:
        pipeline_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``dict[str, str | int | bool]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "dict[str, str | int | bool]",
        caller.call(
            ENDPOINT,
            _request(
                pipeline_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    pipeline_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, dict[str, str | int | bool]]:
    """Get pipeline values for a pipeline

    GET /pipeline/{pipeline_id}/values

    Args:
        pipeline_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``dict[str, str | int | bool]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, dict[str, str | int | bool]]",
        caller.call(
            ENDPOINT,
            _request(
                pipeline_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
