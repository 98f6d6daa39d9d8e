"""GET /deploy/components/{component_id}/versions"""

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

    from ...models.component_version_list import ComponentVersionList

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/deploy/components/{component_id}/versions",
    responses={
        200: _m.model("circleci_api_generated.models.component_version_list", "ComponentVersionList"),
    },
)


def _request(
    component_id: str,
    *,
    environment_id: str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "component_id": component_id,
        },
        query=_e.query_params(
            {
                "environment-id": environment_id,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    component_id: str,
    *,
    environment_id: str | None | Unset = UNSET,
) -> ComponentVersionList:
    """List Component Versions"""
    return cast(
        "ComponentVersionList",
        caller.call(
            ENDPOINT,
            _request(
                component_id,
                environment_id=environment_id,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    component_id: str,
    *,
    environment_id: str | None | Unset = UNSET,
) -> ComponentVersionList:
    """List Component Versions"""
    return cast(
        "ComponentVersionList",
        await caller.call(
            ENDPOINT,
            _request(
                component_id,
                environment_id=environment_id,
            ),
        ),
    )
