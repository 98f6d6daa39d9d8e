"""POST /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_trigger_request import CreateTriggerRequest
from ...models.trigger_event_preset import TriggerEventPreset
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.create_trigger_request_event_source import CreateTriggerRequestEventSource
    from ...models.trigger import Trigger

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers",
    responses={
        200: _m.model("circleci_api_generated.models.trigger", "Trigger"),
    },
)


def _request(
    project_id: str,
    pipeline_definition_id: str,
    *,
    event_source: CreateTriggerRequestEventSource | _m.Model | Mapping[str, Any],
    event_preset: TriggerEventPreset | str | None | Unset = UNSET,
    checkout_ref: str | None | Unset = UNSET,
    config_ref: str | None | Unset = UNSET,
    event_name: str | None | Unset = UNSET,
    disabled: bool | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateTriggerRequest,
        {
            "event_source": event_source,
            "event_preset": event_preset,
            "checkout_ref": checkout_ref,
            "config_ref": config_ref,
            "event_name": event_name,
            "disabled": disabled,
            "parameters": parameters,
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
    event_source: CreateTriggerRequestEventSource | _m.Model | Mapping[str, Any],
    event_preset: TriggerEventPreset | str | None | Unset = UNSET,
    checkout_ref: str | None | Unset = UNSET,
    config_ref: str | None | Unset = UNSET,
    event_name: str | None | Unset = UNSET,
    disabled: bool | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Trigger:
    """Create trigger

    POST /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers

    Args:
        project_id (str): required, path.
        pipeline_definition_id (str): required, path.
        event_source (CreateTriggerRequestEventSource | _m.Model | Mapping[str, Any]): required, body field event_source.
        event_preset (TriggerEventPreset | str): optional, body field event_preset; one of "all-pushes", "only-tags", "default-branch-pushes", "only-build-prs", "only-open-prs", "only-labeled-prs", "only-merged-prs", "only-ready-for-review-prs", "only-branch-delete", "only-build-pushes-to-non-draft-prs", "only-merged-or-closed-prs", "pr-comment-equals-run-ci", "non-draft-pr-opened", "pushes-to-merge-queues"; None or leaving it out omits it.
        checkout_ref (str): optional, body field checkout_ref; None or leaving it out omits it.
        config_ref (str): optional, body field config_ref; None or leaving it out omits it.
        event_name (str): optional, body field event_name; None or leaving it out omits it.
        disabled (bool): optional, body field disabled; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Trigger``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Trigger",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                pipeline_definition_id,
                event_source=event_source,
                event_preset=event_preset,
                checkout_ref=checkout_ref,
                config_ref=config_ref,
                event_name=event_name,
                disabled=disabled,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_id: str,
    pipeline_definition_id: str,
    *,
    event_source: CreateTriggerRequestEventSource | _m.Model | Mapping[str, Any],
    event_preset: TriggerEventPreset | str | None | Unset = UNSET,
    checkout_ref: str | None | Unset = UNSET,
    config_ref: str | None | Unset = UNSET,
    event_name: str | None | Unset = UNSET,
    disabled: bool | None | Unset = UNSET,
    parameters: Mapping[str, Any] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Trigger]:
    """Create trigger

    POST /projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers

    Args:
        project_id (str): required, path.
        pipeline_definition_id (str): required, path.
        event_source (CreateTriggerRequestEventSource | _m.Model | Mapping[str, Any]): required, body field event_source.
        event_preset (TriggerEventPreset | str): optional, body field event_preset; one of "all-pushes", "only-tags", "default-branch-pushes", "only-build-prs", "only-open-prs", "only-labeled-prs", "only-merged-prs", "only-ready-for-review-prs", "only-branch-delete", "only-build-pushes-to-non-draft-prs", "only-merged-or-closed-prs", "pr-comment-equals-run-ci", "non-draft-pr-opened", "pushes-to-merge-queues"; None or leaving it out omits it.
        checkout_ref (str): optional, body field checkout_ref; None or leaving it out omits it.
        config_ref (str): optional, body field config_ref; None or leaving it out omits it.
        event_name (str): optional, body field event_name; None or leaving it out omits it.
        disabled (bool): optional, body field disabled; None or leaving it out omits it.
        parameters (Mapping[str, Any]): optional, body field parameters; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Trigger``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Trigger]",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
                pipeline_definition_id,
                event_source=event_source,
                event_preset=event_preset,
                checkout_ref=checkout_ref,
                config_ref=config_ref,
                event_name=event_name,
                disabled=disabled,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
