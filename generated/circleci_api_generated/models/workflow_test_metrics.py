"""Generated from the OpenAPI schema of ``WorkflowTestMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_test_metrics_most_failed_tests_item import WorkflowTestMetricsMostFailedTestsItem
    from .workflow_test_metrics_slowest_tests_item import WorkflowTestMetricsSlowestTestsItem
    from .workflow_test_metrics_test_runs_item import WorkflowTestMetricsTestRunsItem

__all__ = ["WorkflowTestMetrics"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_most_failed_tests = _m.list_of(
    _m.model(
        "circleci_api_generated.models.workflow_test_metrics_most_failed_tests_item",
        "WorkflowTestMetricsMostFailedTestsItem",
    )
)
_C_slowest_tests = _m.list_of(
    _m.model(
        "circleci_api_generated.models.workflow_test_metrics_slowest_tests_item",
        "WorkflowTestMetricsSlowestTestsItem",
    )
)
_C_test_runs = _m.list_of(
    _m.model(
        "circleci_api_generated.models.workflow_test_metrics_test_runs_item",
        "WorkflowTestMetricsTestRunsItem",
    )
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowTestMetrics(_m.Model):
    """A ``WorkflowTestMetrics`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``average_test_count``: ``int``, required
    * ``most_failed_tests``: ``list[WorkflowTestMetricsMostFailedTestsItem]``, required
    * ``most_failed_tests_extra``: ``int``, required
    * ``slowest_tests``: ``list[WorkflowTestMetricsSlowestTestsItem]``, required
    * ``slowest_tests_extra``: ``int``, required
    * ``total_test_runs``: ``int``, required
    * ``test_runs``: ``list[WorkflowTestMetricsTestRunsItem]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    average_test_count: int
    most_failed_tests: list[WorkflowTestMetricsMostFailedTestsItem]
    most_failed_tests_extra: int
    slowest_tests: list[WorkflowTestMetricsSlowestTestsItem]
    slowest_tests_extra: int
    total_test_runs: int
    test_runs: list[WorkflowTestMetricsTestRunsItem]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> WorkflowTestMetrics:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("average_test_count")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "average_test_count", p, e, "integer", True, False)
        v1 = g("most_failed_tests")
        if v1 is not None:
            v1 = _C_most_failed_tests.parse(v1, p + ".most_failed_tests" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "most_failed_tests", p, e, True, False)
        v2 = g("most_failed_tests_extra")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "most_failed_tests_extra", p, e, "integer", True, False)
        v3 = g("slowest_tests")
        if v3 is not None:
            v3 = _C_slowest_tests.parse(v3, p + ".slowest_tests" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "slowest_tests", p, e, True, False)
        v4 = g("slowest_tests_extra")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "slowest_tests_extra", p, e, "integer", True, False)
        v5 = g("total_test_runs")
        if v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "total_test_runs", p, e, "integer", True, False)
        v6 = g("test_runs")
        if v6 is not None:
            v6 = _C_test_runs.parse(v6, p + ".test_runs" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "test_runs", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.average_test_count = v0
        o.most_failed_tests = v1
        o.most_failed_tests_extra = v2
        o.slowest_tests = v3
        o.slowest_tests_extra = v4
        o.total_test_runs = v5
        o.test_runs = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowTestMetrics,
    (
        _m.FieldSpec("average_test_count", "average_test_count", _m.INTEGER, required=True),
        _m.FieldSpec("most_failed_tests", "most_failed_tests", _C_most_failed_tests, required=True),
        _m.FieldSpec("most_failed_tests_extra", "most_failed_tests_extra", _m.INTEGER, required=True),
        _m.FieldSpec("slowest_tests", "slowest_tests", _C_slowest_tests, required=True),
        _m.FieldSpec("slowest_tests_extra", "slowest_tests_extra", _m.INTEGER, required=True),
        _m.FieldSpec("total_test_runs", "total_test_runs", _m.INTEGER, required=True),
        _m.FieldSpec("test_runs", "test_runs", _C_test_runs, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowTestMetrics._additional_ = _m.ANY
WorkflowTestMetrics._input_additional_ = None
_KEYS = WorkflowTestMetrics._keys_
