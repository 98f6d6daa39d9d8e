"""Generated from the OpenAPI schema of ``UpdateWebhookRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .update_webhook_request_events_item import UpdateWebhookRequestEventsItem

__all__ = ["UpdateWebhookRequest"]


class UpdateWebhookRequest(_m.Model):
    """A ``UpdateWebhookRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    events: _m.Field[list[UpdateWebhookRequestEventsItem] | None] = _m.Field(
        "events", _m.list_of(_m.enum_of(UpdateWebhookRequestEventsItem))
    )
    url: _m.Field[str | None] = _m.Field("url", _m.STRING)
    signing_secret: _m.Field[str | None] = _m.Field("signing-secret", _m.STRING)
    verify_tls: _m.Field[bool | None] = _m.Field("verify-tls", _m.BOOLEAN)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        events: Sequence[UpdateWebhookRequestEventsItem | str] | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
        signing_secret: str | None | Unset = UNSET,
        verify_tls: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "events": events,
                "url": url,
                "signing_secret": signing_secret,
                "verify_tls": verify_tls,
            }
        )
