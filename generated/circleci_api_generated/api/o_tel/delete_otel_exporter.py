"""DELETE /otel/exporters/{otel_exporter_id}"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="DELETE",
    path="/otel/exporters/{otel_exporter_id}",
    responses={
        204: None,
    },
)


def _request(
    otel_exporter_id: str | uuid.UUID,
) -> _e.RequestParts:
    return _e.RequestParts(
        path_params={
            "otel_exporter_id": otel_exporter_id,
        },
        query=_e.query_params({}),
    )


def sync(
    caller: SyncCaller,
    otel_exporter_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> None:
    """🧪 Delete an OTLP exporter

    DELETE /otel/exporters/{otel_exporter_id}

    Args:
        otel_exporter_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``None``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "None",
        caller.call(
            ENDPOINT,
            _request(
                otel_exporter_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    otel_exporter_id: str | uuid.UUID,
    *,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, None]:
    """🧪 Delete an OTLP exporter

    DELETE /otel/exporters/{otel_exporter_id}

    Args:
        otel_exporter_id (str | uuid.UUID): required, path.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``None``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, None]",
        caller.call(
            ENDPOINT,
            _request(
                otel_exporter_id,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
