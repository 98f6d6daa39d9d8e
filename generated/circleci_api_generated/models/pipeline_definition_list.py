"""Generated from the OpenAPI schema of ``PipelineDefinitionList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition import PipelineDefinition

__all__ = ["PipelineDefinitionList"]


class PipelineDefinitionList(_m.Model):
    """A ``PipelineDefinitionList`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[PipelineDefinition] | None] = _m.Field(
        "items",
        _m.list_of(_m.model("circleci_api_generated.models.pipeline_definition", "PipelineDefinition")),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[PipelineDefinition | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "items": items,
            }
        )
