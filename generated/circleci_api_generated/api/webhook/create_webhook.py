"""POST /webhook"""

from __future__ import annotations

import datetime  # noqa: F401
import uuid  # noqa: F401
from collections.abc import Coroutine, Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any, cast  # noqa: F401

from circleci_api import _endpoint as _e
from circleci_api import _models as _m  # noqa: F401
from circleci_api import _options as _o

from ...models.create_webhook_request import CreateWebhookRequest
from ...models.create_webhook_request_events_item import CreateWebhookRequestEventsItem
from ...types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    import httpx
    from circleci_api._endpoint import AsyncCaller, SyncCaller

    from ...models.create_webhook_scope import CreateWebhookScope
    from ...models.webhook import Webhook

ENDPOINT = _e.Endpoint(
    module=__name__,
    method="POST",
    path="/webhook",
    responses={
        201: _m.model("circleci_api_generated.models.webhook", "Webhook"),
    },
)


def _request(
    *,
    name: str,
    events: Sequence[CreateWebhookRequestEventsItem | str],
    url: str,
    verify_tls: bool,
    signing_secret: str,
    scope: CreateWebhookScope | _m.Model | Mapping[str, Any],
) -> _e.RequestParts:
    body = _m.body(
        CreateWebhookRequest,
        {
            "name": name,
            "events": events,
            "url": url,
            "verify-tls": verify_tls,
            "signing-secret": signing_secret,
            "scope": scope,
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
    name: str,
    events: Sequence[CreateWebhookRequestEventsItem | str],
    url: str,
    verify_tls: bool,
    signing_secret: str,
    scope: CreateWebhookScope | _m.Model | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Webhook:
    """Create an outbound webhook

    POST /webhook

    Args:
        name (str): required, body field name.
        events (Sequence[CreateWebhookRequestEventsItem | str]): required, body field events; one of "workflow-completed", "job-completed".
        url (str): required, body field url.
        verify_tls (bool): required, body field verify-tls.
        signing_secret (str): required, body field signing-secret.
        scope (CreateWebhookScope | _m.Model | Mapping[str, Any]): required, body field scope.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Webhook``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    return cast(
        "Webhook",
        caller.call(
            ENDPOINT,
            _request(
                name=name,
                events=events,
                url=url,
                verify_tls=verify_tls,
                signing_secret=signing_secret,
                scope=scope,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )


def asyncio(
    caller: AsyncCaller,
    *,
    name: str,
    events: Sequence[CreateWebhookRequestEventsItem | str],
    url: str,
    verify_tls: bool,
    signing_secret: str,
    scope: CreateWebhookScope | _m.Model | Mapping[str, Any],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str | int | float | bool | Sequence[str] | None] | None = None,
    timeout: float | httpx.Timeout | None = None,
) -> Coroutine[Any, Any, Webhook]:
    """Create an outbound webhook

    POST /webhook

    Args:
        name (str): required, body field name.
        events (Sequence[CreateWebhookRequestEventsItem | str]): required, body field events; one of "workflow-completed", "job-completed".
        url (str): required, body field url.
        verify_tls (bool): required, body field verify-tls.
        signing_secret (str): required, body field signing-secret.
        scope (CreateWebhookScope | _m.Model | Mapping[str, Any]): required, body field scope.
        extra_headers, extra_query, timeout: keyword-only per-call options (see ``circleci_api.RequestOptions``).

    Returns:
        ``Webhook``.

    Raises:
        RequestValidationError: an argument does not fit the API's schema (nothing is sent).
        APIStatusError: CircleCI answered with an error status (a subclass per status).
        APIConnectionError: the request could not be completed.
    """
    # Not ``async def``: the arguments are checked now, when the method is called; awaiting the
    # returned coroutine sends the request.
    return cast(
        "Coroutine[Any, Any, Webhook]",
        caller.call(
            ENDPOINT,
            _request(
                name=name,
                events=events,
                url=url,
                verify_tls=verify_tls,
                signing_secret=signing_secret,
                scope=scope,
            ),
            _o.request_options(extra_headers, extra_query, timeout),
        ),
    )
