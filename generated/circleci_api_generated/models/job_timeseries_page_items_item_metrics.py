"""Generated from the OpenAPI schema of ``JobTimeseriesPageItemsItemMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_timeseries_page_items_item_metrics_duration_metrics import (
        JobTimeseriesPageItemsItemMetricsDurationMetrics,
    )

__all__ = ["JobTimeseriesPageItemsItemMetrics"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_duration_metrics = _m.model(
    "circleci_api_generated.models.job_timeseries_page_items_item_metrics_duration_metrics",
    "JobTimeseriesPageItemsItemMetricsDurationMetrics",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobTimeseriesPageItemsItemMetrics(_m.Model):
    """A ``JobTimeseriesPageItemsItemMetrics`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``total_runs``: ``int``, required
    * ``failed_runs``: ``int``, required
    * ``successful_runs``: ``int``, required
    * ``throughput``: ``float``, required
    * ``median_credits_used``: ``int``, required
    * ``total_credits_used``: ``int``, required
    * ``duration_metrics``: ``JobTimeseriesPageItemsItemMetricsDurationMetrics``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    total_runs: int
    failed_runs: int
    successful_runs: int
    throughput: float
    median_credits_used: int
    total_credits_used: int
    duration_metrics: JobTimeseriesPageItemsItemMetricsDurationMetrics
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> JobTimeseriesPageItemsItemMetrics:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("total_runs")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "total_runs", p, e, "integer", True, False)
        v1 = g("failed_runs")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "failed_runs", p, e, "integer", True, False)
        v2 = g("successful_runs")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "successful_runs", p, e, "integer", True, False)
        v3 = g("throughput")
        if v3.__class__ is not float and v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "throughput", p, e, "number", True, False)
        v4 = g("median_credits_used")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "median_credits_used", p, e, "integer", True, False)
        v5 = g("total_credits_used")
        if v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "total_credits_used", p, e, "integer", True, False)
        v6 = g("duration_metrics")
        if v6.__class__ is dict:
            v6 = (_C_duration_metrics._model or _C_duration_metrics.model)._parse(
                v6, p + ".duration_metrics" if e is not None else "", e
            )
        elif v6 is not None:
            v6 = _C_duration_metrics.parse(v6, p + ".duration_metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "duration_metrics", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.total_runs = v0
        o.failed_runs = v1
        o.successful_runs = v2
        o.throughput = v3
        o.median_credits_used = v4
        o.total_credits_used = v5
        o.duration_metrics = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobTimeseriesPageItemsItemMetrics,
    (
        _m.FieldSpec("total_runs", "total_runs", _m.INTEGER, required=True),
        _m.FieldSpec("failed_runs", "failed_runs", _m.INTEGER, required=True),
        _m.FieldSpec("successful_runs", "successful_runs", _m.INTEGER, required=True),
        _m.FieldSpec("throughput", "throughput", _m.NUMBER, required=True),
        _m.FieldSpec("median_credits_used", "median_credits_used", _m.INTEGER, required=True),
        _m.FieldSpec("total_credits_used", "total_credits_used", _m.INTEGER, required=True),
        _m.FieldSpec("duration_metrics", "duration_metrics", _C_duration_metrics, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobTimeseriesPageItemsItemMetrics._additional_ = _m.ANY
JobTimeseriesPageItemsItemMetrics._input_additional_ = None
_KEYS = JobTimeseriesPageItemsItemMetrics._keys_
