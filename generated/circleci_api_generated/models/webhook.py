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

    url: _m.Field[str] = _m.Field("url", _m.STRING, required=True)
    verify_tls: _m.Field[bool] = _m.Field("verify-tls", _m.BOOLEAN, required=True)
    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    signing_secret: _m.Field[str] = _m.Field("signing-secret", _m.STRING, required=True)
    updated_at: _m.Field[datetime.datetime] = _m.Field("updated-at", _m.DATETIME, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created-at", _m.DATETIME, required=True)
    scope: _m.Field[WebhookScope] = _m.Field(
        "scope", _m.model("circleci_api_generated.models.webhook_scope", "WebhookScope"), required=True
    )
    events: _m.Field[list[WebhookEventsItem]] = _m.Field(
        "events", _m.list_of(_m.enum_of(WebhookEventsItem)), required=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        url: str,
        verify_tls: bool,
        id: str,
        signing_secret: str,
        updated_at: datetime.datetime | str,
        name: str,
        created_at: datetime.datetime | str,
        scope: WebhookScope | Mapping[str, Any],
        events: Sequence[WebhookEventsItem | str],
    ) -> None:
        self._init(
            {
                "url": url,
                "verify_tls": verify_tls,
                "id": id,
                "signing_secret": signing_secret,
                "updated_at": updated_at,
                "name": name,
                "created_at": created_at,
                "scope": scope,
                "events": events,
            }
        )
