"""Generated from the OpenAPI schema of ``ProjectInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_data import ProjectInsightsSummaryProjectData
    from .project_insights_summary_project_workflow_branch_data_item import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItem,
    )
    from .project_insights_summary_project_workflow_data_item import (
        ProjectInsightsSummaryProjectWorkflowDataItem,
    )

__all__ = ["ProjectInsightsSummary"]


class ProjectInsightsSummary(_m.Model):
    """A ``ProjectInsightsSummary`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    org_id: _m.Field[Any | None] = _m.Field("org_id", _m.ANY, nullable=True)
    project_id: _m.Field[Any | None] = _m.Field("project_id", _m.ANY, nullable=True)
    project_data: _m.Field[ProjectInsightsSummaryProjectData | None] = _m.Field(
        "project_data",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_data",
            "ProjectInsightsSummaryProjectData",
        ),
    )
    project_workflow_data: _m.Field[list[ProjectInsightsSummaryProjectWorkflowDataItem] | None] = _m.Field(
        "project_workflow_data",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.project_insights_summary_project_workflow_data_item",
                "ProjectInsightsSummaryProjectWorkflowDataItem",
            )
        ),
    )
    project_workflow_branch_data: _m.Field[
        list[ProjectInsightsSummaryProjectWorkflowBranchDataItem] | None
    ] = _m.Field(
        "project_workflow_branch_data",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item",
                "ProjectInsightsSummaryProjectWorkflowBranchDataItem",
            )
        ),
    )
    all_branches: _m.Field[list[str] | None] = _m.Field("all_branches", _m.list_of(_m.STRING))
    all_workflows: _m.Field[list[str] | None] = _m.Field("all_workflows", _m.list_of(_m.STRING))
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        org_id: Any | None | Unset = UNSET,
        project_id: Any | None | Unset = UNSET,
        project_data: ProjectInsightsSummaryProjectData | Mapping[str, Any] | None | Unset = UNSET,
        project_workflow_data: Sequence[ProjectInsightsSummaryProjectWorkflowDataItem | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        project_workflow_branch_data: Sequence[
            ProjectInsightsSummaryProjectWorkflowBranchDataItem | Mapping[str, Any]
        ]
        | None
        | Unset = UNSET,
        all_branches: Sequence[str] | None | Unset = UNSET,
        all_workflows: Sequence[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "org_id": org_id,
                "project_id": project_id,
                "project_data": project_data,
                "project_workflow_data": project_workflow_data,
                "project_workflow_branch_data": project_workflow_branch_data,
                "all_branches": all_branches,
                "all_workflows": all_workflows,
            }
        )
