"""Generated from the OpenAPI schema of ``JobMetricsPageItemsItemMetricsDurationMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobMetricsPageItemsItemMetricsDurationMetrics"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobMetricsPageItemsItemMetricsDurationMetrics(_m.Model):
    """A ``JobMetricsPageItemsItemMetricsDurationMetrics`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``min``: ``int``, required, may be null
    * ``mean``: ``int``, required, may be null
    * ``median``: ``int``, required, may be null
    * ``p95``: ``int``, required, may be null
    * ``max``: ``int``, required, may be null
    * ``standard_deviation``: ``float``, required, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    min: int | None
    mean: int | None
    median: int | None
    p95: int | None
    max: int | None
    standard_deviation: float | None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> JobMetricsPageItemsItemMetricsDurationMetrics:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("min")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "min", p, e, "integer", True, True)
        v1 = g("mean")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "mean", p, e, "integer", True, True)
        v2 = g("median")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "median", p, e, "integer", True, True)
        v3 = g("p95")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "p95", p, e, "integer", True, True)
        v4 = g("max")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "max", p, e, "integer", True, True)
        v5 = g("standard_deviation")
        if v5.__class__ is not float and v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "standard_deviation", p, e, "number", True, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.min = v0
        o.mean = v1
        o.median = v2
        o.p95 = v3
        o.max = v4
        o.standard_deviation = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobMetricsPageItemsItemMetricsDurationMetrics,
    (
        _m.FieldSpec("min", "min", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("mean", "mean", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("median", "median", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("p95", "p95", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("max", "max", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("standard_deviation", "standard_deviation", _m.NUMBER, required=True, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobMetricsPageItemsItemMetricsDurationMetrics._additional_ = _m.ANY
JobMetricsPageItemsItemMetricsDurationMetrics._input_additional_ = None
_KEYS = JobMetricsPageItemsItemMetricsDurationMetrics._keys_
