"""Generated from the OpenAPI schema of ``ProjectInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_data import ProjectInsightsSummaryProjectData
    from .project_insights_summary_project_workflow_branch_data_item import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItem,
    )
    from .project_insights_summary_project_workflow_data_item import (
        ProjectInsightsSummaryProjectWorkflowDataItem,
    )

__all__ = ["ProjectInsightsSummary"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_project_data = _m.model(
    "circleci_api_generated.models.project_insights_summary_project_data", "ProjectInsightsSummaryProjectData"
)
_C_project_workflow_data = _m.list_of(
    _m.model(
        "circleci_api_generated.models.project_insights_summary_project_workflow_data_item",
        "ProjectInsightsSummaryProjectWorkflowDataItem",
    )
)
_C_project_workflow_branch_data = _m.list_of(
    _m.model(
        "circleci_api_generated.models.project_insights_summary_project_workflow_branch_data_item",
        "ProjectInsightsSummaryProjectWorkflowBranchDataItem",
    )
)
_C_all_branches = _m.list_of(_m.STRING)
_C_all_workflows = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ProjectInsightsSummary(_m.Model):
    """A ``ProjectInsightsSummary`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``org_id``: ``Any``, may be null
    * ``project_id``: ``Any``, may be null
    * ``project_data``: ``ProjectInsightsSummaryProjectData``
    * ``project_workflow_data``: ``list[ProjectInsightsSummaryProjectWorkflowDataItem]``
    * ``project_workflow_branch_data``: ``list[ProjectInsightsSummaryProjectWorkflowBranchDataItem]``
    * ``all_branches``: ``list[str]``
    * ``all_workflows``: ``list[str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    org_id: Any | None | Unset = UNSET
    project_id: Any | None | Unset = UNSET
    project_data: ProjectInsightsSummaryProjectData | None = None
    project_workflow_data: list[ProjectInsightsSummaryProjectWorkflowDataItem] | None = None
    project_workflow_branch_data: list[ProjectInsightsSummaryProjectWorkflowBranchDataItem] | None = None
    all_branches: list[str] | None = None
    all_workflows: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ProjectInsightsSummary:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("org_id")
        v1 = g("project_id")
        v2 = g("project_data")
        if v2.__class__ is dict:
            v2 = (_C_project_data._model or _C_project_data.model)._parse(
                v2, p + ".project_data" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_project_data.parse(v2, p + ".project_data" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "project_data", p, e, False, False)
        v3 = g("project_workflow_data")
        if v3 is not None:
            v3 = _C_project_workflow_data.parse(v3, p + ".project_workflow_data" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "project_workflow_data", p, e, False, False)
        v4 = g("project_workflow_branch_data")
        if v4 is not None:
            v4 = _C_project_workflow_branch_data.parse(
                v4, p + ".project_workflow_branch_data" if e is not None else "", e
            )
        elif e is not None:
            _m.absent(d, "project_workflow_branch_data", p, e, False, False)
        v5 = g("all_branches")
        if v5 is not None:
            v5 = _C_all_branches.parse(v5, p + ".all_branches" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "all_branches", p, e, False, False)
        v6 = g("all_workflows")
        if v6 is not None:
            v6 = _C_all_workflows.parse(v6, p + ".all_workflows" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "all_workflows", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.org_id = v0
        o.project_id = v1
        o.project_data = v2
        o.project_workflow_data = v3
        o.project_workflow_branch_data = v4
        o.all_branches = v5
        o.all_workflows = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ProjectInsightsSummary,
    (
        _m.FieldSpec("org_id", "org_id", _m.ANY, nullable=True),
        _m.FieldSpec("project_id", "project_id", _m.ANY, nullable=True),
        _m.FieldSpec("project_data", "project_data", _C_project_data),
        _m.FieldSpec("project_workflow_data", "project_workflow_data", _C_project_workflow_data),
        _m.FieldSpec(
            "project_workflow_branch_data", "project_workflow_branch_data", _C_project_workflow_branch_data
        ),
        _m.FieldSpec("all_branches", "all_branches", _C_all_branches),
        _m.FieldSpec("all_workflows", "all_workflows", _C_all_workflows),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
ProjectInsightsSummary._additional_ = _m.ANY
ProjectInsightsSummary._input_additional_ = None
_KEYS = ProjectInsightsSummary._keys_
