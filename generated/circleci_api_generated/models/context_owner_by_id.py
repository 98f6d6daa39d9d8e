"""Generated from the OpenAPI schema of ``ContextOwnerById``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .context_owner_by_id_type import ContextOwnerByIdType

__all__ = ["ContextOwnerById"]


class ContextOwnerById(_m.Model):
    """A ``ContextOwnerById`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    type: _m.Field[ContextOwnerByIdType | None] = _m.Field("type", _m.enum_of(ContextOwnerByIdType))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        type: ContextOwnerByIdType | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "type": type,
            }
        )
