"""Generated from the OpenAPI schema of ``PipelineDefinition``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition_checkout_source import PipelineDefinitionCheckoutSource
    from .pipeline_definition_config_source import PipelineDefinitionConfigSource

__all__ = ["PipelineDefinition"]


class PipelineDefinition(_m.Model):
    """A ``PipelineDefinition`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    description: _m.Field[str | None] = _m.Field("description", _m.STRING)
    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    config_source: _m.Field[PipelineDefinitionConfigSource | None] = _m.Field(
        "config_source",
        _m.model(
            "circleci_api_generated.models.pipeline_definition_config_source",
            "PipelineDefinitionConfigSource",
        ),
    )
    checkout_source: _m.Field[PipelineDefinitionCheckoutSource | None] = _m.Field(
        "checkout_source",
        _m.model(
            "circleci_api_generated.models.pipeline_definition_checkout_source",
            "PipelineDefinitionCheckoutSource",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        created_at: datetime.datetime | str | None | Unset = UNSET,
        config_source: PipelineDefinitionConfigSource | Mapping[str, Any] | None | Unset = UNSET,
        checkout_source: PipelineDefinitionCheckoutSource | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "config_source": config_source,
                "checkout_source": checkout_source,
            }
        )
