"""Generated from the OpenAPI schema of ``ContextEnvironmentVariableListItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ContextEnvironmentVariableListItemsItem"]


class ContextEnvironmentVariableListItemsItem(_m.Model):
    """A ``ContextEnvironmentVariableListItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    variable: _m.Field[str] = _m.Field("variable", _m.STRING, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    updated_at: _m.Field[datetime.datetime] = _m.Field("updated_at", _m.DATETIME, required=True)
    context_id: _m.Field[str] = _m.Field("context_id", _m.STRING, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        variable: str,
        created_at: datetime.datetime | str,
        updated_at: datetime.datetime | str,
        context_id: str,
    ) -> None:
        self._init(
            {
                "variable": variable,
                "created_at": created_at,
                "updated_at": updated_at,
                "context_id": context_id,
            }
        )
