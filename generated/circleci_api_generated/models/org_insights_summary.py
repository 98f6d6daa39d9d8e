"""Generated from the OpenAPI schema of ``OrgInsightsSummary``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .org_insights_summary_org_data import OrgInsightsSummaryOrgData
    from .org_insights_summary_org_project_data_item import OrgInsightsSummaryOrgProjectDataItem

__all__ = ["OrgInsightsSummary"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_org_data = _m.model(
    "circleci_api_generated.models.org_insights_summary_org_data", "OrgInsightsSummaryOrgData"
)
_C_org_project_data = _m.list_of(
    _m.model(
        "circleci_api_generated.models.org_insights_summary_org_project_data_item",
        "OrgInsightsSummaryOrgProjectDataItem",
    )
)
_C_all_projects = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class OrgInsightsSummary(_m.Model):
    """A ``OrgInsightsSummary`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``org_data``: ``OrgInsightsSummaryOrgData``, required
    * ``org_project_data``: ``list[OrgInsightsSummaryOrgProjectDataItem]``, required
    * ``all_projects``: ``list[str]``, required, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    org_data: OrgInsightsSummaryOrgData
    org_project_data: list[OrgInsightsSummaryOrgProjectDataItem]
    all_projects: list[str] | None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> OrgInsightsSummary:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("org_data")
        if v0.__class__ is dict:
            v0 = (_C_org_data._model or _C_org_data.model)._parse(
                v0, p + ".org_data" if e is not None else "", e
            )
        elif v0 is not None:
            v0 = _C_org_data.parse(v0, p + ".org_data" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "org_data", p, e, True, False)
        v1 = g("org_project_data")
        if v1 is not None:
            v1 = _C_org_project_data.parse(v1, p + ".org_project_data" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "org_project_data", p, e, True, False)
        v2 = g("all_projects")
        if v2 is not None:
            v2 = _C_all_projects.parse(v2, p + ".all_projects" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "all_projects", p, e, True, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.org_data = v0
        o.org_project_data = v1
        o.all_projects = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    OrgInsightsSummary,
    (
        _m.FieldSpec("org_data", "org_data", _C_org_data, required=True),
        _m.FieldSpec("org_project_data", "org_project_data", _C_org_project_data, required=True),
        _m.FieldSpec("all_projects", "all_projects", _C_all_projects, required=True, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
OrgInsightsSummary._additional_ = _m.ANY
OrgInsightsSummary._input_additional_ = None
_KEYS = OrgInsightsSummary._keys_
