"""Generated from the OpenAPI schema of ``TriggerEventSourceRepo``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerEventSourceRepo"]


class TriggerEventSourceRepo(_m.Model):
    """A ``TriggerEventSourceRepo`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    full_name: _m.Field[str | None] = _m.Field("full_name", _m.STRING)
    external_id: _m.Field[str | None] = _m.Field("external_id", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        full_name: str | None | Unset = UNSET,
        external_id: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "full_name": full_name,
                "external_id": external_id,
            }
        )
