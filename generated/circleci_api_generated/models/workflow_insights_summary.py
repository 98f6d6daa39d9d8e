"""Generated from the OpenAPI schema of ``WorkflowInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_insights_summary_metrics import WorkflowInsightsSummaryMetrics
    from .workflow_insights_summary_trends import WorkflowInsightsSummaryTrends

__all__ = ["WorkflowInsightsSummary"]


class WorkflowInsightsSummary(_m.Model):
    """A ``WorkflowInsightsSummary`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    metrics: _m.Field[WorkflowInsightsSummaryMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.workflow_insights_summary_metrics",
            "WorkflowInsightsSummaryMetrics",
        ),
        required=True,
    )
    trends: _m.Field[WorkflowInsightsSummaryTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.workflow_insights_summary_trends", "WorkflowInsightsSummaryTrends"
        ),
        required=True,
    )
    workflow_names: _m.Field[list[str]] = _m.Field("workflow_names", _m.list_of(_m.STRING), required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        metrics: WorkflowInsightsSummaryMetrics | Mapping[str, Any],
        trends: WorkflowInsightsSummaryTrends | Mapping[str, Any],
        workflow_names: Sequence[str],
    ) -> None:
        self._init(
            {
                "metrics": metrics,
                "trends": trends,
                "workflow_names": workflow_names,
            }
        )
