"""POST /project/{provider}/{organization}/{project}/pipeline/run"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.pipeline_run_request import PipelineRunRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.message_response import MessageResponse
    from ...models.pipeline_run_created import PipelineRunCreated
    from ...models.pipeline_run_request_checkout import PipelineRunRequestCheckout
    from ...models.pipeline_run_request_config import PipelineRunRequestConfig

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/project/{provider}/{organization}/{project}/pipeline/run",
    responses={
        200: _m.model("circleci_api_generated.models.message_response", "MessageResponse"),
        201: _m.model("circleci_api_generated.models.pipeline_run_created", "PipelineRunCreated"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    definition_id: str | uuid.UUID | None | Unset = UNSET,
    config: PipelineRunRequestConfig | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    checkout: PipelineRunRequestCheckout | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        PipelineRunRequest,
        {
            "definition_id": definition_id,
            "config": config,
            "checkout": checkout,
            "parameters": parameters,
        },
    )
    return _e.RequestParts(
        path_params={
            **_e.split_project_slug(project_slug),
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    definition_id: str | uuid.UUID | None | Unset = UNSET,
    config: PipelineRunRequestConfig | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    checkout: PipelineRunRequestCheckout | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> MessageResponse | PipelineRunCreated:
    """[Recommended] Trigger a new pipeline

    POST /project/{provider}/{organization}/{project}/pipeline/run

    Args:
        project_slug (str | ProjectSlug): required, path; ``vcs/org/repo`` such as ``gh/acme/api``.
        definition_id (str | uuid.UUID): optional, body field definition_id; None or leaving it out omits it.
        config (PipelineRunRequestConfig | _m.Model | Mapping[str, Any]): optional, body field config; None or leaving it out omits it.
        checkout (PipelineRunRequestCheckout | _m.Model | Mapping[str, Any]): optional, body field checkout; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``MessageResponse | PipelineRunCreated``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "MessageResponse | PipelineRunCreated",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                definition_id=definition_id,
                config=config,
                checkout=checkout,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    definition_id: str | uuid.UUID | None | Unset = UNSET,
    config: PipelineRunRequestConfig | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    checkout: PipelineRunRequestCheckout | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, MessageResponse | PipelineRunCreated]:
    """[Recommended] Trigger a new pipeline

    POST /project/{provider}/{organization}/{project}/pipeline/run

    Args:
        project_slug (str | ProjectSlug): required, path; ``vcs/org/repo`` such as ``gh/acme/api``.
        definition_id (str | uuid.UUID): optional, body field definition_id; None or leaving it out omits it.
        config (PipelineRunRequestConfig | _m.Model | Mapping[str, Any]): optional, body field config; None or leaving it out omits it.
        checkout (PipelineRunRequestCheckout | _m.Model | Mapping[str, Any]): optional, body field checkout; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``MessageResponse | PipelineRunCreated``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, MessageResponse | PipelineRunCreated]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                definition_id=definition_id,
                config=config,
                checkout=checkout,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
