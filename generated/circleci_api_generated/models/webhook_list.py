"""Generated from the OpenAPI schema of ``WebhookList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .webhook import Webhook

__all__ = ["WebhookList"]


class WebhookList(_m.Model):
    """A ``WebhookList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[Webhook]] = _m.Field(
        "items", _m.list_of(_m.model("circleci_api_generated.models.webhook", "Webhook")), required=True
    )
    next_page_token: _m.Field[str | None] = _m.Field(
        "next_page_token", _m.STRING, required=True, nullable=True
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[Webhook | Mapping[str, Any]],
        next_page_token: str | None,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_page_token": next_page_token,
            }
        )
