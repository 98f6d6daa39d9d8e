"""Generated from the OpenAPI schema of ``OrgInsightsSummaryOrgProjectDataItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .org_insights_summary_org_project_data_item_metrics import (
        OrgInsightsSummaryOrgProjectDataItemMetrics,
    )
    from .org_insights_summary_org_project_data_item_trends import OrgInsightsSummaryOrgProjectDataItemTrends

__all__ = ["OrgInsightsSummaryOrgProjectDataItem"]


class OrgInsightsSummaryOrgProjectDataItem(_m.Model):
    """A ``OrgInsightsSummaryOrgProjectDataItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    project_name: _m.Field[str] = _m.Field("project_name", _m.STRING, required=True)
    metrics: _m.Field[OrgInsightsSummaryOrgProjectDataItemMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.org_insights_summary_org_project_data_item_metrics",
            "OrgInsightsSummaryOrgProjectDataItemMetrics",
        ),
        required=True,
    )
    trends: _m.Field[OrgInsightsSummaryOrgProjectDataItemTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.org_insights_summary_org_project_data_item_trends",
            "OrgInsightsSummaryOrgProjectDataItemTrends",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        project_name: str,
        metrics: OrgInsightsSummaryOrgProjectDataItemMetrics | Mapping[str, Any],
        trends: OrgInsightsSummaryOrgProjectDataItemTrends | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "project_name": project_name,
                "metrics": metrics,
                "trends": trends,
            }
        )
