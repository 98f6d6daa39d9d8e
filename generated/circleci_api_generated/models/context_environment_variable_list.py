"""Generated from the OpenAPI schema of ``ContextEnvironmentVariableList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .context_environment_variable_list_items_item import ContextEnvironmentVariableListItemsItem

__all__ = ["ContextEnvironmentVariableList"]


class ContextEnvironmentVariableList(_m.Model):
    """A ``ContextEnvironmentVariableList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[ContextEnvironmentVariableListItemsItem]] = _m.Field(
        "items",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.context_environment_variable_list_items_item",
                "ContextEnvironmentVariableListItemsItem",
            )
        ),
        required=True,
    )
    next_page_token: _m.Field[str | None] = _m.Field(
        "next_page_token", _m.STRING, required=True, nullable=True
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[ContextEnvironmentVariableListItemsItem | Mapping[str, Any]],
        next_page_token: str | None,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_page_token": next_page_token,
            }
        )
