"""Generated from the OpenAPI schema of ``GroupList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .group import Group

__all__ = ["GroupList"]


class GroupList(_m.Model):
    """A ``GroupList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[Group] | None] = _m.Field(
        "items", _m.list_of(_m.model("circleci_api_generated.models.group", "Group"))
    )
    next_page_token: _m.Field[str | None] = _m.Field("next_page_token", _m.STRING, nullable=True)
    total_count: _m.Field[int | None] = _m.Field("total_count", _m.INTEGER)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[Group | Mapping[str, Any]] | None | Unset = UNSET,
        next_page_token: str | None | Unset = UNSET,
        total_count: int | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_page_token": next_page_token,
                "total_count": total_count,
            }
        )
