"""Generated from the OpenAPI schema of ``JobTimeseriesPageItemsItemMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_timeseries_page_items_item_metrics_duration_metrics import (
        JobTimeseriesPageItemsItemMetricsDurationMetrics,
    )

__all__ = ["JobTimeseriesPageItemsItemMetrics"]


class JobTimeseriesPageItemsItemMetrics(_m.Model):
    """A ``JobTimeseriesPageItemsItemMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    total_runs: _m.Field[int] = _m.Field("total_runs", _m.INTEGER, required=True)
    failed_runs: _m.Field[int] = _m.Field("failed_runs", _m.INTEGER, required=True)
    successful_runs: _m.Field[int] = _m.Field("successful_runs", _m.INTEGER, required=True)
    throughput: _m.Field[float] = _m.Field("throughput", _m.NUMBER, required=True)
    median_credits_used: _m.Field[int] = _m.Field("median_credits_used", _m.INTEGER, required=True)
    total_credits_used: _m.Field[int] = _m.Field("total_credits_used", _m.INTEGER, required=True)
    duration_metrics: _m.Field[JobTimeseriesPageItemsItemMetricsDurationMetrics] = _m.Field(
        "duration_metrics",
        _m.model(
            "circleci_api_generated.models.job_timeseries_page_items_item_metrics_duration_metrics",
            "JobTimeseriesPageItemsItemMetricsDurationMetrics",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        total_runs: int,
        failed_runs: int,
        successful_runs: int,
        throughput: float,
        median_credits_used: int,
        total_credits_used: int,
        duration_metrics: JobTimeseriesPageItemsItemMetricsDurationMetrics | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "total_runs": total_runs,
                "failed_runs": failed_runs,
                "successful_runs": successful_runs,
                "throughput": throughput,
                "median_credits_used": median_credits_used,
                "total_credits_used": total_credits_used,
                "duration_metrics": duration_metrics,
            }
        )
