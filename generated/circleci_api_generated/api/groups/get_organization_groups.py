"""GET /organizations/{org_id}/groups"""

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

    from ...models.group import Group

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/organizations/{org_id}/groups",
    responses={
        200: _m.model("circleci_api_generated.models.group_list", "GroupList"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    org_id: str,
    *,
    limit: int | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "org_id": org_id,
        },
        query=_e.query_params(
            {
                "limit": limit,
                "page-token": page_token,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    org_id: str,
    *,
    limit: int | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[Group]:
    """Groups in an organization

    GET /organizations/{org_id}/groups

    Args:
        org_id (str): required, path.
        limit (int): optional, query limit; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Group`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            org_id,
            limit=limit,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    org_id: str,
    *,
    limit: int | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[Group]:
    """Groups in an organization

    GET /organizations/{org_id}/groups

    Args:
        org_id (str): required, path.
        limit (int): optional, query limit; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Group`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            org_id,
            limit=limit,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
