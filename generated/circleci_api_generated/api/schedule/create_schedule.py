"""POST /project/{project_slug}/schedule"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_schedule_parameters import CreateScheduleParameters
from ...models.create_schedule_parameters_attribution_actor import CreateScheduleParametersAttributionActor
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller
    from circleci_api.slugs import ProjectSlug

    from ...models.monthly_timetable import MonthlyTimetable
    from ...models.schedule import Schedule
    from ...models.weekly_timetable import WeeklyTimetable

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/project/{project_slug}/schedule",
    responses={
        201: _m.model("circleci_api_generated.models.schedule", "Schedule"),
    },
)


def _request(
    project_slug: str | ProjectSlug,
    *,
    name: str,
    timetable: WeeklyTimetable
    | _m.Model
    | Mapping[str, Any]
    | MonthlyTimetable
    | _m.Model
    | Mapping[str, Any],
    attribution_actor: CreateScheduleParametersAttributionActor | str,
    parameters: Mapping[str, int | str | bool],
    description: str | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateScheduleParameters,
        {
            "name": name,
            "timetable": timetable,
            "attribution-actor": attribution_actor,
            "parameters": parameters,
            "description": description,
        },
    )
    return _e.RequestParts(
        path_params={
            "project_slug": project_slug,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    project_slug: str | ProjectSlug,
    *,
    name: str,
    timetable: WeeklyTimetable
    | _m.Model
    | Mapping[str, Any]
    | MonthlyTimetable
    | _m.Model
    | Mapping[str, Any],
    attribution_actor: CreateScheduleParametersAttributionActor | str,
    parameters: Mapping[str, int | str | bool],
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Schedule:
    """Create a schedule

    POST /project/{project_slug}/schedule

    Args:
        project_slug (str | ProjectSlug): required, path.
        name (str): required, body field name.
        timetable (WeeklyTimetable | _m.Model | Mapping[str, Any] | MonthlyTimetable | _m.Model | Mapping[str, Any]): required, body field timetable.
        attribution_actor (CreateScheduleParametersAttributionActor | str): required, body field attribution-actor; one of "current", "system".
        parameters (Mapping[str, int | str | bool]): required, body field parameters.
        description (str): optional, body field description; None or leaving it out omits it (None sends null).
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Schedule``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Schedule",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                name=name,
                timetable=timetable,
                attribution_actor=attribution_actor,
                parameters=parameters,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    project_slug: str | ProjectSlug,
    *,
    name: str,
    timetable: WeeklyTimetable
    | _m.Model
    | Mapping[str, Any]
    | MonthlyTimetable
    | _m.Model
    | Mapping[str, Any],
    attribution_actor: CreateScheduleParametersAttributionActor | str,
    parameters: Mapping[str, int | str | bool],
    description: str | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Schedule]:
    """Create a schedule

    POST /project/{project_slug}/schedule

    Args:
        project_slug (str | ProjectSlug): required, path.
        name (str): required, body field name.
        timetable (WeeklyTimetable | _m.Model | Mapping[str, Any] | MonthlyTimetable | _m.Model | Mapping[str, Any]): required, body field timetable.
        attribution_actor (CreateScheduleParametersAttributionActor | str): required, body field attribution-actor; one of "current", "system".
        parameters (Mapping[str, int | str | bool]): required, body field parameters.
        description (str): optional, body field description; None or leaving it out omits it (None sends null).
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Schedule``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Schedule]",
        caller.call(
            ENDPOINT,
            _request(
                project_slug,
                name=name,
                timetable=timetable,
                attribution_actor=attribution_actor,
                parameters=parameters,
                description=description,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
