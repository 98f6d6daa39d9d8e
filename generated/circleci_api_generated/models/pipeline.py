"""Generated from the OpenAPI schema of ``Pipeline``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_state import PipelineState

if TYPE_CHECKING:
    from .pipeline_errors_item import PipelineErrorsItem
    from .pipeline_trigger import PipelineTrigger
    from .pipeline_vcs import PipelineVcs
    from .pipeline_warnings_item import PipelineWarningsItem

__all__ = ["Pipeline"]


class Pipeline(_m.Model):
    """A ``Pipeline`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    errors: _m.Field[list[PipelineErrorsItem]] = _m.Field(
        "errors",
        _m.list_of(_m.model("circleci_api_generated.models.pipeline_errors_item", "PipelineErrorsItem")),
        required=True,
    )
    project_slug: _m.Field[str] = _m.Field("project_slug", _m.STRING, required=True)
    number: _m.Field[int] = _m.Field("number", _m.INTEGER, required=True)
    state: _m.Field[PipelineState] = _m.Field("state", _m.enum_of(PipelineState), required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    trigger: _m.Field[PipelineTrigger] = _m.Field(
        "trigger",
        _m.model("circleci_api_generated.models.pipeline_trigger", "PipelineTrigger"),
        required=True,
    )
    updated_at: _m.Field[datetime.datetime | None] = _m.Field("updated_at", _m.DATETIME)
    trigger_parameters: _m.Field[dict[str, str | int | bool | dict[str, Any]] | None] = _m.Field(
        "trigger_parameters", _m.map_of(_m.union(_m.STRING, _m.INTEGER, _m.BOOLEAN, _m.map_of(_m.ANY)))
    )
    warnings: _m.Field[list[PipelineWarningsItem] | None] = _m.Field(
        "warnings",
        _m.list_of(_m.model("circleci_api_generated.models.pipeline_warnings_item", "PipelineWarningsItem")),
    )
    vcs: _m.Field[PipelineVcs | None] = _m.Field(
        "vcs", _m.model("circleci_api_generated.models.pipeline_vcs", "PipelineVcs")
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        errors: Sequence[PipelineErrorsItem | Mapping[str, Any]],
        project_slug: str,
        number: int,
        state: PipelineState | str,
        created_at: datetime.datetime | str,
        trigger: PipelineTrigger | Mapping[str, Any],
        updated_at: datetime.datetime | str | None | Unset = UNSET,
        trigger_parameters: Mapping[str, str | int | bool | Mapping[str, Any]] | None | Unset = UNSET,
        warnings: Sequence[PipelineWarningsItem | Mapping[str, Any]] | None | Unset = UNSET,
        vcs: PipelineVcs | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "errors": errors,
                "project_slug": project_slug,
                "number": number,
                "state": state,
                "created_at": created_at,
                "trigger": trigger,
                "updated_at": updated_at,
                "trigger_parameters": trigger_parameters,
                "warnings": warnings,
                "vcs": vcs,
            }
        )
