"""POST /organizations/{org_id}/groups"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_group_request import CreateGroupRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.group import Group

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/organizations/{org_id}/groups",
    responses={
        201: _m.model("circleci_api_generated.models.group", "Group"),
    },
)


def _request(
    org_id: str,
    *,
    name: str,
    description: str | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateGroupRequest,
        {
            "name": name,
            "description": description,
        },
    )
    return _e.RequestParts(
        path_params={
            "org_id": org_id,
        },
        query=_e.query_params({}),
        json=body,
    )


def sync(
    caller: SyncCaller,
    org_id: str,
    *,
    name: str,
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Group:
    """Create Groups

    POST /organizations/{org_id}/groups

    Args:
        org_id (str): required, path.
        name (str): required, body field name.
        description (str): optional, body field description; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Group``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Group",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                name=name,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_id: str,
    *,
    name: str,
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Group]:
    """Create Groups

    POST /organizations/{org_id}/groups

    Args:
        org_id (str): required, path.
        name (str): required, body field name.
        description (str): optional, body field description; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Group``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Group]",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                name=name,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
