"""GET /organization/{org_slug_or_id}/url-orb-allow-list"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.url_orb_allow_list import UrlOrbAllowList

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/organization/{org_slug_or_id}/url-orb-allow-list",
    responses={
        200: _m.model("circleci_api_generated.models.url_orb_allow_list", "UrlOrbAllowList"),
    },
    list_items="items",
)


def _request(
    org_slug_or_id: str,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "org_slug_or_id": org_slug_or_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    org_slug_or_id: str,
) -> UrlOrbAllowList:
    """List the entries in the org's URL Orb allow-list

    GET /organization/{org_slug_or_id}/url-orb-allow-list

    Args:
        org_slug_or_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``UrlOrbAllowList``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "UrlOrbAllowList",
        caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    org_slug_or_id: str,
) -> UrlOrbAllowList:
    """List the entries in the org's URL Orb allow-list

    GET /organization/{org_slug_or_id}/url-orb-allow-list

    Args:
        org_slug_or_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``UrlOrbAllowList``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "UrlOrbAllowList",
        await caller.call(
            ENDPOINT,
            _request(
                org_slug_or_id,
            ),
        ),
    )
