"""Generated from the OpenAPI schema of ``JobDetailsMessagesItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobDetailsMessagesItem"]


class JobDetailsMessagesItem(_m.Model):
    """A ``JobDetailsMessagesItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    type: _m.Field[str] = _m.Field("type", _m.STRING, required=True)
    message: _m.Field[str] = _m.Field("message", _m.STRING, required=True)
    reason: _m.Field[str | None] = _m.Field("reason", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        type: str,
        message: str,
        reason: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "type": type,
                "message": message,
                "reason": reason,
            }
        )
