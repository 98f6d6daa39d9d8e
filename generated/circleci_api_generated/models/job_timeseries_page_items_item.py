"""Generated from the OpenAPI schema of ``JobTimeseriesPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job_timeseries_page_items_item_metrics import JobTimeseriesPageItemsItemMetrics

__all__ = ["JobTimeseriesPageItemsItem"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_metrics = _m.model(
    "circleci_api_generated.models.job_timeseries_page_items_item_metrics",
    "JobTimeseriesPageItemsItemMetrics",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobTimeseriesPageItemsItem(_m.Model):
    """A ``JobTimeseriesPageItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``min_started_at``: ``datetime.datetime``, required
    * ``max_ended_at``: ``datetime.datetime``, required
    * ``timestamp``: ``datetime.datetime``, required
    * ``metrics``: ``JobTimeseriesPageItemsItemMetrics``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    min_started_at: datetime.datetime
    max_ended_at: datetime.datetime
    timestamp: datetime.datetime
    metrics: JobTimeseriesPageItemsItemMetrics
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobTimeseriesPageItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("min_started_at")
        if v1.__class__ is str:
            try:
                v1 = _fromiso(v1)
            except ValueError:
                v1 = _m.bad_datetime(v1, p, "min_started_at", e)
            else:
                if e is not None and v1.tzinfo is None:
                    _m.naive_datetime(g("min_started_at"), p, "min_started_at", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "min_started_at", p, e, "date-time string", True, False)
        v2 = g("max_ended_at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "max_ended_at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("max_ended_at"), p, "max_ended_at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "max_ended_at", p, e, "date-time string", True, False)
        v3 = g("timestamp")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "timestamp", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("timestamp"), p, "timestamp", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "timestamp", p, e, "date-time string", True, False)
        v4 = g("metrics")
        if v4.__class__ is dict:
            v4 = (_C_metrics._model or _C_metrics.model)._parse(
                v4, p + ".metrics" if e is not None else "", e
            )
        elif v4 is not None:
            v4 = _C_metrics.parse(v4, p + ".metrics" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "metrics", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.min_started_at = v1
        o.max_ended_at = v2
        o.timestamp = v3
        o.metrics = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobTimeseriesPageItemsItem,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("min_started_at", "min_started_at", _m.DATETIME, required=True),
        _m.FieldSpec("max_ended_at", "max_ended_at", _m.DATETIME, required=True),
        _m.FieldSpec("timestamp", "timestamp", _m.DATETIME, required=True),
        _m.FieldSpec("metrics", "metrics", _C_metrics, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobTimeseriesPageItemsItem._additional_ = _m.ANY
JobTimeseriesPageItemsItem._input_additional_ = None
_KEYS = JobTimeseriesPageItemsItem._keys_
