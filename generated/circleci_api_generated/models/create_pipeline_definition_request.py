"""Generated from the OpenAPI schema of ``CreatePipelineDefinitionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .circle_ci_config_source import CircleCIConfigSource
    from .create_pipeline_definition_request_checkout_source import (
        CreatePipelineDefinitionRequestCheckoutSource,
    )
    from .github_app_config_source import GithubAppConfigSource

__all__ = ["CreatePipelineDefinitionRequest"]


class CreatePipelineDefinitionRequest(_m.Model):
    """A ``CreatePipelineDefinitionRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    config_source: _m.Field[GithubAppConfigSource | CircleCIConfigSource] = _m.Field(
        "config_source",
        _m.union(
            _m.model("circleci_api_generated.models.github_app_config_source", "GithubAppConfigSource"),
            _m.model("circleci_api_generated.models.circle_ci_config_source", "CircleCIConfigSource"),
        ),
        required=True,
    )
    checkout_source: _m.Field[CreatePipelineDefinitionRequestCheckoutSource] = _m.Field(
        "checkout_source",
        _m.model(
            "circleci_api_generated.models.create_pipeline_definition_request_checkout_source",
            "CreatePipelineDefinitionRequestCheckoutSource",
        ),
        required=True,
    )
    description: _m.Field[str | None] = _m.Field("description", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        config_source: GithubAppConfigSource | Mapping[str, Any] | CircleCIConfigSource | Mapping[str, Any],
        checkout_source: CreatePipelineDefinitionRequestCheckoutSource | Mapping[str, Any],
        description: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "config_source": config_source,
                "checkout_source": checkout_source,
                "description": description,
            }
        )
