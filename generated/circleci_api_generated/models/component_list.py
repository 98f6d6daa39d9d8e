"""Generated from the OpenAPI schema of ``ComponentList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .component import Component

__all__ = ["ComponentList"]


class ComponentList(_m.Model):
    """A ``ComponentList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[Component] | None] = _m.Field(
        "items", _m.list_of(_m.model("circleci_api_generated.models.component", "Component"))
    )
    next_page_token: _m.Field[str | None] = _m.Field("next_page_token", _m.STRING, nullable=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[Component | Mapping[str, Any]] | None | Unset = UNSET,
        next_page_token: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_page_token": next_page_token,
            }
        )
