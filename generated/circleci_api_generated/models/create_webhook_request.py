"""Generated from the OpenAPI schema of ``CreateWebhookRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_webhook_request_events_item import CreateWebhookRequestEventsItem

if TYPE_CHECKING:
    from .create_webhook_scope import CreateWebhookScope

__all__ = ["CreateWebhookRequest"]


class CreateWebhookRequest(_m.Model):
    """A ``CreateWebhookRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    events: _m.Field[list[CreateWebhookRequestEventsItem]] = _m.Field(
        "events", _m.list_of(_m.enum_of(CreateWebhookRequestEventsItem)), required=True
    )
    url: _m.Field[str] = _m.Field("url", _m.STRING, required=True)
    verify_tls: _m.Field[bool] = _m.Field("verify-tls", _m.BOOLEAN, required=True)
    signing_secret: _m.Field[str] = _m.Field("signing-secret", _m.STRING, required=True)
    scope: _m.Field[CreateWebhookScope] = _m.Field(
        "scope",
        _m.model("circleci_api_generated.models.create_webhook_scope", "CreateWebhookScope"),
        required=True,
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        events: Sequence[CreateWebhookRequestEventsItem | str],
        url: str,
        verify_tls: bool,
        signing_secret: str,
        scope: CreateWebhookScope | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "name": name,
                "events": events,
                "url": url,
                "verify_tls": verify_tls,
                "signing_secret": signing_secret,
                "scope": scope,
            }
        )
