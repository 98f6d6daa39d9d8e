"""Generated from the OpenAPI schema of ``WorkflowMetricsPageItemsItemMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_metrics_page_items_item_metrics_duration_metrics import (
        WorkflowMetricsPageItemsItemMetricsDurationMetrics,
    )

__all__ = ["WorkflowMetricsPageItemsItemMetrics"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_duration_metrics = _m.model(
    "circleci_api_generated.models.workflow_metrics_page_items_item_metrics_duration_metrics",
    "WorkflowMetricsPageItemsItemMetricsDurationMetrics",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowMetricsPageItemsItemMetrics(_m.Model):
    """A ``WorkflowMetricsPageItemsItemMetrics`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``total_runs``: ``int``, required
    * ``successful_runs``: ``int``, required
    * ``mttr``: ``int``, required, may be null
    * ``total_credits_used``: ``int``, required, may be null
    * ``failed_runs``: ``int``, required
    * ``success_rate``: ``float``, required
    * ``duration_metrics``: ``WorkflowMetricsPageItemsItemMetricsDurationMetrics``, required
    * ``total_recoveries``: ``int``, required, may be null
    * ``throughput``: ``float``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    total_runs: int
    successful_runs: int
    mttr: int | None
    total_credits_used: int | None
    failed_runs: int
    success_rate: float
    duration_metrics: WorkflowMetricsPageItemsItemMetricsDurationMetrics
    total_recoveries: int | None
    throughput: float
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> WorkflowMetricsPageItemsItemMetrics:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("total_runs")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "total_runs", p, e, "integer", True, False)
        v1 = g("successful_runs")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "successful_runs", p, e, "integer", True, False)
        v2 = g("mttr")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "mttr", p, e, "integer", True, True)
        v3 = g("total_credits_used")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "total_credits_used", p, e, "integer", True, True)
        v4 = g("failed_runs")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "failed_runs", p, e, "integer", True, False)
        v5 = g("success_rate")
        if v5.__class__ is not float and v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "success_rate", p, e, "number", True, False)
        v6 = g("duration_metrics")
        if v6.__class__ is dict:
            v6 = (_C_duration_metrics._model or _C_duration_metrics.model)._parse(
                v6, p + ".duration_metrics" if e is not None else "", e
            )
        elif v6 is not None:
            v6 = _C_duration_metrics.parse(v6, p + ".duration_metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "duration_metrics", p, e, True, False)
        v7 = g("total_recoveries")
        if v7.__class__ is not int and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "total_recoveries", p, e, "integer", True, True)
        v8 = g("throughput")
        if v8.__class__ is not float and v8.__class__ is not int and (v8 is not None or e is not None):
            v8 = _m.bad(v8, d, "throughput", p, e, "number", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.total_runs = v0
        o.successful_runs = v1
        o.mttr = v2
        o.total_credits_used = v3
        o.failed_runs = v4
        o.success_rate = v5
        o.duration_metrics = v6
        o.total_recoveries = v7
        o.throughput = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowMetricsPageItemsItemMetrics,
    (
        _m.FieldSpec("total_runs", "total_runs", _m.INTEGER, required=True),
        _m.FieldSpec("successful_runs", "successful_runs", _m.INTEGER, required=True),
        _m.FieldSpec("mttr", "mttr", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("total_credits_used", "total_credits_used", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("failed_runs", "failed_runs", _m.INTEGER, required=True),
        _m.FieldSpec("success_rate", "success_rate", _m.NUMBER, required=True),
        _m.FieldSpec("duration_metrics", "duration_metrics", _C_duration_metrics, required=True),
        _m.FieldSpec("total_recoveries", "total_recoveries", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("throughput", "throughput", _m.NUMBER, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowMetricsPageItemsItemMetrics._additional_ = _m.ANY
WorkflowMetricsPageItemsItemMetrics._input_additional_ = None
_KEYS = WorkflowMetricsPageItemsItemMetrics._keys_
