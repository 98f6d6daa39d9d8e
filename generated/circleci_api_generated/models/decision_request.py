"""Generated from the OpenAPI schema of ``DecisionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["DecisionRequest"]


class DecisionRequest(_m.Model):
    """A ``DecisionRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    input: _m.Field[str] = _m.Field("input", _m.STRING, required=True)
    metadata: _m.Field[dict[str, Any] | None] = _m.Field("metadata", _m.map_of(_m.ANY))
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        input: str,
        metadata: Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "input": input,
                "metadata": metadata,
            }
        )
