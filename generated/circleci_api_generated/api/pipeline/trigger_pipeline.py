"""POST /project/{project_slug}/pipeline"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.trigger_pipeline_parameters import TriggerPipelineParameters
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.pipeline_creation import PipelineCreation

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/project/{project_slug}/pipeline",
    responses={
        201: _m.model("circleci_api_generated.models.pipeline_creation", "PipelineCreation"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    branch: str | None | Unset = UNSET,
    tag: str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        TriggerPipelineParameters,
        {
            "branch": branch,
            "tag": tag,
            "parameters": parameters,
        },
    )
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    branch: str | None | Unset = UNSET,
    tag: str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> PipelineCreation:
    """Trigger a new pipeline

    POST /project/{project_slug}/pipeline

    Args:
        project_slug (str | ProjectSlug): required, path.
        branch (str): optional, body field branch; None or leaving it out omits it.
        tag (str): optional, body field tag; None or leaving it out omits it.
        parameters (Mapping[str, int | str | bool]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``PipelineCreation``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "PipelineCreation",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                branch=branch,
                tag=tag,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    branch: str | None | Unset = UNSET,
    tag: str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, PipelineCreation]:
    """Trigger a new pipeline

    POST /project/{project_slug}/pipeline

    Args:
        project_slug (str | ProjectSlug): required, path.
        branch (str): optional, body field branch; None or leaving it out omits it.
        tag (str): optional, body field tag; None or leaving it out omits it.
        parameters (Mapping[str, int | str | bool]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``PipelineCreation``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, PipelineCreation]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                branch=branch,
                tag=tag,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
