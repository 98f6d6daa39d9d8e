"""Generated from the OpenAPI schema of ``UrlOrbAllowListEntryResult``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["UrlOrbAllowListEntryResult"]


class UrlOrbAllowListEntryResult(_m.Model):
    """A ``UrlOrbAllowListEntryResult`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    message: _m.Field[str] = _m.Field("message", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        message: str,
    ) -> None:
        self._init(
            {
                "id": id,
                "message": message,
            }
        )
