"""GET /owner/{owner_id}/context/{context}/decision/{decision_id}"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.decision_log import DecisionLog

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/owner/{owner_id}/context/{context}/decision/{decision_id}",
    responses={
        200: _m.model("circleci_api_generated.models.decision_log", "DecisionLog"),
    },
)


def _request(
    owner_id: str,
    context: str,
    decision_id: str,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "owner_id": owner_id,
            "context": context,
            "decision_id": decision_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    owner_id: str,
    context: str,
    decision_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> DecisionLog:
    """Retrieves the owner's decision audit log by given decisionID

    GET /owner/{owner_id}/context/{context}/decision/{decision_id}

    Args:
        owner_id (str): required, path.
        context (str): required, path.
        decision_id (str): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``DecisionLog``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "DecisionLog",
        caller.call(
            ENDPOINT,
            _request(
                owner_id,
                context,
                decision_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    owner_id: str,
    context: str,
    decision_id: str,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, DecisionLog]:
    """Retrieves the owner's decision audit log by given decisionID

    GET /owner/{owner_id}/context/{context}/decision/{decision_id}

    Args:
        owner_id (str): required, path.
        context (str): required, path.
        decision_id (str): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``DecisionLog``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, DecisionLog]",
        caller.call(
            ENDPOINT,
            _request(
                owner_id,
                context,
                decision_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
