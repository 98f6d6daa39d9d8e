"""GET /insights/pages/{project_slug}/summary"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.get_project_workflows_page_data_reporting_window import (
    GetProjectWorkflowsPageDataReportingWindow,
)
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.project_insights_summary import ProjectInsightsSummary

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/insights/pages/{project_slug}/summary",
    responses={
        200: _m.model("circleci_api_generated.models.project_insights_summary", "ProjectInsightsSummary"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    reporting_window: GetProjectWorkflowsPageDataReportingWindow | str | None | Unset = UNSET,
    branches: Sequence[str] | None | Unset = UNSET,
    workflow_names: Sequence[str] | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
        },
        query=_e.query_params(
            {
                "reporting-window": reporting_window,
                "branches": branches,
                "workflow-names": workflow_names,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    reporting_window: GetProjectWorkflowsPageDataReportingWindow | str | None | Unset = UNSET,
    branches: Sequence[str] | None | Unset = UNSET,
    workflow_names: Sequence[str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> ProjectInsightsSummary:
    """Get summary metrics and trends for a project across it's workflows and branches

    GET /insights/pages/{project_slug}/summary

    Args:
        project_slug (str | ProjectSlug): required, path.
        reporting_window (GetProjectWorkflowsPageDataReportingWindow | str): optional, query reporting-window; one of "last-7-days", "last-90-days", "last-24-hours", "last-30-days", "last-60-days"; None or leaving it out omits it.
        branches (Sequence[str]): optional, query branches; None or leaving it out omits it.
        workflow_names (Sequence[str]): optional, query workflow-names; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ProjectInsightsSummary``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "ProjectInsightsSummary",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                reporting_window=reporting_window,
                branches=branches,
                workflow_names=workflow_names,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    reporting_window: GetProjectWorkflowsPageDataReportingWindow | str | None | Unset = UNSET,
    branches: Sequence[str] | None | Unset = UNSET,
    workflow_names: Sequence[str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, ProjectInsightsSummary]:
    """Get summary metrics and trends for a project across it's workflows and branches

    GET /insights/pages/{project_slug}/summary

    Args:
        project_slug (str | ProjectSlug): required, path.
        reporting_window (GetProjectWorkflowsPageDataReportingWindow | str): optional, query reporting-window; one of "last-7-days", "last-90-days", "last-24-hours", "last-30-days", "last-60-days"; None or leaving it out omits it.
        branches (Sequence[str]): optional, query branches; None or leaving it out omits it.
        workflow_names (Sequence[str]): optional, query workflow-names; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ProjectInsightsSummary``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, ProjectInsightsSummary]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                reporting_window=reporting_window,
                branches=branches,
                workflow_names=workflow_names,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
