"""GET /projects/{project_id}/pipeline-definitions"""

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

    from ...models.pipeline_definition_list import PipelineDefinitionList

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/projects/{project_id}/pipeline-definitions",
    responses={
        200: _m.model("circleci_api_generated.models.pipeline_definition_list", "PipelineDefinitionList"),
    },
    list_items="items",
)


def _request(
    project_id: str,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_id": project_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    project_id: str,
) -> PipelineDefinitionList:
    """List pipeline definitions

    GET /projects/{project_id}/pipeline-definitions

    Args:
        project_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``PipelineDefinitionList``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "PipelineDefinitionList",
        caller.call(
            ENDPOINT,
            _request(
                project_id,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    project_id: str,
) -> PipelineDefinitionList:
    """List pipeline definitions

    GET /projects/{project_id}/pipeline-definitions

    Args:
        project_id (str): required, path.
        Every operation also takes the per-call options documented on the client.

    Returns:
        ``PipelineDefinitionList``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "PipelineDefinitionList",
        await caller.call(
            ENDPOINT,
            _request(
                project_id,
            ),
        ),
    )
