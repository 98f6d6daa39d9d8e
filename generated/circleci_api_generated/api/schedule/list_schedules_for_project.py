"""GET /project/{project_slug}/schedule"""

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
    from circleci_api.slugs import ProjectSlug

    from ...models.schedule import Schedule

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/project/{project_slug}/schedule",
    responses={
        200: _m.model("circleci_api_generated.models.schedule_list", "ScheduleList"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    page_token: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
        },
        query=_e.query_params(
            {
                "page-token": page_token,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[Schedule]:
    """List schedule triggers

    GET /project/{project_slug}/schedule

    Args:
        project_slug (str | ProjectSlug): required, path.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Schedule`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            project_slug,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    page_token: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[Schedule]:
    """List schedule triggers

    GET /project/{project_slug}/schedule

    Args:
        project_slug (str | ProjectSlug): required, path.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``Schedule`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            project_slug,
            page_token=page_token,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
