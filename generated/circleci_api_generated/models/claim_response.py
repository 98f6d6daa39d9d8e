"""Generated from the OpenAPI schema of ``ClaimResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ClaimResponse"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_audience = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ClaimResponse(_m.Model):
    """A ``ClaimResponse`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``org_id``: ``str``, required
    * ``audience``: ``list[str]``
    * ``audience_updated_at``: ``datetime.datetime``
    * ``project_id``: ``str``
    * ``ttl``: ``str``
    * ``ttl_updated_at``: ``datetime.datetime``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    org_id: str
    audience: list[str] | None = None
    audience_updated_at: datetime.datetime | None = None
    project_id: str | None = None
    ttl: str | None = None
    ttl_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ClaimResponse:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("org_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "org_id", p, e, "string", True, False)
        v1 = g("audience")
        if v1 is not None:
            v1 = _C_audience.parse(v1, p + ".audience" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "audience", p, e, False, False)
        v2 = g("audience_updated_at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "audience_updated_at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("audience_updated_at"), p, "audience_updated_at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "audience_updated_at", p, e, "date-time string", False, False)
        v3 = g("project_id")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "project_id", p, e, "string", False, False)
        v4 = g("ttl")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "ttl", p, e, "string", False, False)
        v5 = g("ttl_updated_at")
        if v5.__class__ is str:
            try:
                v5 = _fromiso(v5)
            except ValueError:
                v5 = _m.bad_datetime(v5, p, "ttl_updated_at", e)
            else:
                if e is not None and v5.tzinfo is None:
                    _m.naive_datetime(g("ttl_updated_at"), p, "ttl_updated_at", e)
        elif v5 is not None or e is not None:
            v5 = _m.bad(v5, d, "ttl_updated_at", p, e, "date-time string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.org_id = v0
        o.audience = v1
        o.audience_updated_at = v2
        o.project_id = v3
        o.ttl = v4
        o.ttl_updated_at = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ClaimResponse,
    (
        _m.FieldSpec("org_id", "org_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("audience", "audience", _C_audience),
        _m.FieldSpec("audience_updated_at", "audience_updated_at", _m.DATETIME),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING),
        _m.FieldSpec("ttl", "ttl", _m.STRING),
        _m.FieldSpec("ttl_updated_at", "ttl_updated_at", _m.DATETIME),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
ClaimResponse._additional_ = _m.ANY
ClaimResponse._input_additional_ = None
_KEYS = ClaimResponse._keys_
