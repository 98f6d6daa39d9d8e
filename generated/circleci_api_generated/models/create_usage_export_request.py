"""Generated from the OpenAPI schema of ``CreateUsageExportRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["CreateUsageExportRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_shared_org_ids = _m.list_of(_m.UUID_STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateUsageExportRequest(_m.Model):
    """A ``CreateUsageExportRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``start``: ``datetime.datetime``, required
    * ``end``: ``datetime.datetime``, required
    * ``shared_org_ids``: ``list[str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    start: datetime.datetime
    end: datetime.datetime
    shared_org_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateUsageExportRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("start")
        if v0.__class__ is str:
            try:
                v0 = _fromiso(v0)
            except ValueError:
                v0 = _m.bad_datetime(v0, p, "start", e)
            else:
                if e is not None and v0.tzinfo is None:
                    _m.naive_datetime(g("start"), p, "start", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "start", p, e, "date-time string", True, False)
        v1 = g("end")
        if v1.__class__ is str:
            try:
                v1 = _fromiso(v1)
            except ValueError:
                v1 = _m.bad_datetime(v1, p, "end", e)
            else:
                if e is not None and v1.tzinfo is None:
                    _m.naive_datetime(g("end"), p, "end", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "end", p, e, "date-time string", True, False)
        v2 = g("shared_org_ids")
        if v2 is not None:
            v2 = _C_shared_org_ids.parse(v2, p + ".shared_org_ids" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "shared_org_ids", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.start = v0
        o.end = v1
        o.shared_org_ids = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateUsageExportRequest,
    (
        _m.FieldSpec("start", "start", _m.DATETIME, required=True),
        _m.FieldSpec("end", "end", _m.DATETIME, required=True),
        _m.FieldSpec("shared_org_ids", "shared_org_ids", _C_shared_org_ids),
    ),
)
_KEYS = CreateUsageExportRequest._keys_
