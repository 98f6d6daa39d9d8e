"""POST /organization/{org_slug_or_id}/url-orb-allow-list"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_url_orb_allow_list_entry_request import CreateUrlOrbAllowListEntryRequest
from ...models.create_url_orb_allow_list_entry_request_auth import CreateUrlOrbAllowListEntryRequestAuth
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.url_orb_allow_list_entry_result import UrlOrbAllowListEntryResult

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/organization/{org_slug_or_id}/url-orb-allow-list",
    responses={
        200: _m.model(
            "circleci_api_generated.models.url_orb_allow_list_entry_result", "UrlOrbAllowListEntryResult"
        ),
    },
)


def _request(
    org_slug_or_id: str,
    *,
    name: str,
    prefix: Any | None,
    auth: CreateUrlOrbAllowListEntryRequestAuth | str,
) -> _e.RequestParts:
    body = _m.body(
        CreateUrlOrbAllowListEntryRequest,
        {
            "name": name,
            "prefix": prefix,
            "auth": auth,
        },
    )
    return _e.RequestParts(
        path_params={
            "org_slug_or_id": org_slug_or_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    org_slug_or_id: str,
    *,
    name: str,
    prefix: Any | None,
    auth: CreateUrlOrbAllowListEntryRequestAuth | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> UrlOrbAllowListEntryResult:
    """Create a new URL Orb allow-list entry

    POST /organization/{org_slug_or_id}/url-orb-allow-list

    Args:
        org_slug_or_id (str): required, path.
        name (str): required, body field name.
        prefix (Any): required, body field prefix.
        auth (CreateUrlOrbAllowListEntryRequestAuth | str): required, body field auth; one of "github-oauth", "none", "bitbucket-oauth", "github-app".
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``UrlOrbAllowListEntryResult``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "UrlOrbAllowListEntryResult",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
                prefix=prefix,
                auth=auth,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_slug_or_id: str,
    *,
    name: str,
    prefix: Any | None,
    auth: CreateUrlOrbAllowListEntryRequestAuth | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, UrlOrbAllowListEntryResult]:
    """Create a new URL Orb allow-list entry

    POST /organization/{org_slug_or_id}/url-orb-allow-list

    Args:
        org_slug_or_id (str): required, path.
        name (str): required, body field name.
        prefix (Any): required, body field prefix.
        auth (CreateUrlOrbAllowListEntryRequestAuth | str): required, body field auth; one of "github-oauth", "none", "bitbucket-oauth", "github-app".
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``UrlOrbAllowListEntryResult``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, UrlOrbAllowListEntryResult]",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
                name=name,
                prefix=prefix,
                auth=auth,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
