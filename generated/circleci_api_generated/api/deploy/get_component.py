"""GET /deploy/components/{component_id}"""

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

    from ...models.component import Component

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/deploy/components/{component_id}",
    responses={
        200: _m.model("circleci_api_generated.models.component", "Component"),
    },
)


def _request(
    component_id: str,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "component_id": component_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    component_id: str,
) -> Component:
    """Get Component

    GET /deploy/components/{component_id}

    Args:
        component_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``Component``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Component",
        caller.call(
            ENDPOINT,
            _request(
                component_id,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    component_id: str,
) -> Component:
    """Get Component

    GET /deploy/components/{component_id}

    Args:
        component_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``Component``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Component",
        await caller.call(
            ENDPOINT,
            _request(
                component_id,
            ),
        ),
    )
