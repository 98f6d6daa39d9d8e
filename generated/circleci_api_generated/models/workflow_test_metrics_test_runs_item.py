"""Generated from the OpenAPI schema of ``WorkflowTestMetricsTestRunsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_test_metrics_test_runs_item_test_counts import WorkflowTestMetricsTestRunsItemTestCounts

__all__ = ["WorkflowTestMetricsTestRunsItem"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_test_counts = _m.model(
    "circleci_api_generated.models.workflow_test_metrics_test_runs_item_test_counts",
    "WorkflowTestMetricsTestRunsItemTestCounts",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowTestMetricsTestRunsItem(_m.Model):
    """A ``WorkflowTestMetricsTestRunsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``pipeline_number``: ``int``, required
    * ``workflow_id``: ``Any``, required, may be null
    * ``success_rate``: ``float``, required
    * ``test_counts``: ``WorkflowTestMetricsTestRunsItemTestCounts``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    pipeline_number: int
    workflow_id: Any | None
    success_rate: float
    test_counts: WorkflowTestMetricsTestRunsItemTestCounts
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> WorkflowTestMetricsTestRunsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("pipeline_number")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "pipeline_number", p, e, "integer", True, False)
        v1 = g("workflow_id")
        if v1 is None and e is not None:
            _m.absent(d, "workflow_id", p, e, True, True)
        v2 = g("success_rate")
        if v2.__class__ is not float and v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "success_rate", p, e, "number", True, False)
        v3 = g("test_counts")
        if v3.__class__ is dict:
            v3 = (_C_test_counts._model or _C_test_counts.model)._parse(
                v3, p + ".test_counts" if e is not None else "", e
            )
        elif v3 is not None:
            v3 = _C_test_counts.parse(v3, p + ".test_counts" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "test_counts", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.pipeline_number = v0
        o.workflow_id = v1
        o.success_rate = v2
        o.test_counts = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowTestMetricsTestRunsItem,
    (
        _m.FieldSpec("pipeline_number", "pipeline_number", _m.INTEGER, required=True),
        _m.FieldSpec("workflow_id", "workflow_id", _m.ANY, required=True, nullable=True),
        _m.FieldSpec("success_rate", "success_rate", _m.NUMBER, required=True),
        _m.FieldSpec("test_counts", "test_counts", _C_test_counts, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowTestMetricsTestRunsItem._additional_ = _m.ANY
WorkflowTestMetricsTestRunsItem._input_additional_ = None
_KEYS = WorkflowTestMetricsTestRunsItem._keys_
