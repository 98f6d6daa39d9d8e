"""Generated from the OpenAPI schema of ``ProjectInsightsSummaryProjectWorkflowBranchDataItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_workflow_branch_data_item_metrics import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics,
    )
    from .project_insights_summary_project_workflow_branch_data_item_trends import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends,
    )

__all__ = ["ProjectInsightsSummaryProjectWorkflowBranchDataItem"]


class ProjectInsightsSummaryProjectWorkflowBranchDataItem(_m.Model):
    """A ``ProjectInsightsSummaryProjectWorkflowBranchDataItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    workflow_name: _m.Field[str] = _m.Field("workflow_name", _m.STRING, required=True)
    branch: _m.Field[str] = _m.Field("branch", _m.STRING, required=True)
    metrics: _m.Field[ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item_metrics",
            "ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics",
        ),
        required=True,
    )
    trends: _m.Field[ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item_trends",
            "ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        workflow_name: str,
        branch: str,
        metrics: ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics | Mapping[str, Any],
        trends: ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "workflow_name": workflow_name,
                "branch": branch,
                "metrics": metrics,
                "trends": trends,
            }
        )
