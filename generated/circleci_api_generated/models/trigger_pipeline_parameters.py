"""Generated from the OpenAPI schema of ``TriggerPipelineParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerPipelineParameters"]


class TriggerPipelineParameters(_m.Model):
    """A ``TriggerPipelineParameters`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    branch: _m.Field[str | None] = _m.Field("branch", _m.STRING)
    tag: _m.Field[str | None] = _m.Field("tag", _m.STRING)
    parameters: _m.Field[dict[str, int | str | bool] | None] = _m.Field(
        "parameters", _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        branch: str | None | Unset = UNSET,
        tag: str | None | Unset = UNSET,
        parameters: Mapping[str, int | str | bool] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "branch": branch,
                "tag": tag,
                "parameters": parameters,
            }
        )
