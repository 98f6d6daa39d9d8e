"""Generated from the OpenAPI schema of ``Environment``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .label import Label

__all__ = ["Environment"]


class Environment(_m.Model):
    """A ``Environment`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    description: _m.Field[str | None] = _m.Field("description", _m.STRING)
    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    labels: _m.Field[list[Label] | None] = _m.Field(
        "labels", _m.list_of(_m.model("circleci_api_generated.models.label", "Label"))
    )
    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    updated_at: _m.Field[datetime.datetime | None] = _m.Field("updated_at", _m.DATETIME)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        created_at: datetime.datetime | str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        labels: Sequence[Label | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        updated_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "created_at": created_at,
                "description": description,
                "id": id,
                "labels": labels,
                "name": name,
                "updated_at": updated_at,
            }
        )
