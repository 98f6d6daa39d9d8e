"""Generated from the OpenAPI schema of ``TestsResponseItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TestsResponseItemsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class TestsResponseItemsItem(_m.Model):
    """A ``TestsResponseItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``message``: ``str``, required, may be null
    * ``source``: ``str``, required
    * ``run_time``: ``float``, required
    * ``file``: ``str``, required
    * ``result``: ``str``, required
    * ``name``: ``str``, required
    * ``classname``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    message: str | None
    source: str
    run_time: float
    file: str
    result: str
    name: str
    classname: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> TestsResponseItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("message")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "message", p, e, "string", True, True)
        v1 = g("source")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "source", p, e, "string", True, False)
        v2 = g("run_time")
        if v2.__class__ is not float and v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "run_time", p, e, "number", True, False)
        v3 = g("file")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "file", p, e, "string", True, False)
        v4 = g("result")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "result", p, e, "string", True, False)
        v5 = g("name")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "name", p, e, "string", True, False)
        v6 = g("classname")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "classname", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.message = v0
        o.source = v1
        o.run_time = v2
        o.file = v3
        o.result = v4
        o.name = v5
        o.classname = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    TestsResponseItemsItem,
    (
        _m.FieldSpec("message", "message", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("source", "source", _m.STRING, required=True),
        _m.FieldSpec("run_time", "run_time", _m.NUMBER, required=True),
        _m.FieldSpec("file", "file", _m.STRING, required=True),
        _m.FieldSpec("result", "result", _m.STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("classname", "classname", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
TestsResponseItemsItem._additional_ = _m.ANY
TestsResponseItemsItem._input_additional_ = None
_KEYS = TestsResponseItemsItem._keys_
