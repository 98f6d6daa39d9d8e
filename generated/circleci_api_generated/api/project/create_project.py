"""POST /organization/{org_slug_or_id}/project"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401

from ...models.create_project_request import CreateProjectRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
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
) -> Project:
    """Create a new project"""
    return cast(
        "Project",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    org_slug_or_id: str,
    *,
    name: str,
) -> Project:
    """Create a new project"""
    return cast(
        "Project",
        await caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
            ),
        ),
    )
