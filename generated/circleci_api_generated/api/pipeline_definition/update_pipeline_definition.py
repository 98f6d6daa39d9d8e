"""PATCH /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.update_pipeline_definition_request import UpdatePipelineDefinitionRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.pipeline_definition import PipelineDefinition
    from ...models.update_pipeline_definition_request_checkout_source import (
        UpdatePipelineDefinitionRequestCheckoutSource,
    )
    from ...models.update_pipeline_definition_request_config_source import (
        UpdatePipelineDefinitionRequestConfigSource,
    )

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="PATCH",
    path="/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}",
    responses={
        200: _m.model("circleci_api_generated.models.pipeline_definition", "PipelineDefinition"),
    },
)


def _request(
    project_id: str,
    pipeline_definition_id: str,
    *,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    config_source: UpdatePipelineDefinitionRequestConfigSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    checkout_source: UpdatePipelineDefinitionRequestCheckoutSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        UpdatePipelineDefinitionRequest,
        {
            "name": name,
            "description": description,
            "config_source": config_source,
            "checkout_source": checkout_source,
        },
    )
    return _e.RequestParts(
        path_params={
            "project_id": project_id,
            "pipeline_definition_id": pipeline_definition_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    project_id: str,
    pipeline_definition_id: str,
    *,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    config_source: UpdatePipelineDefinitionRequestConfigSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    checkout_source: UpdatePipelineDefinitionRequestCheckoutSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> PipelineDefinition:
    """Update pipeline definition

    PATCH /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}

    Args:
        project_id (str): required, path.
        pipeline_definition_id (str): required, path.
        name (str): optional, body field name; None or leaving it out omits it.
        description (str): optional, body field description; None or leaving it out omits it.
        config_source (UpdatePipelineDefinitionRequestConfigSource | _m.Model | Mapping[str, Any]): optional, body field config_source; None or leaving it out omits it.
        checkout_source (UpdatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any]): optional, body field checkout_source; None or leaving it out omits it.
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
                pipeline_definition_id,
                name=name,
                description=description,
                config_source=config_source,
                checkout_source=checkout_source,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_id: str,
    pipeline_definition_id: str,
    *,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    config_source: UpdatePipelineDefinitionRequestConfigSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    checkout_source: UpdatePipelineDefinitionRequestCheckoutSource
    | _m.Model
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, PipelineDefinition]:
    """Update pipeline definition

    PATCH /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}

    Args:
        project_id (str): required, path.
        pipeline_definition_id (str): required, path.
        name (str): optional, body field name; None or leaving it out omits it.
        description (str): optional, body field description; None or leaving it out omits it.
        config_source (UpdatePipelineDefinitionRequestConfigSource | _m.Model | Mapping[str, Any]): optional, body field config_source; None or leaving it out omits it.
        checkout_source (UpdatePipelineDefinitionRequestCheckoutSource | _m.Model | Mapping[str, Any]): optional, body field checkout_source; None or leaving it out omits it.
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
                pipeline_definition_id,
                name=name,
                description=description,
                config_source=config_source,
                checkout_source=checkout_source,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
