"""GET /insights/{org_slug}/summary"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.get_org_summary_data_reporting_window import GetOrgSummaryDataReportingWindow
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.org_insights_summary import OrgInsightsSummary

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/insights/{org_slug}/summary",
    responses={
        200: _m.model("circleci_api_generated.models.org_insights_summary", "OrgInsightsSummary"),
    },
)


def _request(
    org_slug: str,
    *,
    reporting_window: GetOrgSummaryDataReportingWindow | str | None | Unset = UNSET,
    project_names: Sequence[str] | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "org_slug": org_slug,
        },
        query=_e.query_params(
            {
                "reporting-window": reporting_window,
                "project-names": project_names,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    org_slug: str,
    *,
    reporting_window: GetOrgSummaryDataReportingWindow | str | None | Unset = UNSET,
    project_names: Sequence[str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> OrgInsightsSummary:
    """Get summary metrics with trends for the entire org, and for each project.

    GET /insights/{org_slug}/summary

    Args:
        org_slug (str): required, path.
        reporting_window (GetOrgSummaryDataReportingWindow | str): optional, query reporting-window; one of "last-7-days", "last-90-days", "last-24-hours", "last-30-days", "last-60-days"; None or leaving it out omits it.
        project_names (Sequence[str]): optional, query project-names; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``OrgInsightsSummary``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "OrgInsightsSummary",
        caller.call(
            ENDPOINT,
            _request(
                org_slug,
                reporting_window=reporting_window,
                project_names=project_names,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_slug: str,
    *,
    reporting_window: GetOrgSummaryDataReportingWindow | str | None | Unset = UNSET,
    project_names: Sequence[str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, OrgInsightsSummary]:
    """Get summary metrics with trends for the entire org, and for each project.

    GET /insights/{org_slug}/summary

    Args:
        org_slug (str): required, path.
        reporting_window (GetOrgSummaryDataReportingWindow | str): optional, query reporting-window; one of "last-7-days", "last-90-days", "last-24-hours", "last-30-days", "last-60-days"; None or leaving it out omits it.
        project_names (Sequence[str]): optional, query project-names; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``OrgInsightsSummary``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, OrgInsightsSummary]",
        caller.call(
            ENDPOINT,
            _request(
                org_slug,
                reporting_window=reporting_window,
                project_names=project_names,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
