"""Generated from the OpenAPI schema of ``WorkflowTestMetricsSlowestTestsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WorkflowTestMetricsSlowestTestsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowTestMetricsSlowestTestsItem(_m.Model):
    """A ``WorkflowTestMetricsSlowestTestsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``p95_duration``: ``float``, required, may be null
    * ``total_runs``: ``int``, required
    * ``classname``: ``str``, required, may be null
    * ``failed_runs``: ``int``, required
    * ``flaky``: ``bool``, required
    * ``source``: ``str``, required, may be null
    * ``file``: ``str``, required, may be null
    * ``job_name``: ``str``, required
    * ``test_name``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    p95_duration: float | None
    total_runs: int
    classname: str | None
    failed_runs: int
    flaky: bool
    source: str | None
    file: str | None
    job_name: str
    test_name: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> WorkflowTestMetricsSlowestTestsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("p95_duration")
        if v0.__class__ is not float and v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "p95_duration", p, e, "number", True, True)
        v1 = g("total_runs")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "total_runs", p, e, "integer", True, False)
        v2 = g("classname")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "classname", p, e, "string", True, True)
        v3 = g("failed_runs")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "failed_runs", p, e, "integer", True, False)
        v4 = g("flaky")
        if v4.__class__ is not bool and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "flaky", p, e, "boolean", True, False)
        v5 = g("source")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "source", p, e, "string", True, True)
        v6 = g("file")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "file", p, e, "string", True, True)
        v7 = g("job_name")
        if v7.__class__ is not str and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "job_name", p, e, "string", True, False)
        v8 = g("test_name")
        if v8.__class__ is not str and (v8 is not None or e is not None):
            v8 = _m.bad(v8, d, "test_name", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.p95_duration = v0
        o.total_runs = v1
        o.classname = v2
        o.failed_runs = v3
        o.flaky = v4
        o.source = v5
        o.file = v6
        o.job_name = v7
        o.test_name = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowTestMetricsSlowestTestsItem,
    (
        _m.FieldSpec("p95_duration", "p95_duration", _m.NUMBER, required=True, nullable=True),
        _m.FieldSpec("total_runs", "total_runs", _m.INTEGER, required=True),
        _m.FieldSpec("classname", "classname", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("failed_runs", "failed_runs", _m.INTEGER, required=True),
        _m.FieldSpec("flaky", "flaky", _m.BOOLEAN, required=True),
        _m.FieldSpec("source", "source", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("file", "file", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("job_name", "job_name", _m.STRING, required=True),
        _m.FieldSpec("test_name", "test_name", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowTestMetricsSlowestTestsItem._additional_ = _m.ANY
WorkflowTestMetricsSlowestTestsItem._input_additional_ = None
_KEYS = WorkflowTestMetricsSlowestTestsItem._keys_
