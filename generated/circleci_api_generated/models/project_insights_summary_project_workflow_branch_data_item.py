"""Generated from the OpenAPI schema of ``ProjectInsightsSummaryProjectWorkflowBranchDataItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_workflow_branch_data_item_metrics import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics,
    )
    from .project_insights_summary_project_workflow_branch_data_item_trends import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends,
    )

__all__ = ["ProjectInsightsSummaryProjectWorkflowBranchDataItem"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metrics = _m.model(
    "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item_metrics",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics",
)
_C_trends = _m.model(
    "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item_trends",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ProjectInsightsSummaryProjectWorkflowBranchDataItem(_m.Model):
    """A ``ProjectInsightsSummaryProjectWorkflowBranchDataItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``workflow_name``: ``str``, required
    * ``branch``: ``str``, required
    * ``metrics``: ``ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics``, required
    * ``trends``: ``ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    workflow_name: str
    branch: str
    metrics: ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics
    trends: ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> ProjectInsightsSummaryProjectWorkflowBranchDataItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("workflow_name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "workflow_name", p, e, "string", True, False)
        v1 = g("branch")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "branch", p, e, "string", True, False)
        v2 = g("metrics")
        if v2.__class__ is dict:
            v2 = (_C_metrics._model or _C_metrics.model)._parse(
                v2, p + ".metrics" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_metrics.parse(v2, p + ".metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metrics", p, e, True, False)
        v3 = g("trends")
        if v3.__class__ is dict:
            v3 = (_C_trends._model or _C_trends.model)._parse(v3, p + ".trends" if e is not None else "", e)
        elif v3 is not None:
            v3 = _C_trends.parse(v3, p + ".trends" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "trends", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.workflow_name = v0
        o.branch = v1
        o.metrics = v2
        o.trends = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ProjectInsightsSummaryProjectWorkflowBranchDataItem,
    (
        _m.FieldSpec("workflow_name", "workflow_name", _m.STRING, required=True),
        _m.FieldSpec("branch", "branch", _m.STRING, required=True),
        _m.FieldSpec("metrics", "metrics", _C_metrics, required=True),
        _m.FieldSpec("trends", "trends", _C_trends, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
ProjectInsightsSummaryProjectWorkflowBranchDataItem._additional_ = _m.ANY
ProjectInsightsSummaryProjectWorkflowBranchDataItem._input_additional_ = None
_KEYS = ProjectInsightsSummaryProjectWorkflowBranchDataItem._keys_
