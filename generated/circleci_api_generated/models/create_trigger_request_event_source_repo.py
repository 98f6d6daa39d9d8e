"""Generated from the OpenAPI schema of ``CreateTriggerRequestEventSourceRepo``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["CreateTriggerRequestEventSourceRepo"]


class CreateTriggerRequestEventSourceRepo(_m.Model):
    """A ``CreateTriggerRequestEventSourceRepo`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    external_id: _m.Field[str] = _m.Field("external_id", _m.STRING, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        external_id: str,
    ) -> None:
        self._init(
            {
                "external_id": external_id,
            }
        )
