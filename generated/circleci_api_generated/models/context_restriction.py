"""Generated from the OpenAPI schema of ``ContextRestriction``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .context_restriction_restriction_type import ContextRestrictionRestrictionType

__all__ = ["ContextRestriction"]


class ContextRestriction(_m.Model):
    """A ``ContextRestriction`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    project_id: _m.Field[str | None] = _m.Field("project_id", _m.STRING)
    name: _m.Field[str | None] = _m.Field("name", _m.STRING, nullable=True)
    restriction_type: _m.Field[ContextRestrictionRestrictionType | None] = _m.Field(
        "restriction_type", _m.enum_of(ContextRestrictionRestrictionType)
    )
    restriction_value: _m.Field[str | None] = _m.Field("restriction_value", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        restriction_type: ContextRestrictionRestrictionType | str | None | Unset = UNSET,
        restriction_value: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "project_id": project_id,
                "name": name,
                "restriction_type": restriction_type,
                "restriction_value": restriction_value,
            }
        )
