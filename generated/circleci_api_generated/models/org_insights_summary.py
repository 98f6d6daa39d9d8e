"""Generated from the OpenAPI schema of ``OrgInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .org_insights_summary_org_data import OrgInsightsSummaryOrgData
    from .org_insights_summary_org_project_data_item import OrgInsightsSummaryOrgProjectDataItem

__all__ = ["OrgInsightsSummary"]


class OrgInsightsSummary(_m.Model):
    """A ``OrgInsightsSummary`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    org_data: _m.Field[OrgInsightsSummaryOrgData] = _m.Field(
        "org_data",
        _m.model("circleci_api_generated.models.org_insights_summary_org_data", "OrgInsightsSummaryOrgData"),
        required=True,
    )
    org_project_data: _m.Field[list[OrgInsightsSummaryOrgProjectDataItem]] = _m.Field(
        "org_project_data",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.org_insights_summary_org_project_data_item",
                "OrgInsightsSummaryOrgProjectDataItem",
            )
        ),
        required=True,
    )
    all_projects: _m.Field[list[str] | None] = _m.Field(
        "all_projects", _m.list_of(_m.STRING), required=True, nullable=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        org_data: OrgInsightsSummaryOrgData | Mapping[str, Any],
        org_project_data: Sequence[OrgInsightsSummaryOrgProjectDataItem | Mapping[str, Any]],
        all_projects: Sequence[str] | None,
    ) -> None:
        self._init(
            {
                "org_data": org_data,
                "org_project_data": org_project_data,
                "all_projects": all_projects,
            }
        )
