"""GET /otel/exporters"""

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

    from ...models.exporter import Exporter

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/otel/exporters",
    responses={
        200: _m.list_of(_m.model("circleci_api_generated.models.exporter", "Exporter")),
    },
)


def _request(
    *,
    org_id: str,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={},
        query=_e.query_params(
            {
                "org-id": org_id,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    *,
    org_id: str,
) -> list[Exporter]:
    """🧪 List OTLP exporters"""
    return cast(
        "list[Exporter]",
        caller.call(
            ENDPOINT,
            _request(
                org_id=org_id,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    *,
    org_id: str,
) -> list[Exporter]:
    """🧪 List OTLP exporters"""
    return cast(
        "list[Exporter]",
        await caller.call(
            ENDPOINT,
            _request(
                org_id=org_id,
            ),
        ),
    )
