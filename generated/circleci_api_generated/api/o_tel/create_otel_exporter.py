"""POST /otel/exporters"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_exporter_request import CreateExporterRequest
from ...models.create_exporter_request_protocol import CreateExporterRequestProtocol
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.exporter import Exporter

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/otel/exporters",
    responses={
        201: _m.model("circleci_api_generated.models.exporter", "Exporter"),
    },
)


def _request(
    *,
    org_id: str | uuid.UUID,
    endpoint: str,
    protocol: CreateExporterRequestProtocol | str,
    insecure: bool | None | Unset = UNSET,
    headers: Mapping[str, str] | None | Unset = UNSET,
) -> _e.RequestParts:
    body = _m.body(
        CreateExporterRequest,
        {
            "org_id": org_id,
            "endpoint": endpoint,
            "protocol": protocol,
            "insecure": insecure,
            "headers": headers,
        },
    )
    return _e.RequestParts(
        path_params={},
        query=_e.query_params({}),
        json=body,
    )


def sync(
    caller: SyncCaller,
    *,
    org_id: str | uuid.UUID,
    endpoint: str,
    protocol: CreateExporterRequestProtocol | str,
    insecure: bool | None | Unset = UNSET,
    headers: Mapping[str, str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Exporter:
    """🧪 Create an OTLP exporter

    POST /otel/exporters

    Args:
        org_id (str | uuid.UUID): required, body field org_id.
        endpoint (str): required, body field endpoint.
        protocol (CreateExporterRequestProtocol | str): required, body field protocol; one of "grpc", "http".
        insecure (bool): optional, body field insecure; None or leaving it out omits it.
        headers (Mapping[str, str]): optional, body field headers; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Exporter``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Exporter",
        caller.call(
            ENDPOINT,
            _request(
                org_id=org_id,
                endpoint=endpoint,
                protocol=protocol,
                insecure=insecure,
                headers=headers,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    *,
    org_id: str | uuid.UUID,
    endpoint: str,
    protocol: CreateExporterRequestProtocol | str,
    insecure: bool | None | Unset = UNSET,
    headers: Mapping[str, str] | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Exporter]:
    """🧪 Create an OTLP exporter

    POST /otel/exporters

    Args:
        org_id (str | uuid.UUID): required, body field org_id.
        endpoint (str): required, body field endpoint.
        protocol (CreateExporterRequestProtocol | str): required, body field protocol; one of "grpc", "http".
        insecure (bool): optional, body field insecure; None or leaving it out omits it.
        headers (Mapping[str, str]): optional, body field headers; None or leaving it out omits it.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Exporter``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Exporter]",
        caller.call(
            ENDPOINT,
            _request(
                org_id=org_id,
                endpoint=endpoint,
                protocol=protocol,
                insecure=insecure,
                headers=headers,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
