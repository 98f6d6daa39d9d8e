"""POST /organization"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_organization_request import CreateOrganizationRequest
from ...models.create_organization_request_vcs_type import CreateOrganizationRequestVcsType
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.organization import Organization

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/organization",
    responses={
        201: _m.model("circleci_api_generated.models.organization", "Organization"),
    },
)


def _request(
    *,
    name: str,
    vcs_type: CreateOrganizationRequestVcsType | str,
) -> _e.RequestParts:
    body = _m.body(
        CreateOrganizationRequest,
        {
            "name": name,
            "vcs_type": vcs_type,
        },
    )
    return _e.RequestParts(
        path_params={},
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    *,
    name: str,
    vcs_type: CreateOrganizationRequestVcsType | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Organization:
    """Create a new organization

    POST /organization

    Args:
        name (str): required, body field name.
        vcs_type (CreateOrganizationRequestVcsType | str): required, body field vcs_type; one of "github", "bitbucket", "circleci".
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Organization``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Organization",
        caller.call(
            ENDPOINT,
            _request(
                name=name,
                vcs_type=vcs_type,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    *,
    name: str,
    vcs_type: CreateOrganizationRequestVcsType | str,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Organization]:
    """Create a new organization

    POST /organization

    Args:
        name (str): required, body field name.
        vcs_type (CreateOrganizationRequestVcsType | str): required, body field vcs_type; one of "github", "bitbucket", "circleci".
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Organization``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Organization]",
        caller.call(
            ENDPOINT,
            _request(
                name=name,
                vcs_type=vcs_type,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
