"""Generated from the OpenAPI schema of ``WorkflowTestMetricsTestRunsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_test_metrics_test_runs_item_test_counts import WorkflowTestMetricsTestRunsItemTestCounts

__all__ = ["WorkflowTestMetricsTestRunsItem"]


class WorkflowTestMetricsTestRunsItem(_m.Model):
    """A ``WorkflowTestMetricsTestRunsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    pipeline_number: _m.Field[int] = _m.Field("pipeline_number", _m.INTEGER, required=True)
    workflow_id: _m.Field[Any | None] = _m.Field("workflow_id", _m.ANY, required=True, nullable=True)
    success_rate: _m.Field[float] = _m.Field("success_rate", _m.NUMBER, required=True)
    test_counts: _m.Field[WorkflowTestMetricsTestRunsItemTestCounts] = _m.Field(
        "test_counts",
        _m.model(
            "circleci_api_generated.models.workflow_test_metrics_test_runs_item_test_counts",
            "WorkflowTestMetricsTestRunsItemTestCounts",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        pipeline_number: int,
        workflow_id: Any | None,
        success_rate: float,
        test_counts: WorkflowTestMetricsTestRunsItemTestCounts | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "pipeline_number": pipeline_number,
                "workflow_id": workflow_id,
                "success_rate": success_rate,
                "test_counts": test_counts,
            }
        )
