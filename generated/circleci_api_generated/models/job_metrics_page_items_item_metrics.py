"""Generated from the OpenAPI schema of ``JobMetricsPageItemsItemMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_metrics_page_items_item_metrics_duration_metrics import (
        JobMetricsPageItemsItemMetricsDurationMetrics,
    )

__all__ = ["JobMetricsPageItemsItemMetrics"]


class JobMetricsPageItemsItemMetrics(_m.Model):
    """A ``JobMetricsPageItemsItemMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    total_runs: _m.Field[int] = _m.Field("total_runs", _m.INTEGER, required=True)
    failed_runs: _m.Field[int] = _m.Field("failed_runs", _m.INTEGER, required=True)
    successful_runs: _m.Field[int] = _m.Field("successful_runs", _m.INTEGER, required=True)
    duration_metrics: _m.Field[JobMetricsPageItemsItemMetricsDurationMetrics] = _m.Field(
        "duration_metrics",
        _m.model(
            "circleci_api_generated.models.job_metrics_page_items_item_metrics_duration_metrics",
            "JobMetricsPageItemsItemMetricsDurationMetrics",
        ),
        required=True,
    )
    success_rate: _m.Field[float] = _m.Field("success_rate", _m.NUMBER, required=True)
    total_credits_used: _m.Field[int] = _m.Field("total_credits_used", _m.INTEGER, required=True)
    throughput: _m.Field[float] = _m.Field("throughput", _m.NUMBER, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        total_runs: int,
        failed_runs: int,
        successful_runs: int,
        duration_metrics: JobMetricsPageItemsItemMetricsDurationMetrics | Mapping[str, Any],
        success_rate: float,
        total_credits_used: int,
        throughput: float,
    ) -> None:
        self._init(
            {
                "total_runs": total_runs,
                "failed_runs": failed_runs,
                "successful_runs": successful_runs,
                "duration_metrics": duration_metrics,
                "success_rate": success_rate,
                "total_credits_used": total_credits_used,
                "throughput": throughput,
            }
        )
