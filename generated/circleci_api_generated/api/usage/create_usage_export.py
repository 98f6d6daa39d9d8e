"""POST /organizations/{org_id}/usage_export_job"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_usage_export_request import CreateUsageExportRequest
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.usage_export_job import UsageExportJob

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/organizations/{org_id}/usage_export_job",
    responses={
        201: _m.model("circleci_api_generated.models.usage_export_job", "UsageExportJob"),
    },
)


def _request(
    org_id: str,
    *,
    start: datetime.datetime | str,
    end: datetime.datetime | str,
    shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateUsageExportRequest,
        {
            "start": start,
            "end": end,
            "shared_org_ids": shared_org_ids,
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
    start: datetime.datetime | str,
    end: datetime.datetime | str,
    shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> UsageExportJob:
    """Create a usage export

    POST /organizations/{org_id}/usage_export_job

    Args:
        org_id (str): required, path.
        start (datetime.datetime | str): required, body field start.
        end (datetime.datetime | str): required, body field end.
        shared_org_ids (Sequence[str | uuid.UUID]): optional, body field shared_org_ids; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``UsageExportJob``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "UsageExportJob",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                start=start,
                end=end,
                shared_org_ids=shared_org_ids,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    org_id: str,
    *,
    start: datetime.datetime | str,
    end: datetime.datetime | str,
    shared_org_ids: Sequence[str | uuid.UUID] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, UsageExportJob]:
    """Create a usage export

    POST /organizations/{org_id}/usage_export_job

    Args:
        org_id (str): required, path.
        start (datetime.datetime | str): required, body field start.
        end (datetime.datetime | str): required, body field end.
        shared_org_ids (Sequence[str | uuid.UUID]): optional, body field shared_org_ids; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``UsageExportJob``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, UsageExportJob]",
        caller.call(
            ENDPOINT,
            _request(
                org_id,
                start=start,
                end=end,
                shared_org_ids=shared_org_ids,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
