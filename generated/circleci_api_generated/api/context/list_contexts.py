"""GET /context"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.list_contexts_owner_type import ListContextsOwnerType
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.pagination import AsyncPaginator, SyncPaginator

    from ...models.context import Context

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/context",
    responses={
        200: _m.model("circleci_api_generated.models.context_list", "ContextList"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    *,
    owner_id: str | uuid.UUID | None | Unset = UNSET,
    owner_slug: str | None | Unset = UNSET,
    owner_type: ListContextsOwnerType | str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={},
        query=_e.query_params(
            {
                "owner-id": owner_id,
                "owner-slug": owner_slug,
                "owner-type": owner_type,
                "page-token": page_token,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    *,
    owner_id: str | uuid.UUID | None | Unset = UNSET,
    owner_slug: str | None | Unset = UNSET,
    owner_type: ListContextsOwnerType | str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[Context]:
    """List contexts

    GET /context

    Args:
        owner_id (str | uuid.UUID): optional, query owner-id; None or leaving it out omits it.
        owner_slug (str): optional, query owner-slug; None or leaving it out omits it.
        owner_type (ListContextsOwnerType | str): optional, query owner-type; one of "account", "organization"; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Context`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            owner_id=owner_id,
            owner_slug=owner_slug,
            owner_type=owner_type,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    *,
    owner_id: str | uuid.UUID | None | Unset = UNSET,
    owner_slug: str | None | Unset = UNSET,
    owner_type: ListContextsOwnerType | str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[Context]:
    """List contexts

    GET /context

    Args:
        owner_id (str | uuid.UUID): optional, query owner-id; None or leaving it out omits it.
        owner_slug (str): optional, query owner-slug; None or leaving it out omits it.
        owner_type (ListContextsOwnerType | str): optional, query owner-type; one of "account", "organization"; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Context`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            owner_id=owner_id,
            owner_slug=owner_slug,
            owner_type=owner_type,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
