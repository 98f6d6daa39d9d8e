"""Generated from the OpenAPI schema of ``OrgInsightsSummaryOrgData``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .org_insights_summary_org_data_metrics import OrgInsightsSummaryOrgDataMetrics
    from .org_insights_summary_org_data_trends import OrgInsightsSummaryOrgDataTrends

__all__ = ["OrgInsightsSummaryOrgData"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metrics = _m.model(
    "circleci_api_generated.models.org_insights_summary_org_data_metrics", "OrgInsightsSummaryOrgDataMetrics"
)
_C_trends = _m.model(
    "circleci_api_generated.models.org_insights_summary_org_data_trends", "OrgInsightsSummaryOrgDataTrends"
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class OrgInsightsSummaryOrgData(_m.Model):
    """A ``OrgInsightsSummaryOrgData`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``metrics``: ``OrgInsightsSummaryOrgDataMetrics``, required
    * ``trends``: ``OrgInsightsSummaryOrgDataTrends``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    metrics: OrgInsightsSummaryOrgDataMetrics
    trends: OrgInsightsSummaryOrgDataTrends
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> OrgInsightsSummaryOrgData:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("metrics")
        if v0.__class__ is dict:
            v0 = (_C_metrics._model or _C_metrics.model)._parse(
                v0, p + ".metrics" if e is not None else "", e
            )
        elif v0 is not None:
            v0 = _C_metrics.parse(v0, p + ".metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metrics", p, e, True, False)
        v1 = g("trends")
        if v1.__class__ is dict:
            v1 = (_C_trends._model or _C_trends.model)._parse(v1, p + ".trends" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_trends.parse(v1, p + ".trends" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "trends", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.metrics = v0
        o.trends = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    OrgInsightsSummaryOrgData,
    (
        _m.FieldSpec("metrics", "metrics", _C_metrics, required=True),
        _m.FieldSpec("trends", "trends", _C_trends, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
OrgInsightsSummaryOrgData._additional_ = _m.ANY
OrgInsightsSummaryOrgData._input_additional_ = None
_KEYS = OrgInsightsSummaryOrgData._keys_
