"""Generated from the OpenAPI schema of ``ContextOwnerBySlug``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .context_owner_by_slug_type import ContextOwnerBySlugType

__all__ = ["ContextOwnerBySlug"]


class ContextOwnerBySlug(_m.Model):
    """A ``ContextOwnerBySlug`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    slug: _m.Field[str] = _m.Field("slug", _m.STRING, required=True)
    type: _m.Field[ContextOwnerBySlugType | None] = _m.Field("type", _m.enum_of(ContextOwnerBySlugType))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        slug: str,
        type: ContextOwnerBySlugType | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "slug": slug,
                "type": type,
            }
        )
