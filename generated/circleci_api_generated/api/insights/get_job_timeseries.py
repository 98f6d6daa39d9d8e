"""GET /insights/time-series/{project_slug}/workflows/{workflow_name}/jobs"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401

from ...models.get_job_timeseries_granularity import GetJobTimeseriesGranularity
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.job_timeseries_page import JobTimeseriesPage

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="GET",
    path="/insights/time-series/{project_slug}/workflows/{workflow_name}/jobs",
    responses={
        200: _m.model("circleci_api_generated.models.job_timeseries_page", "JobTimeseriesPage"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    granularity: GetJobTimeseriesGranularity | str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
            "workflow_name": workflow_name,
        },
        query=_e.query_params(
            {
                "branch": branch,
                "granularity": granularity,
                "start-date": start_date,
                "end-date": end_date,
            }
        ),
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    granularity: GetJobTimeseriesGranularity | str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
) -> JobTimeseriesPage:
    """Job timeseries data"""
    return cast(
        "JobTimeseriesPage",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                workflow_name,
                branch=branch,
                granularity=granularity,
                start_date=start_date,
                end_date=end_date,
            ),
        ),
    )


async def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    workflow_name: str,
    *,
    branch: str | None | Unset = UNSET,
    granularity: GetJobTimeseriesGranularity | str | None | Unset = UNSET,
    start_date: datetime.datetime | str | None | Unset = UNSET,
    end_date: datetime.datetime | str | None | Unset = UNSET,
) -> JobTimeseriesPage:
    """Job timeseries data"""
    return cast(
        "JobTimeseriesPage",
        await caller.call(
            ENDPOINT,
            _request(
                project_slug,
                workflow_name,
                branch=branch,
                granularity=granularity,
                start_date=start_date,
                end_date=end_date,
            ),
        ),
    )
