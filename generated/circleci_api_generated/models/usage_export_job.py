"""Generated from the OpenAPI schema of ``UsageExportJob``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .usage_export_job_state import UsageExportJobState

__all__ = ["UsageExportJob"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_download_urls = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UsageExportJob(_m.Model):
    """A ``UsageExportJob`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``usage_export_job_id``: ``str``, required
    * ``state``: ``UsageExportJobState``, required
    * ``start``: ``datetime.datetime``, required
    * ``end``: ``datetime.datetime``, required
    * ``download_urls``: ``list[str]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    usage_export_job_id: str
    state: UsageExportJobState
    start: datetime.datetime
    end: datetime.datetime
    download_urls: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> UsageExportJob:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("usage_export_job_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "usage_export_job_id", p, e, "string", True, False)
        v1 = g("state")
        if v1.__class__ is str:
            m = UsageExportJobState._value2member_map_.get(v1)
            v1 = m if m is not None else _m.unknown_enum(UsageExportJobState, v1, p, "state", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "state", p, e, "UsageExportJobState string", True, False)
        v2 = g("start")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "start", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("start"), p, "start", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "start", p, e, "date-time string", True, False)
        v3 = g("end")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "end", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("end"), p, "end", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "end", p, e, "date-time string", True, False)
        v4 = g("download_urls")
        if v4 is not None:
            v4 = _C_download_urls.parse(v4, p + ".download_urls" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "download_urls", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.usage_export_job_id = v0
        o.state = v1
        o.start = v2
        o.end = v3
        o.download_urls = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UsageExportJob,
    (
        _m.FieldSpec("usage_export_job_id", "usage_export_job_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("state", "state", _m.enum_of(UsageExportJobState), required=True),
        _m.FieldSpec("start", "start", _m.DATETIME, required=True),
        _m.FieldSpec("end", "end", _m.DATETIME, required=True),
        _m.FieldSpec("download_urls", "download_urls", _C_download_urls, required=True),
    ),
)
_KEYS = UsageExportJob._keys_
