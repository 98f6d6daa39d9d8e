"""Generated from the OpenAPI schema of ``Webhook``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .webhook_events_item import WebhookEventsItem

if TYPE_CHECKING:
    from .webhook_scope import WebhookScope

__all__ = ["Webhook"]


class Webhook(_m.Model):
    """A ``Webhook`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    url: _m.Field[str] = _m.Field("url", _m.STRING, required=True)
    verify_tls: _m.Field[bool] = _m.Field("verify_tls", _m.BOOLEAN, required=True)
    signing_secret: _m.Field[str] = _m.Field("signing_secret", _m.STRING, required=True)
    events: _m.Field[list[WebhookEventsItem]] = _m.Field(
        "events", _m.list_of(_m.enum_of(WebhookEventsItem)), required=True
    )
    scope: _m.Field[WebhookScope] = _m.Field(
        "scope", _m.model("circleci_api_generated.models.webhook_scope", "WebhookScope"), required=True
    )
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    updated_at: _m.Field[datetime.datetime] = _m.Field("updated_at", _m.DATETIME, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        url: str,
        verify_tls: bool,
        signing_secret: str,
        events: Sequence[WebhookEventsItem | str],
        scope: WebhookScope | Mapping[str, Any],
        created_at: datetime.datetime | str,
        updated_at: datetime.datetime | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "url": url,
                "verify_tls": verify_tls,
                "signing_secret": signing_secret,
                "events": events,
                "scope": scope,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
