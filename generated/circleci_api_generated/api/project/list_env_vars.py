"""GET /project/{project_slug}/envvar"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.environment_variable_list_response import EnvironmentVariableListResponse

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/project/{project_slug}/envvar",
    responses={
        200: _m.model(
            "circleci_api_generated.models.environment_variable_list_response",
            "EnvironmentVariableListResponse",
        ),
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
) -> EnvironmentVariableListResponse:
    """List all environment variables"""
    return cast(
        "EnvironmentVariableListResponse",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
) -> EnvironmentVariableListResponse:
    """List all environment variables"""
    return cast(
        "EnvironmentVariableListResponse",
        await caller.call(
            ENDPOINT,
            _request(
                project_slug,
            ),
        ),
    )
