"""Generated from the OpenAPI schema of ``CreateContextRestrictionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_context_restriction_request_restriction_type import (
    CreateContextRestrictionRequestRestrictionType,
)

__all__ = ["CreateContextRestrictionRequest"]


class CreateContextRestrictionRequest(_m.Model):
    """A ``CreateContextRestrictionRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    restriction_type: _m.Field[CreateContextRestrictionRequestRestrictionType | None] = _m.Field(
        "restriction_type", _m.enum_of(CreateContextRestrictionRequestRestrictionType)
    )
    restriction_value: _m.Field[str | None] = _m.Field("restriction_value", _m.STRING)
    project_id: _m.Field[str | None] = _m.Field(
        "project_id", _m.STRING, deprecated="restriction_type and restriction_value"
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        restriction_type: CreateContextRestrictionRequestRestrictionType | str | None | Unset = UNSET,
        restriction_value: str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "restriction_type": restriction_type,
                "restriction_value": restriction_value,
                "project_id": project_id,
            }
        )
