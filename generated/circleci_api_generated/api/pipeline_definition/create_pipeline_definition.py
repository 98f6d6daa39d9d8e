"""POST /projects/{project_id}/pipeline-definitions"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_pipeline_definition_request import CreatePipelineDefinitionRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.circle_ci_config_source import CircleCIConfigSource
    from ...models.create_pipeline_definition_request_checkout_source import (
        CreatePipelineDefinitionRequestCheckoutSource,
    )
    from ...models.github_app_config_source import GithubAppConfigSource
    from ...models.pipeline_definition import PipelineDefinition

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/projects/{project_id}/pipeline-definitions",
    responses={
        200: _m.model("circleci_api_generated.models.pipeline_definition", "PipelineDefinition"),
    },
)


def _request(
    project_id: str,
    *,
    name: str,
    config_source: GithubAppConfigSource
    | _m.Model
    | Mapping[str, Any]
    | CircleCIConfigSource
    | _m.Model
    | Mapping[str, Any],
    checkout_source: CreatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any],
    description: str | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreatePipelineDefinitionRequest,
        {
            "name": name,
            "config_source": config_source,
            "checkout_source": checkout_source,
            "description": description,
        },
    )
    return _e.RequestParts(
        path_params={
            "project_id": project_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    project_id: str,
    *,
    name: str,
    config_source: GithubAppConfigSource
    | _m.Model
    | Mapping[str, Any]
    | CircleCIConfigSource
    | _m.Model
    | Mapping[str, Any],
    checkout_source: CreatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any],
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> PipelineDefinition:
    """Create pipeline definition

    POST /projects/{project_id}/pipeline-definitions

    Args:
        project_id (str): required, path.
        name (str): required, body field name.
        config_source (GithubAppConfigSource | _m.Model | Mapping[str, Any] | CircleCIConfigSource | _m.Model | Mapping[str, Any]): required, body field config_source.
        checkout_source (CreatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any]): required, body field checkout_source.
        description (str): optional, body field description; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``PipelineDefinition``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "PipelineDefinition",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                name=name,
                config_source=config_source,
                checkout_source=checkout_source,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_id: str,
    *,
    name: str,
    config_source: GithubAppConfigSource
    | _m.Model
    | Mapping[str, Any]
    | CircleCIConfigSource
    | _m.Model
    | Mapping[str, Any],
    checkout_source: CreatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any],
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, PipelineDefinition]:
    """Create pipeline definition

    POST /projects/{project_id}/pipeline-definitions

    Args:
        project_id (str): required, path.
        name (str): required, body field name.
        config_source (GithubAppConfigSource | _m.Model | Mapping[str, Any] | CircleCIConfigSource | _m.Model | Mapping[str, Any]): required, body field config_source.
        checkout_source (CreatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any]): required, body field checkout_source.
        description (str): optional, body field description; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``PipelineDefinition``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, PipelineDefinition]",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                name=name,
                config_source=config_source,
                checkout_source=checkout_source,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
