"""Generated from the OpenAPI schema of ``UpdatePipelineDefinitionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .update_pipeline_definition_request_checkout_source import (
        UpdatePipelineDefinitionRequestCheckoutSource,
    )
    from .update_pipeline_definition_request_config_source import UpdatePipelineDefinitionRequestConfigSource

__all__ = ["UpdatePipelineDefinitionRequest"]


class UpdatePipelineDefinitionRequest(_m.Model):
    """A ``UpdatePipelineDefinitionRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    description: _m.Field[str | None] = _m.Field("description", _m.STRING)
    config_source: _m.Field[UpdatePipelineDefinitionRequestConfigSource | None] = _m.Field(
        "config_source",
        _m.model(
            "circleci_api_generated.models.update_pipeline_definition_request_config_source",
            "UpdatePipelineDefinitionRequestConfigSource",
        ),
    )
    checkout_source: _m.Field[UpdatePipelineDefinitionRequestCheckoutSource | None] = _m.Field(
        "checkout_source",
        _m.model(
            "circleci_api_generated.models.update_pipeline_definition_request_checkout_source",
            "UpdatePipelineDefinitionRequestCheckoutSource",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        config_source: UpdatePipelineDefinitionRequestConfigSource | Mapping[str, Any] | None | Unset = UNSET,
        checkout_source: UpdatePipelineDefinitionRequestCheckoutSource
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "description": description,
                "config_source": config_source,
                "checkout_source": checkout_source,
            }
        )
