"""Generated from the OpenAPI schema of ``JobDetailsParallelRunsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobDetailsParallelRunsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobDetailsParallelRunsItem(_m.Model):
    """A ``JobDetailsParallelRunsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``index``: ``int``, required
    * ``status``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    index: int
    status: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobDetailsParallelRunsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("index")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "index", p, e, "integer", True, False)
        v1 = g("status")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "status", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.index = v0
        o.status = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobDetailsParallelRunsItem,
    (
        _m.FieldSpec("index", "index", _m.INTEGER, required=True),
        _m.FieldSpec("status", "status", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobDetailsParallelRunsItem._additional_ = _m.ANY
JobDetailsParallelRunsItem._input_additional_ = None
_KEYS = JobDetailsParallelRunsItem._keys_
