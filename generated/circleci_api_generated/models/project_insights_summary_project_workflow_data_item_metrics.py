"""Generated from the OpenAPI schema of ``ProjectInsightsSummaryProjectWorkflowDataItemMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ProjectInsightsSummaryProjectWorkflowDataItemMetrics"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ProjectInsightsSummaryProjectWorkflowDataItemMetrics(_m.Model):
    """A ``ProjectInsightsSummaryProjectWorkflowDataItemMetrics`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``total_credits_used``: ``int``, required
    * ``p95_duration_secs``: ``float``, required
    * ``total_runs``: ``int``, required
    * ``success_rate``: ``float``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    total_credits_used: int
    p95_duration_secs: float
    total_runs: int
    success_rate: float
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> ProjectInsightsSummaryProjectWorkflowDataItemMetrics:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("total_credits_used")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "total_credits_used", p, e, "integer", True, False)
        v1 = g("p95_duration_secs")
        if v1.__class__ is not float and v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "p95_duration_secs", p, e, "number", True, False)
        v2 = g("total_runs")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "total_runs", p, e, "integer", True, False)
        v3 = g("success_rate")
        if v3.__class__ is not float and v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "success_rate", p, e, "number", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.total_credits_used = v0
        o.p95_duration_secs = v1
        o.total_runs = v2
        o.success_rate = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ProjectInsightsSummaryProjectWorkflowDataItemMetrics,
    (
        _m.FieldSpec("total_credits_used", "total_credits_used", _m.INTEGER, required=True),
        _m.FieldSpec("p95_duration_secs", "p95_duration_secs", _m.NUMBER, required=True),
        _m.FieldSpec("total_runs", "total_runs", _m.INTEGER, required=True),
        _m.FieldSpec("success_rate", "success_rate", _m.NUMBER, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
ProjectInsightsSummaryProjectWorkflowDataItemMetrics._additional_ = _m.ANY
ProjectInsightsSummaryProjectWorkflowDataItemMetrics._input_additional_ = None
_KEYS = ProjectInsightsSummaryProjectWorkflowDataItemMetrics._keys_
