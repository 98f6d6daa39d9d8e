"""Generated from the OpenAPI schema of ``Exporter``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .exporter_protocol import ExporterProtocol

__all__ = ["Exporter"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_headers = _m.map_of(_m.STRING)
_C_issues = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Exporter(_m.Model):
    """A ``Exporter`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``
    * ``org_id``: ``str``
    * ``endpoint``: ``str``
    * ``protocol``: ``ExporterProtocol``
    * ``insecure``: ``bool``
    * ``headers``: ``dict[str, str]``
    * ``issues``: ``list[str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str | None = None
    org_id: str | None = None
    endpoint: str | None = None
    protocol: ExporterProtocol | None = None
    insecure: bool | None = None
    headers: dict[str, str] | None = None
    issues: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Exporter:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", False, False)
        v1 = g("org_id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "org_id", p, e, "string", False, False)
        v2 = g("endpoint")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "endpoint", p, e, "string", False, False)
        v3 = g("protocol")
        if v3.__class__ is str:
            m = ExporterProtocol._value2member_map_.get(v3)
            v3 = m if m is not None else _m.unknown_enum(ExporterProtocol, v3, p, "protocol", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "protocol", p, e, "ExporterProtocol string", False, False)
        v4 = g("insecure")
        if v4.__class__ is not bool and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "insecure", p, e, "boolean", False, False)
        v5 = g("headers")
        if v5 is not None:
            v5 = _C_headers.parse(v5, p + ".headers" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "headers", p, e, False, False)
        v6 = g("issues")
        if v6 is not None:
            v6 = _C_issues.parse(v6, p + ".issues" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "issues", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.org_id = v1
        o.endpoint = v2
        o.protocol = v3
        o.insecure = v4
        o.headers = v5
        o.issues = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Exporter,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("org_id", "org_id", _m.UUID_STRING),
        _m.FieldSpec("endpoint", "endpoint", _m.STRING),
        _m.FieldSpec("protocol", "protocol", _m.enum_of(ExporterProtocol)),
        _m.FieldSpec("insecure", "insecure", _m.BOOLEAN),
        _m.FieldSpec("headers", "headers", _C_headers),
        _m.FieldSpec("issues", "issues", _C_issues),
    ),
)
_KEYS = Exporter._keys_
