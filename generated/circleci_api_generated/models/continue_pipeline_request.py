"""Generated from the OpenAPI schema of ``ContinuePipelineRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ContinuePipelineRequest"]


class ContinuePipelineRequest(_m.Model):
    """A ``ContinuePipelineRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    continuation_key: _m.Field[str] = _m.Field("continuation-key", _m.STRING, required=True)
    configuration: _m.Field[str] = _m.Field("configuration", _m.STRING, required=True)
    parameters: _m.Field[dict[str, int | str | bool] | None] = _m.Field(
        "parameters", _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        continuation_key: str,
        configuration: str,
        parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "continuation_key": continuation_key,
                "configuration": configuration,
                "parameters": parameters,
            }
        )
