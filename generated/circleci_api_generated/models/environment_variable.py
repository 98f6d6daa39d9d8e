"""Generated from the OpenAPI schema of ``EnvironmentVariable``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["EnvironmentVariable"]


class EnvironmentVariable(_m.Model):
    """A ``EnvironmentVariable`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    value: _m.Field[str] = _m.Field("value", _m.STRING, required=True)
    created_at: _m.Field[Any | None] = _m.Field("created-at", _m.ANY, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        value: str,
        created_at: Any | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "value": value,
                "created_at": created_at,
            }
        )
