"""GET /project/{project_slug}"""

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

    from ...models.project import Project

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/project/{project_slug}",
    responses={
        200: _m.model("circleci_api_generated.models.project", "Project"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Project:
    """Get a project

    GET /project/{project_slug}

    Args:
        project_slug (str | ProjectSlug): required, path.
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
                project_slug,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Project]:
    """Get a project

    GET /project/{project_slug}

    Args:
        project_slug (str | ProjectSlug): required, path.
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
                project_slug,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
