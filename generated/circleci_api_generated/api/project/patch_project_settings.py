"""PATCH /project/{provider}/{organization}/{project}/settings"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.project_settings import ProjectSettings
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
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
    advanced: ProjectSettingsAdvanced | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        ProjectSettings,
        {
            "advanced": advanced,
        },
    )
    return _e.RequestParts(
        path_params={
            **_e.split_project_slug(project_slug),
        },
        query=_e.query_params({}),
        json=body,
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    advanced: ProjectSettingsAdvanced | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> ProjectSettings:
    """Update project settings

    PATCH /project/{provider}/{organization}/{project}/settings

    Args:
        project_slug (str | ProjectSlug): required, path; ``vcs/org/repo`` such as ``gh/acme/api``.
        advanced (ProjectSettingsAdvanced | _m.Model | Mapping[str, Any]): optional, body field advanced; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ProjectSettings``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "ProjectSettings",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                advanced=advanced,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    advanced: ProjectSettingsAdvanced | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, ProjectSettings]:
    """Update project settings

    PATCH /project/{provider}/{organization}/{project}/settings

    Args:
        project_slug (str | ProjectSlug): required, path; ``vcs/org/repo`` such as ``gh/acme/api``.
        advanced (ProjectSettingsAdvanced | _m.Model | Mapping[str, Any]): optional, body field advanced; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ProjectSettings``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, ProjectSettings]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                advanced=advanced,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
