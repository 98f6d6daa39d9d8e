"""POST /projects/{project_id}/rollback"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.rollback_project_request import RollbackProjectRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.rollback_project_response import RollbackProjectResponse

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/projects/{project_id}/rollback",
    responses={
        202: _m.model("circleci_api_generated.models.rollback_project_response", "RollbackProjectResponse"),
    },
)


def _request(
    project_id: str,
    *,
    component_name: str,
    current_version: str,
    environment_name: str,
    target_version: str,
    namespace: str | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    reason: str | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        RollbackProjectRequest,
        {
            "component_name": component_name,
            "current_version": current_version,
            "environment_name": environment_name,
            "target_version": target_version,
            "namespace": namespace,
            "parameters": parameters,
            "reason": reason,
        },
    )
    return _e.RequestParts(
        path_params={
            "project_id": project_id,
        },
        query=_e.query_params({}),
        json=body,
    )


def sync(
    caller: SyncCaller,
    project_id: str,
    *,
    component_name: str,
    current_version: str,
    environment_name: str,
    target_version: str,
    namespace: str | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    reason: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> RollbackProjectResponse:
    """Rollback a project

    POST /projects/{project_id}/rollback

    Args:
        project_id (str): required, path.
        component_name (str): required, body field component_name.
        current_version (str): required, body field current_version.
        environment_name (str): required, body field environment_name.
        target_version (str): required, body field target_version.
        namespace (str): optional, body field namespace; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        reason (str): optional, body field reason; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``RollbackProjectResponse``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "RollbackProjectResponse",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                component_name=component_name,
                current_version=current_version,
                environment_name=environment_name,
                target_version=target_version,
                namespace=namespace,
                parameters=parameters,
                reason=reason,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_id: str,
    *,
    component_name: str,
    current_version: str,
    environment_name: str,
    target_version: str,
    namespace: str | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    reason: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, RollbackProjectResponse]:
    """Rollback a project

    POST /projects/{project_id}/rollback

    Args:
        project_id (str): required, path.
        component_name (str): required, body field component_name.
        current_version (str): required, body field current_version.
        environment_name (str): required, body field environment_name.
        target_version (str): required, body field target_version.
        namespace (str): optional, body field namespace; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        reason (str): optional, body field reason; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``RollbackProjectResponse``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, RollbackProjectResponse]",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                component_name=component_name,
                current_version=current_version,
                environment_name=environment_name,
                target_version=target_version,
                namespace=namespace,
                parameters=parameters,
                reason=reason,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
