"""Generated from the OpenAPI schema of ``ProjectInsightsSummaryProjectData``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_insights_summary_project_data_metrics import ProjectInsightsSummaryProjectDataMetrics
    from .project_insights_summary_project_data_trends import ProjectInsightsSummaryProjectDataTrends

__all__ = ["ProjectInsightsSummaryProjectData"]


class ProjectInsightsSummaryProjectData(_m.Model):
    """A ``ProjectInsightsSummaryProjectData`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    metrics: _m.Field[ProjectInsightsSummaryProjectDataMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_data_metrics",
            "ProjectInsightsSummaryProjectDataMetrics",
        ),
        required=True,
    )
    trends: _m.Field[ProjectInsightsSummaryProjectDataTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.project_insights_summary_project_data_trends",
            "ProjectInsightsSummaryProjectDataTrends",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        metrics: ProjectInsightsSummaryProjectDataMetrics | Mapping[str, Any],
        trends: ProjectInsightsSummaryProjectDataTrends | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "metrics": metrics,
                "trends": trends,
            }
        )
