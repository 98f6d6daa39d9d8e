"""GET /deploy/environments"""

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

    from ...models.environment import Environment

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/deploy/environments",
    responses={
        200: _m.model("circleci_api_generated.models.environment_list", "EnvironmentList"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    *,
    org_id: str | uuid.UUID,
    page_size: int,
    page_token: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={},
        query=_e.query_params(
            {
                "org-id": org_id,
                "page-size": page_size,
                "page-token": page_token,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    *,
    org_id: str | uuid.UUID,
    page_size: int,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[Environment]:
    """List Environments

    GET /deploy/environments

    Args:
        org_id (str | uuid.UUID): required, query org-id.
        page_size (int): required, query page-size.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Environment`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            org_id=org_id,
            page_size=page_size,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    *,
    org_id: str | uuid.UUID,
    page_size: int,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[Environment]:
    """List Environments

    GET /deploy/environments

    Args:
        org_id (str | uuid.UUID): required, query org-id.
        page_size (int): required, query page-size.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Environment`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            org_id=org_id,
            page_size=page_size,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
