"""Generated from the OpenAPI schema of ``OrgInsightsSummaryOrgData``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .org_insights_summary_org_data_metrics import OrgInsightsSummaryOrgDataMetrics
    from .org_insights_summary_org_data_trends import OrgInsightsSummaryOrgDataTrends

__all__ = ["OrgInsightsSummaryOrgData"]


class OrgInsightsSummaryOrgData(_m.Model):
    """A ``OrgInsightsSummaryOrgData`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    metrics: _m.Field[OrgInsightsSummaryOrgDataMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.org_insights_summary_org_data_metrics",
            "OrgInsightsSummaryOrgDataMetrics",
        ),
        required=True,
    )
    trends: _m.Field[OrgInsightsSummaryOrgDataTrends] = _m.Field(
        "trends",
        _m.model(
            "circleci_api_generated.models.org_insights_summary_org_data_trends",
            "OrgInsightsSummaryOrgDataTrends",
        ),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        metrics: OrgInsightsSummaryOrgDataMetrics | Mapping[str, Any],
        trends: OrgInsightsSummaryOrgDataTrends | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "metrics": metrics,
                "trends": trends,
            }
        )
