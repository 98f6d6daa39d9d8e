"""Generated from the OpenAPI schema of ``ProjectInsightsSummaryProjectWorkflowDataItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_workflow_data_item_metrics import (
        ProjectInsightsSummaryProjectWorkflowDataItemMetrics,
    )
    from .project_insights_summary_project_workflow_data_item_trends import (
        ProjectInsightsSummaryProjectWorkflowDataItemTrends,
    )

__all__ = ["ProjectInsightsSummaryProjectWorkflowDataItem"]


class ProjectInsightsSummaryProjectWorkflowDataItem(_m.Model):
    """A ``ProjectInsightsSummaryProjectWorkflowDataItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    workflow_name: _m.Field[str] = _m.Field("workflow_name", _m.STRING, required=True)
    metrics: _m.Field[ProjectInsightsSummaryProjectWorkflowDataItemMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_workflow_data_item_metrics",
            "ProjectInsightsSummaryProjectWorkflowDataItemMetrics",
        ),
        required=True,
    )
    trends: _m.Field[ProjectInsightsSummaryProjectWorkflowDataItemTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_workflow_data_item_trends",
            "ProjectInsightsSummaryProjectWorkflowDataItemTrends",
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
        metrics: ProjectInsightsSummaryProjectWorkflowDataItemMetrics | Mapping[str, Any],
        trends: ProjectInsightsSummaryProjectWorkflowDataItemTrends | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "workflow_name": workflow_name,
                "metrics": metrics,
                "trends": trends,
            }
        )
