"""Generated from the OpenAPI schema of ``PipelineRunRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_run_request_checkout import PipelineRunRequestCheckout
    from .pipeline_run_request_config import PipelineRunRequestConfig

__all__ = ["PipelineRunRequest"]


class PipelineRunRequest(_m.Model):
    """A ``PipelineRunRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    definition_id: _m.Field[str | None] = _m.Field("definition_id", _m.STRING)
    config: _m.Field[PipelineRunRequestConfig | None] = _m.Field(
        "config",
        _m.model("circleci_api_generated.models.pipeline_run_request_config", "PipelineRunRequestConfig"),
    )
    checkout: _m.Field[PipelineRunRequestCheckout | None] = _m.Field(
        "checkout",
        _m.model("circleci_api_generated.models.pipeline_run_request_checkout", "PipelineRunRequestCheckout"),
    )
    parameters: _m.Field[dict[str, Any] | None] = _m.Field("parameters", _m.map_of(_m.ANY))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        definition_id: str | None | Unset = UNSET,
        config: PipelineRunRequestConfig | Mapping[str, Any] | None | Unset = UNSET,
        checkout: PipelineRunRequestCheckout | Mapping[str, Any] | None | Unset = UNSET,
        parameters: Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "definition_id": definition_id,
                "config": config,
                "checkout": checkout,
                "parameters": parameters,
            }
        )
