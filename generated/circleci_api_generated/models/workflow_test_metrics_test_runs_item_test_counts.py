"""Generated from the OpenAPI schema of ``WorkflowTestMetricsTestRunsItemTestCounts``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WorkflowTestMetricsTestRunsItemTestCounts"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowTestMetricsTestRunsItemTestCounts(_m.Model):
    """A ``WorkflowTestMetricsTestRunsItemTestCounts`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``error``: ``int``, required
    * ``failure``: ``int``, required
    * ``skipped``: ``int``, required
    * ``success``: ``int``, required
    * ``total``: ``int``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    error: int
    failure: int
    skipped: int
    success: int
    total: int
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> WorkflowTestMetricsTestRunsItemTestCounts:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("error")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "error", p, e, "integer", True, False)
        v1 = g("failure")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "failure", p, e, "integer", True, False)
        v2 = g("skipped")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "skipped", p, e, "integer", True, False)
        v3 = g("success")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "success", p, e, "integer", True, False)
        v4 = g("total")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "total", p, e, "integer", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.error = v0
        o.failure = v1
        o.skipped = v2
        o.success = v3
        o.total = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowTestMetricsTestRunsItemTestCounts,
    (
        _m.FieldSpec("error", "error", _m.INTEGER, required=True),
        _m.FieldSpec("failure", "failure", _m.INTEGER, required=True),
        _m.FieldSpec("skipped", "skipped", _m.INTEGER, required=True),
        _m.FieldSpec("success", "success", _m.INTEGER, required=True),
        _m.FieldSpec("total", "total", _m.INTEGER, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowTestMetricsTestRunsItemTestCounts._additional_ = _m.ANY
WorkflowTestMetricsTestRunsItemTestCounts._input_additional_ = None
_KEYS = WorkflowTestMetricsTestRunsItemTestCounts._keys_
