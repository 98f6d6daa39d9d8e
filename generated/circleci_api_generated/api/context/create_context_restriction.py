"""POST /context/{context_id}/restrictions"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_context_restriction_request import CreateContextRestrictionRequest
from ...models.create_context_restriction_request_restriction_type import (
    CreateContextRestrictionRequestRestrictionType,
)
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.context_restriction import ContextRestriction

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/context/{context_id}/restrictions",
    responses={
        201: _m.model("circleci_api_generated.models.context_restriction", "ContextRestriction"),
    },
)


def _request(
    context_id: str | uuid.UUID,
    *,
    restriction_type: CreateContextRestrictionRequestRestrictionType | str | None | Unset = UNSET,
    restriction_value: str | None | Unset = UNSET,
    project_id: str | uuid.UUID | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateContextRestrictionRequest,
        {
            "restriction_type": restriction_type,
            "restriction_value": restriction_value,
            "project_id": project_id,
        },
    )
    return _e.RequestParts(
        path_params={
            "context_id": context_id,
        },
        query=_e.query_params({}),
        json=body,
    )


def sync(
    caller: SyncCaller,
    context_id: str | uuid.UUID,
    *,
    restriction_type: CreateContextRestrictionRequestRestrictionType | str | None | Unset = UNSET,
    restriction_value: str | None | Unset = UNSET,
    project_id: str | uuid.UUID | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> ContextRestriction:
    """Create context restriction

    POST /context/{context_id}/restrictions

    Args:
        context_id (str | uuid.UUID): required, path.
        restriction_type (CreateContextRestrictionRequestRestrictionType | str): optional, body field restriction_type; one of "project", "expression", "group"; None or leaving it out omits it.
        restriction_value (str): optional, body field restriction_value; None or leaving it out omits it.
        project_id (str | uuid.UUID): optional, body field project_id; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ContextRestriction``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "ContextRestriction",
        caller.call(
            ENDPOINT,
            _request(
                context_id,
                restriction_type=restriction_type,
                restriction_value=restriction_value,
                project_id=project_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    context_id: str | uuid.UUID,
    *,
    restriction_type: CreateContextRestrictionRequestRestrictionType | str | None | Unset = UNSET,
    restriction_value: str | None | Unset = UNSET,
    project_id: str | uuid.UUID | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, ContextRestriction]:
    """Create context restriction

    POST /context/{context_id}/restrictions

    Args:
        context_id (str | uuid.UUID): required, path.
        restriction_type (CreateContextRestrictionRequestRestrictionType | str): optional, body field restriction_type; one of "project", "expression", "group"; None or leaving it out omits it.
        restriction_value (str): optional, body field restriction_value; None or leaving it out omits it.
        project_id (str | uuid.UUID): optional, body field project_id; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ContextRestriction``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, ContextRestriction]",
        caller.call(
            ENDPOINT,
            _request(
                context_id,
                restriction_type=restriction_type,
                restriction_value=restriction_value,
                project_id=project_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
