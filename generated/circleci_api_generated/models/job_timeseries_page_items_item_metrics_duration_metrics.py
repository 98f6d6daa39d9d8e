"""Generated from the OpenAPI schema of ``JobTimeseriesPageItemsItemMetricsDurationMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobTimeseriesPageItemsItemMetricsDurationMetrics"]


class JobTimeseriesPageItemsItemMetricsDurationMetrics(_m.Model):
    """A ``JobTimeseriesPageItemsItemMetricsDurationMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    min: _m.Field[int | None] = _m.Field("min", _m.INTEGER, required=True, nullable=True)
    median: _m.Field[int | None] = _m.Field("median", _m.INTEGER, required=True, nullable=True)
    max: _m.Field[int | None] = _m.Field("max", _m.INTEGER, required=True, nullable=True)
    p95: _m.Field[int | None] = _m.Field("p95", _m.INTEGER, required=True, nullable=True)
    total: _m.Field[int | None] = _m.Field("total", _m.INTEGER, required=True, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        min: int | None,
        median: int | None,
        max: int | None,
        p95: int | None,
        total: int | None,
    ) -> None:
        self._init(
            {
                "min": min,
                "median": median,
                "max": max,
                "p95": p95,
                "total": total,
            }
        )
