"""GET /deploy/components/{component_id}/versions"""

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
    from circleci_api.pagination import AsyncPaginator, SyncPaginator

    from ...models.component_version import ComponentVersion

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/deploy/components/{component_id}/versions",
    responses={
        200: _m.model("circleci_api_generated.models.component_version_list", "ComponentVersionList"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    component_id: str,
    *,
    environment_id: str | uuid.UUID | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "component_id": component_id,
        },
        query=_e.query_params(
            {
                "environment-id": environment_id,
                "page-token": page_token,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    component_id: str,
    *,
    environment_id: str | uuid.UUID | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[ComponentVersion]:
    """List Component Versions

    GET /deploy/components/{component_id}/versions

    Args:
        component_id (str): required, path.
        environment_id (str | uuid.UUID): optional, query environment-id; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``ComponentVersion`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            component_id,
            environment_id=environment_id,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    component_id: str,
    *,
    environment_id: str | uuid.UUID | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[ComponentVersion]:
    """List Component Versions

    GET /deploy/components/{component_id}/versions

    Args:
        component_id (str): required, path.
        environment_id (str | uuid.UUID): optional, query environment-id; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``ComponentVersion`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            component_id,
            environment_id=environment_id,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
