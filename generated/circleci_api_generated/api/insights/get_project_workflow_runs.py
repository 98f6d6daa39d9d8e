"""GET /insights/{project_slug}/workflows/{workflow_name}"""

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

    from ...models.workflow_runs_page_items_item import WorkflowRunsPageItemsItem

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/insights/{project_slug}/workflows/{workflow_name}",
    responses={
        200: _m.model("circleci_api_generated.models.workflow_runs_page", "WorkflowRunsPage"),
    },
    page_items="items",
    page_token_param="page-token",
)


def _request(
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    all_branches: bool | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
            "workflow_name": workflow_name,
        },
        query=_e.query_params(
            {
                "all-branches": all_branches,
                "branch": branch,
                "page-token": page_token,
                "start-date": start_date,
                "end-date": end_date,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    all_branches: bool | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> SyncPaginator[WorkflowRunsPageItemsItem]:
    """Get recent runs of a workflow

    GET /insights/{project_slug}/workflows/{workflow_name}

    Args:
        project_slug (str | ProjectSlug): required, path.
        workflow_name (str): required, path.
        all_branches (bool): optional, query all-branches; None or leaving it out omits it.
        branch (str): optional, query branch; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        start_date (datetime.datetime | str): optional, query start-date; None or leaving it out omits it.
        end_date (datetime.datetime | str): optional, query end-date; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``WorkflowRunsPageItemsItem`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            project_slug,
            workflow_name,
            all_branches=all_branches,
            branch=branch,
            page_token=page_token,
            start_date=start_date,
            end_date=end_date,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    all_branches: bool | None | Unset = UNSET,
    branch: str | None | Unset = UNSET,
    page_token: str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> AsyncPaginator[WorkflowRunsPageItemsItem]:
    """Get recent runs of a workflow

    GET /insights/{project_slug}/workflows/{workflow_name}

    Args:
        project_slug (str | ProjectSlug): required, path.
        workflow_name (str): required, path.
        all_branches (bool): optional, query all-branches; None or leaving it out omits it.
        branch (str): optional, query branch; None or leaving it out omits it.
        page_token (str): optional, query page-token; None or leaving it out omits it.
        start_date (datetime.datetime | str): optional, query start-date; None or leaving it out omits it.
        end_date (datetime.datetime | str): optional, query end-date; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        A paginator over ``WorkflowRunsPageItemsItem`` items: iterating it fetches every page.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return caller.paginate(
        ENDPOINT,
        _request(
            project_slug,
            workflow_name,
            all_branches=all_branches,
            branch=branch,
            page_token=page_token,
            start_date=start_date,
            end_date=end_date,
        ),
        _o.request_options(extra_headers, extra_query, timeout),
    )
