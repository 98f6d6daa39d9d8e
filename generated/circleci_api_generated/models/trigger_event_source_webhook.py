"""Generated from the OpenAPI schema of ``TriggerEventSourceWebhook``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerEventSourceWebhook"]


class TriggerEventSourceWebhook(_m.Model):
    """A ``TriggerEventSourceWebhook`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    url: _m.Field[str | None] = _m.Field("url", _m.STRING)
    sender: _m.Field[str | None] = _m.Field("sender", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        url: str | None | Unset = UNSET,
        sender: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "url": url,
                "sender": sender,
            }
        )
