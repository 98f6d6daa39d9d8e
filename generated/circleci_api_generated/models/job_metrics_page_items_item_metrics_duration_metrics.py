"""Generated from the OpenAPI schema of ``JobMetricsPageItemsItemMetricsDurationMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobMetricsPageItemsItemMetricsDurationMetrics"]


class JobMetricsPageItemsItemMetricsDurationMetrics(_m.Model):
    """A ``JobMetricsPageItemsItemMetricsDurationMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    min: _m.Field[int | None] = _m.Field("min", _m.INTEGER, required=True, nullable=True)
    mean: _m.Field[int | None] = _m.Field("mean", _m.INTEGER, required=True, nullable=True)
    median: _m.Field[int | None] = _m.Field("median", _m.INTEGER, required=True, nullable=True)
    p95: _m.Field[int | None] = _m.Field("p95", _m.INTEGER, required=True, nullable=True)
    max: _m.Field[int | None] = _m.Field("max", _m.INTEGER, required=True, nullable=True)
    standard_deviation: _m.Field[float | None] = _m.Field(
        "standard_deviation", _m.NUMBER, required=True, nullable=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        min: int | None,
        mean: int | None,
        median: int | None,
        p95: int | None,
        max: int | None,
        standard_deviation: float | None,
    ) -> None:
        self._init(
            {
                "min": min,
                "mean": mean,
                "median": median,
                "p95": p95,
                "max": max,
                "standard_deviation": standard_deviation,
            }
        )
