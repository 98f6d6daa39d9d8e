"""Generated from the OpenAPI schema of ``WorkflowInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_insights_summary_metrics import WorkflowInsightsSummaryMetrics
    from .workflow_insights_summary_trends import WorkflowInsightsSummaryTrends

__all__ = ["WorkflowInsightsSummary"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metrics = _m.model(
    "circleci_api_generated.models.workflow_insights_summary_metrics", "WorkflowInsightsSummaryMetrics"
)
_C_trends = _m.model(
    "circleci_api_generated.models.workflow_insights_summary_trends", "WorkflowInsightsSummaryTrends"
)
_C_workflow_names = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowInsightsSummary(_m.Model):
    """A ``WorkflowInsightsSummary`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``metrics``: ``WorkflowInsightsSummaryMetrics``, required
    * ``trends``: ``WorkflowInsightsSummaryTrends``, required
    * ``workflow_names``: ``list[str]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    metrics: WorkflowInsightsSummaryMetrics
    trends: WorkflowInsightsSummaryTrends
    workflow_names: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> WorkflowInsightsSummary:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("metrics")
        if v0.__class__ is dict:
            v0 = (_C_metrics._model or _C_metrics.model)._parse(
                v0, p + ".metrics" if e is not None else "", e
            )
        elif v0 is not None:
            v0 = _C_metrics.parse(v0, p + ".metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metrics", p, e, True, False)
        v1 = g("trends")
        if v1.__class__ is dict:
            v1 = (_C_trends._model or _C_trends.model)._parse(v1, p + ".trends" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_trends.parse(v1, p + ".trends" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "trends", p, e, True, False)
        v2 = g("workflow_names")
        if v2 is not None:
            v2 = _C_workflow_names.parse(v2, p + ".workflow_names" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "workflow_names", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.metrics = v0
        o.trends = v1
        o.workflow_names = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowInsightsSummary,
    (
        _m.FieldSpec("metrics", "metrics", _C_metrics, required=True),
        _m.FieldSpec("trends", "trends", _C_trends, required=True),
        _m.FieldSpec("workflow_names", "workflow_names", _C_workflow_names, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowInsightsSummary._additional_ = _m.ANY
WorkflowInsightsSummary._input_additional_ = None
_KEYS = WorkflowInsightsSummary._keys_
