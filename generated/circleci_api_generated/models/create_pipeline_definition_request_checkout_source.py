"""Generated from the OpenAPI schema of ``CreatePipelineDefinitionRequestCheckoutSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_pipeline_definition_request_checkout_source_provider import (
    CreatePipelineDefinitionRequestCheckoutSourceProvider,
)

if TYPE_CHECKING:
    from .create_pipeline_definition_request_checkout_source_repo import (
        CreatePipelineDefinitionRequestCheckoutSourceRepo,
    )

__all__ = ["CreatePipelineDefinitionRequestCheckoutSource"]


class CreatePipelineDefinitionRequestCheckoutSource(_m.Model):
    """A ``CreatePipelineDefinitionRequestCheckoutSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[CreatePipelineDefinitionRequestCheckoutSourceProvider] = _m.Field(
        "provider", _m.enum_of(CreatePipelineDefinitionRequestCheckoutSourceProvider), required=True
    )
    repo: _m.Field[CreatePipelineDefinitionRequestCheckoutSourceRepo] = _m.Field(
        "repo",
        _m.model(
            "circleci_api_generated.models.create_pipeline_definition_request_checkout_source_repo",
            "CreatePipelineDefinitionRequestCheckoutSourceRepo",
        ),
        required=True,
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: CreatePipelineDefinitionRequestCheckoutSourceProvider | str,
        repo: CreatePipelineDefinitionRequestCheckoutSourceRepo | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
            }
        )
