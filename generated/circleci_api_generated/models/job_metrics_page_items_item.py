"""Generated from the OpenAPI schema of ``JobMetricsPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_metrics_page_items_item_metrics import JobMetricsPageItemsItemMetrics

__all__ = ["JobMetricsPageItemsItem"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metrics = _m.model(
    "circleci_api_generated.models.job_metrics_page_items_item_metrics", "JobMetricsPageItemsItemMetrics"
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobMetricsPageItemsItem(_m.Model):
    """A ``JobMetricsPageItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``metrics``: ``JobMetricsPageItemsItemMetrics``, required
    * ``window_start``: ``datetime.datetime``, required
    * ``window_end``: ``datetime.datetime``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    metrics: JobMetricsPageItemsItemMetrics
    window_start: datetime.datetime
    window_end: datetime.datetime
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobMetricsPageItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("metrics")
        if v1.__class__ is dict:
            v1 = (_C_metrics._model or _C_metrics.model)._parse(
                v1, p + ".metrics" if e is not None else "", e
            )
        elif v1 is not None:
            v1 = _C_metrics.parse(v1, p + ".metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metrics", p, e, True, False)
        v2 = g("window_start")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "window_start", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("window_start"), p, "window_start", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "window_start", p, e, "date-time string", True, False)
        v3 = g("window_end")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "window_end", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("window_end"), p, "window_end", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "window_end", p, e, "date-time string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.metrics = v1
        o.window_start = v2
        o.window_end = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobMetricsPageItemsItem,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("metrics", "metrics", _C_metrics, required=True),
        _m.FieldSpec("window_start", "window_start", _m.DATETIME, required=True),
        _m.FieldSpec("window_end", "window_end", _m.DATETIME, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobMetricsPageItemsItem._additional_ = _m.ANY
JobMetricsPageItemsItem._input_additional_ = None
_KEYS = JobMetricsPageItemsItem._keys_
