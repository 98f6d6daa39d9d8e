"""Generated from the OpenAPI schema of ``Context``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["Context"]


class Context(_m.Model):
    """A ``Context`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        created_at: datetime.datetime | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
            }
        )
