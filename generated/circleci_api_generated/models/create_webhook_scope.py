"""Generated from the OpenAPI schema of ``CreateWebhookScope``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_webhook_scope_type import CreateWebhookScopeType

__all__ = ["CreateWebhookScope"]


class CreateWebhookScope(_m.Model):
    """A ``CreateWebhookScope`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    type: _m.Field[CreateWebhookScopeType] = _m.Field(
        "type", _m.enum_of(CreateWebhookScopeType), required=True
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        type: CreateWebhookScopeType | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "type": type,
            }
        )
