"""Generated from the OpenAPI schema of ``WorkflowInsightsSummaryTrends``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WorkflowInsightsSummaryTrends"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowInsightsSummaryTrends(_m.Model):
    """A ``WorkflowInsightsSummaryTrends`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``total_runs``: ``float``, required
    * ``failed_runs``: ``float``, required
    * ``success_rate``: ``float``, required
    * ``p95_duration_secs``: ``float``, required
    * ``median_duration_secs``: ``float``, required
    * ``total_credits_used``: ``float``, required
    * ``mttr``: ``float``, required
    * ``throughput``: ``float``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    total_runs: float
    failed_runs: float
    success_rate: float
    p95_duration_secs: float
    median_duration_secs: float
    total_credits_used: float
    mttr: float
    throughput: float
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> WorkflowInsightsSummaryTrends:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("total_runs")
        if v0.__class__ is not float and v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "total_runs", p, e, "number", True, False)
        v1 = g("failed_runs")
        if v1.__class__ is not float and v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "failed_runs", p, e, "number", True, False)
        v2 = g("success_rate")
        if v2.__class__ is not float and v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "success_rate", p, e, "number", True, False)
        v3 = g("p95_duration_secs")
        if v3.__class__ is not float and v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "p95_duration_secs", p, e, "number", True, False)
        v4 = g("median_duration_secs")
        if v4.__class__ is not float and v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "median_duration_secs", p, e, "number", True, False)
        v5 = g("total_credits_used")
        if v5.__class__ is not float and v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "total_credits_used", p, e, "number", True, False)
        v6 = g("mttr")
        if v6.__class__ is not float and v6.__class__ is not int and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "mttr", p, e, "number", True, False)
        v7 = g("throughput")
        if v7.__class__ is not float and v7.__class__ is not int and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "throughput", p, e, "number", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.total_runs = v0
        o.failed_runs = v1
        o.success_rate = v2
        o.p95_duration_secs = v3
        o.median_duration_secs = v4
        o.total_credits_used = v5
        o.mttr = v6
        o.throughput = v7
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowInsightsSummaryTrends,
    (
        _m.FieldSpec("total_runs", "total_runs", _m.NUMBER, required=True),
        _m.FieldSpec("failed_runs", "failed_runs", _m.NUMBER, required=True),
        _m.FieldSpec("success_rate", "success_rate", _m.NUMBER, required=True),
        _m.FieldSpec("p95_duration_secs", "p95_duration_secs", _m.NUMBER, required=True),
        _m.FieldSpec("median_duration_secs", "median_duration_secs", _m.NUMBER, required=True),
        _m.FieldSpec("total_credits_used", "total_credits_used", _m.NUMBER, required=True),
        _m.FieldSpec("mttr", "mttr", _m.NUMBER, required=True),
        _m.FieldSpec("throughput", "throughput", _m.NUMBER, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowInsightsSummaryTrends._additional_ = _m.ANY
WorkflowInsightsSummaryTrends._input_additional_ = None
_KEYS = WorkflowInsightsSummaryTrends._keys_
