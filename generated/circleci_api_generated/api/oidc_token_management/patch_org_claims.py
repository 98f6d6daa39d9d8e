"""PATCH /org/{org_id}/oidc-custom-claims"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.patch_claims_request import PatchClaimsRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.claim_response import ClaimResponse

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="PATCH",
    path="/org/{org_id}/oidc-custom-claims",
    responses={
        200: _m.model("circleci_api_generated.models.claim_response", "ClaimResponse"),
    },
)


def _request(
    org_id: str | uuid.UUID,
    *,
    audience: Sequence[str] | None | Unset = UNSET,
    ttl: str | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        PatchClaimsRequest,
        {
            "audience": audience,
            "ttl": ttl,
        },
    )
    return _e.RequestParts(
        path_params={
            "org_id": org_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    org_id: str | uuid.UUID,
    *,
    audience: Sequence[str] | None | Unset = UNSET,
    ttl: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> ClaimResponse:
    """Patch org-level claims

    PATCH /org/{org_id}/oidc-custom-claims

    Args:
        org_id (str | uuid.UUID): required, path.
        audience (Sequence[str]): optional, body field audience; None or leaving it out omits it.
        ttl (str): optional, body field ttl; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ClaimResponse``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "ClaimResponse",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                audience=audience,
                ttl=ttl,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_id: str | uuid.UUID,
    *,
    audience: Sequence[str] | None | Unset = UNSET,
    ttl: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, ClaimResponse]:
    """Patch org-level claims

    PATCH /org/{org_id}/oidc-custom-claims

    Args:
        org_id (str | uuid.UUID): required, path.
        audience (Sequence[str]): optional, body field audience; None or leaving it out omits it.
        ttl (str): optional, body field ttl; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``ClaimResponse``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, ClaimResponse]",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                audience=audience,
                ttl=ttl,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
