"""Generated from the OpenAPI schema of ``WorkflowInsightsSummaryMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_insights_summary_metrics_duration_metrics import (
        WorkflowInsightsSummaryMetricsDurationMetrics,
    )

__all__ = ["WorkflowInsightsSummaryMetrics"]


class WorkflowInsightsSummaryMetrics(_m.Model):
    """A ``WorkflowInsightsSummaryMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    total_runs: _m.Field[int] = _m.Field("total_runs", _m.INTEGER, required=True)
    successful_runs: _m.Field[int] = _m.Field("successful_runs", _m.INTEGER, required=True)
    mttr: _m.Field[int | None] = _m.Field("mttr", _m.INTEGER, required=True, nullable=True)
    total_credits_used: _m.Field[int | None] = _m.Field(
        "total_credits_used", _m.INTEGER, required=True, nullable=True
    )
    failed_runs: _m.Field[int] = _m.Field("failed_runs", _m.INTEGER, required=True)
    success_rate: _m.Field[float] = _m.Field("success_rate", _m.NUMBER, required=True)
    completed_runs: _m.Field[int | None] = _m.Field(
        "completed_runs", _m.INTEGER, required=True, nullable=True
    )
    window_start: _m.Field[datetime.datetime] = _m.Field("window_start", _m.DATETIME, required=True)
    duration_metrics: _m.Field[WorkflowInsightsSummaryMetricsDurationMetrics] = _m.Field(
        "duration_metrics",
        _m.model(
            "circleci_api_generated.models.workflow_insights_summary_metrics_duration_metrics",
            "WorkflowInsightsSummaryMetricsDurationMetrics",
        ),
        required=True,
    )
    window_end: _m.Field[datetime.datetime] = _m.Field("window_end", _m.DATETIME, required=True)
    throughput: _m.Field[float] = _m.Field("throughput", _m.NUMBER, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        total_runs: int,
        successful_runs: int,
        mttr: int | None,
        total_credits_used: int | None,
        failed_runs: int,
        success_rate: float,
        completed_runs: int | None,
        window_start: datetime.datetime | str,
        duration_metrics: WorkflowInsightsSummaryMetricsDurationMetrics | Mapping[str, Any],
        window_end: datetime.datetime | str,
        throughput: float,
    ) -> None:
        self._init(
            {
                "total_runs": total_runs,
                "successful_runs": successful_runs,
                "mttr": mttr,
                "total_credits_used": total_credits_used,
                "failed_runs": failed_runs,
                "success_rate": success_rate,
                "completed_runs": completed_runs,
                "window_start": window_start,
                "duration_metrics": duration_metrics,
                "window_end": window_end,
                "throughput": throughput,
            }
        )
