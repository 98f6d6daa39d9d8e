"""Generated from the OpenAPI schema of ``WorkflowTestMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_test_metrics_most_failed_tests_item import WorkflowTestMetricsMostFailedTestsItem
    from .workflow_test_metrics_slowest_tests_item import WorkflowTestMetricsSlowestTestsItem
    from .workflow_test_metrics_test_runs_item import WorkflowTestMetricsTestRunsItem

__all__ = ["WorkflowTestMetrics"]


class WorkflowTestMetrics(_m.Model):
    """A ``WorkflowTestMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    average_test_count: _m.Field[int] = _m.Field("average_test_count", _m.INTEGER, required=True)
    most_failed_tests: _m.Field[list[WorkflowTestMetricsMostFailedTestsItem]] = _m.Field(
        "most_failed_tests",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.workflow_test_metrics_most_failed_tests_item",
                "WorkflowTestMetricsMostFailedTestsItem",
            )
        ),
        required=True,
    )
    most_failed_tests_extra: _m.Field[int] = _m.Field("most_failed_tests_extra", _m.INTEGER, required=True)
    slowest_tests: _m.Field[list[WorkflowTestMetricsSlowestTestsItem]] = _m.Field(
        "slowest_tests",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.workflow_test_metrics_slowest_tests_item",
                "WorkflowTestMetricsSlowestTestsItem",
            )
        ),
        required=True,
    )
    slowest_tests_extra: _m.Field[int] = _m.Field("slowest_tests_extra", _m.INTEGER, required=True)
    total_test_runs: _m.Field[int] = _m.Field("total_test_runs", _m.INTEGER, required=True)
    test_runs: _m.Field[list[WorkflowTestMetricsTestRunsItem]] = _m.Field(
        "test_runs",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.workflow_test_metrics_test_runs_item",
                "WorkflowTestMetricsTestRunsItem",
            )
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        average_test_count: int,
        most_failed_tests: Sequence[WorkflowTestMetricsMostFailedTestsItem | Mapping[str, Any]],
        most_failed_tests_extra: int,
        slowest_tests: Sequence[WorkflowTestMetricsSlowestTestsItem | Mapping[str, Any]],
        slowest_tests_extra: int,
        total_test_runs: int,
        test_runs: Sequence[WorkflowTestMetricsTestRunsItem | Mapping[str, Any]],
    ) -> None:
        self._init(
            {
                "average_test_count": average_test_count,
                "most_failed_tests": most_failed_tests,
                "most_failed_tests_extra": most_failed_tests_extra,
                "slowest_tests": slowest_tests,
                "slowest_tests_extra": slowest_tests_extra,
                "total_test_runs": total_test_runs,
                "test_runs": test_runs,
            }
        )
