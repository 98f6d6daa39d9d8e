"""Generated from the OpenAPI schema of ``PipelineDefinitionConfigSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition_repo import PipelineDefinitionRepo

__all__ = ["PipelineDefinitionConfigSource"]


class PipelineDefinitionConfigSource(_m.Model):
    """A ``PipelineDefinitionConfigSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[str | None] = _m.Field("provider", _m.STRING)
    repo: _m.Field[PipelineDefinitionRepo | None] = _m.Field(
        "repo", _m.model("circleci_api_generated.models.pipeline_definition_repo", "PipelineDefinitionRepo")
    )
    file_path: _m.Field[str | None] = _m.Field("file_path", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: str | None | Unset = UNSET,
        repo: PipelineDefinitionRepo | Mapping[str, Any] | None | Unset = UNSET,
        file_path: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
                "file_path": file_path,
            }
        )
