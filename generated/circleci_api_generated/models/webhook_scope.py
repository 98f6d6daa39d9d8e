"""Generated from the OpenAPI schema of ``WebhookScope``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WebhookScope"]


class WebhookScope(_m.Model):
    """A ``WebhookScope`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    type: _m.Field[str] = _m.Field("type", _m.STRING, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        type: str,
    ) -> None:
        self._init(
            {
                "id": id,
                "type": type,
            }
        )
