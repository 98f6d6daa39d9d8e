"""Generated from the OpenAPI schema of ``UrlOrbAllowListItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .url_orb_allow_list_items_item_auth import UrlOrbAllowListItemsItemAuth

__all__ = ["UrlOrbAllowListItemsItem"]


class UrlOrbAllowListItemsItem(_m.Model):
    """A ``UrlOrbAllowListItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    prefix: _m.Field[Any | None] = _m.Field("prefix", _m.ANY, required=True, nullable=True)
    auth: _m.Field[UrlOrbAllowListItemsItemAuth] = _m.Field(
        "auth", _m.enum_of(UrlOrbAllowListItemsItemAuth), required=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        prefix: Any | None,
        auth: UrlOrbAllowListItemsItemAuth | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "prefix": prefix,
                "auth": auth,
            }
        )
