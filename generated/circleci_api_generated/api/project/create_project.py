"""POST /organization/{org_slug_or_id}/project"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_project_request import CreateProjectRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.project import Project

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/organization/{org_slug_or_id}/project",
    responses={
        200: _m.model("circleci_api_generated.models.project", "Project"),
    },
)


def _request(
    org_slug_or_id: str,
    *,
    name: str,
) -> _e.RequestParts:
    body = _m.body(
        CreateProjectRequest,
        {
            "name": name,
        },
    )
    return _e.RequestParts(
        path_params={
            "org_slug_or_id": org_slug_or_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    org_slug_or_id: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Project:
    """Create a new project

    POST /organization/{org_slug_or_id}/project

    Args:
        org_slug_or_id (str): required, path.
        name (str): required, body field name.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Project``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Project",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_slug_or_id: str,
    *,
    name: str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Project]:
    """Create a new project

    POST /organization/{org_slug_or_id}/project

    Args:
        org_slug_or_id (str): required, path.
        name (str): required, body field name.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Project``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Project]",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
