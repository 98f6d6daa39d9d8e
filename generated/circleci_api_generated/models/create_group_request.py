"""Generated from the OpenAPI schema of ``CreateGroupRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["CreateGroupRequest"]


class CreateGroupRequest(_m.Model):
    """A ``CreateGroupRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    description: _m.Field[str | None] = _m.Field("description", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "description": description,
            }
        )
