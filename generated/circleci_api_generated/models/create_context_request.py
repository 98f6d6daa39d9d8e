"""Generated from the OpenAPI schema of ``CreateContextRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .context_owner_by_id import ContextOwnerById
    from .context_owner_by_slug import ContextOwnerBySlug

__all__ = ["CreateContextRequest"]


class CreateContextRequest(_m.Model):
    """A ``CreateContextRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    owner: _m.Field[ContextOwnerById | ContextOwnerBySlug] = _m.Field(
        "owner",
        _m.union(
            _m.model("circleci_api_generated.models.context_owner_by_id", "ContextOwnerById"),
            _m.model("circleci_api_generated.models.context_owner_by_slug", "ContextOwnerBySlug"),
        ),
        required=True,
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        owner: ContextOwnerById | Mapping[str, Any] | ContextOwnerBySlug | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "name": name,
                "owner": owner,
            }
        )
