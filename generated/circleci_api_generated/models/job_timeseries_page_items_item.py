"""Generated from the OpenAPI schema of ``JobTimeseriesPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_timeseries_page_items_item_metrics import JobTimeseriesPageItemsItemMetrics

__all__ = ["JobTimeseriesPageItemsItem"]


class JobTimeseriesPageItemsItem(_m.Model):
    """A ``JobTimeseriesPageItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    min_started_at: _m.Field[datetime.datetime] = _m.Field("min_started_at", _m.DATETIME, required=True)
    max_ended_at: _m.Field[datetime.datetime] = _m.Field("max_ended_at", _m.DATETIME, required=True)
    timestamp: _m.Field[datetime.datetime] = _m.Field("timestamp", _m.DATETIME, required=True)
    metrics: _m.Field[JobTimeseriesPageItemsItemMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.job_timeseries_page_items_item_metrics",
            "JobTimeseriesPageItemsItemMetrics",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        min_started_at: datetime.datetime | str,
        max_ended_at: datetime.datetime | str,
        timestamp: datetime.datetime | str,
        metrics: JobTimeseriesPageItemsItemMetrics | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "name": name,
                "min_started_at": min_started_at,
                "max_ended_at": max_ended_at,
                "timestamp": timestamp,
                "metrics": metrics,
            }
        )
