"""GET /me/collaborations"""

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

    from ...models.collaboration import Collaboration

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/me/collaborations",
    responses={
        200: _m.list_of(_m.model("circleci_api_generated.models.collaboration", "Collaboration")),
    },
    list_items="",
)


def _request() -> _e.RequestParts:
    return _e.RequestParts(
        path_params={},
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
) -> list[Collaboration]:
    """Collaborations

    GET /me/collaborations

    Args:
        (none)
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``list[Collaboration]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast("list[Collaboration]", caller.call(ENDPOINT, _request()))


async def asyncio(
    caller: AsyncCaller,
) -> list[Collaboration]:
    """Collaborations

    GET /me/collaborations

    Args:
        (none)
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``list[Collaboration]``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast("list[Collaboration]", await caller.call(ENDPOINT, _request()))
