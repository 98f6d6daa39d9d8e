"""Generated from the OpenAPI schema of ``UrlOrbAllowList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .url_orb_allow_list_items_item import UrlOrbAllowListItemsItem

__all__ = ["UrlOrbAllowList"]


class UrlOrbAllowList(_m.Model):
    """A ``UrlOrbAllowList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[UrlOrbAllowListItemsItem]] = _m.Field(
        "items",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.url_orb_allow_list_items_item", "UrlOrbAllowListItemsItem"
            )
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[UrlOrbAllowListItemsItem | Mapping[str, Any]],
    ) -> None:
        self._init(
            {
                "items": items,
            }
        )
