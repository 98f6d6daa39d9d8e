"""Generated from the OpenAPI schema of ``UpdatePipelineDefinitionRequestCheckoutSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .update_pipeline_definition_request_checkout_source_repo import (
        UpdatePipelineDefinitionRequestCheckoutSourceRepo,
    )

__all__ = ["UpdatePipelineDefinitionRequestCheckoutSource"]


class UpdatePipelineDefinitionRequestCheckoutSource(_m.Model):
    """A ``UpdatePipelineDefinitionRequestCheckoutSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[str | None] = _m.Field("provider", _m.STRING)
    repo: _m.Field[UpdatePipelineDefinitionRequestCheckoutSourceRepo | None] = _m.Field(
        "repo",
        _m.model(
            "circleci_api_generated.models.update_pipeline_definition_request_checkout_source_repo",
            "UpdatePipelineDefinitionRequestCheckoutSourceRepo",
        ),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: str | None | Unset = UNSET,
        repo: UpdatePipelineDefinitionRequestCheckoutSourceRepo | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
            }
        )
