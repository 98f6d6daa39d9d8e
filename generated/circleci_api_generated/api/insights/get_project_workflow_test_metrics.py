"""GET /insights/{project_slug}/workflows/{workflow_name}/test-metrics"""

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
    from circleci_api.slugs import ProjectSlug

    from ...models.workflow_test_metrics import WorkflowTestMetrics

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/insights/{project_slug}/workflows/{workflow_name}/test-metrics",
    responses={
        200: _m.model("circleci_api_generated.models.workflow_test_metrics", "WorkflowTestMetrics"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    all_branches: bool | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
            "workflow_name": workflow_name,
        },
        query=_e.query_params(
            {
                "branch": branch,
                "all-branches": all_branches,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    all_branches: bool | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> WorkflowTestMetrics:
    """Get test metrics for a project's workflows

    GET /insights/{project_slug}/workflows/{workflow_name}/test-metrics

    Args:
        project_slug (str | ProjectSlug): required, path.
        workflow_name (str): required, path.
        branch (str): optional, query branch; None or leaving it out omits it.
        all_branches (bool): optional, query all-branches; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``WorkflowTestMetrics``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "WorkflowTestMetrics",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                workflow_name,
                branch=branch,
                all_branches=all_branches,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    all_branches: bool | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, WorkflowTestMetrics]:
    """Get test metrics for a project's workflows

    GET /insights/{project_slug}/workflows/{workflow_name}/test-metrics

    Args:
        project_slug (str | ProjectSlug): required, path.
        workflow_name (str): required, path.
        branch (str): optional, query branch; None or leaving it out omits it.
        all_branches (bool): optional, query all-branches; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``WorkflowTestMetrics``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, WorkflowTestMetrics]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                workflow_name,
                branch=branch,
                all_branches=all_branches,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
