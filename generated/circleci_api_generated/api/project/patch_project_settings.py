"""PATCH /project/{provider}/{organization}/{project}/settings"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401

from ...models.project_settings import ProjectSettings
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.project_settings import ProjectSettings
    from ...models.project_settings_advanced import ProjectSettingsAdvanced

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="PATCH",
    path="/project/{provider}/{organization}/{project}/settings",
    responses={
        200: _m.model("circleci_api_generated.models.project_settings", "ProjectSettings"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    advanced: ProjectSettingsAdvanced | Mapping[str, Any] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = ProjectSettings(
        advanced=advanced,
    )
    return _e.RequestParts(
        path_params={
            **_e.split_project_slug(project_slug),
        },
        query=_e.query_params({}),
        json=body.raw_json,
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    advanced: ProjectSettingsAdvanced | Mapping[str, Any] | None | Unset = UNSET,
) -> ProjectSettings:
    """Update project settings"""
    return cast(
        "ProjectSettings",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                advanced=advanced,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    advanced: ProjectSettingsAdvanced | Mapping[str, Any] | None | Unset = UNSET,
) -> ProjectSettings:
    """Update project settings"""
    return cast(
        "ProjectSettings",
        await caller.call(
            ENDPOINT,
            _request(
                project_slug,
                advanced=advanced,
            ),
        ),
    )
