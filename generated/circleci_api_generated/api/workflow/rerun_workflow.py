"""POST /workflow/{id}/rerun"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.rerun_workflow_parameters import RerunWorkflowParameters
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.rerun_workflow_result import RerunWorkflowResult

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/workflow/{id}/rerun",
    responses={
        202: _m.model("circleci_api_generated.models.rerun_workflow_result", "RerunWorkflowResult"),
    },
)


def _request(
    id: str | uuid.UUID,
    *,
    enable_ssh: bool | None | Unset = UNSET,
    from_failed: bool | None | Unset = UNSET,
    jobs: Sequence[str | uuid.UUID] | None | Unset = UNSET,
    sparse_tree: bool | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        RerunWorkflowParameters,
        {
            "enable_ssh": enable_ssh,
            "from_failed": from_failed,
            "jobs": jobs,
            "sparse_tree": sparse_tree,
        },
    )
    return _e.RequestParts(
        path_params={
            "id": id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    id: str | uuid.UUID,
    *,
    enable_ssh: bool | None | Unset = UNSET,
    from_failed: bool | None | Unset = UNSET,
    jobs: Sequence[str | uuid.UUID] | None | Unset = UNSET,
    sparse_tree: bool | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> RerunWorkflowResult:
    """Rerun a workflow

    POST /workflow/{id}/rerun

    Args:
        id (str | uuid.UUID): required, path.
        enable_ssh (bool): optional, body field enable_ssh; None or leaving it out omits it.
        from_failed (bool): optional, body field from_failed; None or leaving it out omits it.
        jobs (Sequence[str | uuid.UUID]): optional, body field jobs; None or leaving it out omits it.
        sparse_tree (bool): optional, body field sparse_tree; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``RerunWorkflowResult``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "RerunWorkflowResult",
        caller.call(
            ENDPOINT,
            _request(
                id,
                enable_ssh=enable_ssh,
                from_failed=from_failed,
                jobs=jobs,
                sparse_tree=sparse_tree,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    id: str | uuid.UUID,
    *,
    enable_ssh: bool | None | Unset = UNSET,
    from_failed: bool | None | Unset = UNSET,
    jobs: Sequence[str | uuid.UUID] | None | Unset = UNSET,
    sparse_tree: bool | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, RerunWorkflowResult]:
    """Rerun a workflow

    POST /workflow/{id}/rerun

    Args:
        id (str | uuid.UUID): required, path.
        enable_ssh (bool): optional, body field enable_ssh; None or leaving it out omits it.
        from_failed (bool): optional, body field from_failed; None or leaving it out omits it.
        jobs (Sequence[str | uuid.UUID]): optional, body field jobs; None or leaving it out omits it.
        sparse_tree (bool): optional, body field sparse_tree; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``RerunWorkflowResult``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, RerunWorkflowResult]",
        caller.call(
            ENDPOINT,
            _request(
                id,
                enable_ssh=enable_ssh,
                from_failed=from_failed,
                jobs=jobs,
                sparse_tree=sparse_tree,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
