"""PATCH /schedule/{schedule_id}"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.update_schedule_parameters import UpdateScheduleParameters
from ...models.update_schedule_parameters_attribution_actor import UpdateScheduleParametersAttributionActor
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.schedule import Schedule
    from ...models.update_schedule_parameters_timetable import UpdateScheduleParametersTimetable

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="PATCH",
    path="/schedule/{schedule_id}",
    responses={
        200: _m.model("circleci_api_generated.models.schedule", "Schedule"),
    },
)


def _request(
    schedule_id: str | uuid.UUID,
    *,
    description: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    timetable: UpdateScheduleParametersTimetable | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    attribution_actor: UpdateScheduleParametersAttributionActor | str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        UpdateScheduleParameters,
        {
            "description": description,
            "name": name,
            "timetable": timetable,
            "attribution-actor": attribution_actor,
            "parameters": parameters,
        },
    )
    return _e.RequestParts(
        path_params={
            "schedule_id": schedule_id,
        },
        query=_e.query_params({}),
        json=body if body else UNSET,
    )


def sync(
    caller: SyncCaller,
    schedule_id: str | uuid.UUID,
    *,
    description: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    timetable: UpdateScheduleParametersTimetable | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    attribution_actor: UpdateScheduleParametersAttributionActor | str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Schedule:
    """Update a schedule

    PATCH /schedule/{schedule_id}

    Args:
        schedule_id (str | uuid.UUID): required, path.
        description (str): optional, body field description; None or leaving it out omits it (None sends null).
        name (str): optional, body field name; None or leaving it out omits it.
        timetable (UpdateScheduleParametersTimetable | _m.Model | Mapping[str, Any]): optional, body field timetable; None or leaving it out omits it.
        attribution_actor (UpdateScheduleParametersAttributionActor | str): optional, body field attribution-actor; one of "current", "system"; None or leaving it out omits it.
        parameters (Mapping[str, int | str | bool]): optional, body field parameters; None or leaving it out omits it.
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
                schedule_id,
                description=description,
                name=name,
                timetable=timetable,
                attribution_actor=attribution_actor,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    schedule_id: str | uuid.UUID,
    *,
    description: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    timetable: UpdateScheduleParametersTimetable | _m.Model | Mapping[str, Any] | None | Unset = UNSET,
    attribution_actor: UpdateScheduleParametersAttributionActor | str | None | Unset = UNSET,
    parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Schedule]:
    """Update a schedule

    PATCH /schedule/{schedule_id}

    Args:
        schedule_id (str | uuid.UUID): required, path.
        description (str): optional, body field description; None or leaving it out omits it (None sends null).
        name (str): optional, body field name; None or leaving it out omits it.
        timetable (UpdateScheduleParametersTimetable | _m.Model | Mapping[str, Any]): optional, body field timetable; None or leaving it out omits it.
        attribution_actor (UpdateScheduleParametersAttributionActor | str): optional, body field attribution-actor; one of "current", "system"; None or leaving it out omits it.
        parameters (Mapping[str, int | str | bool]): optional, body field parameters; None or leaving it out omits it.
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
                schedule_id,
                description=description,
                name=name,
                timetable=timetable,
                attribution_actor=attribution_actor,
                parameters=parameters,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
