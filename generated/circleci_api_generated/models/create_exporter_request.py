"""Generated from the OpenAPI schema of ``CreateExporterRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_exporter_request_protocol import CreateExporterRequestProtocol

__all__ = ["CreateExporterRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_headers = _m.map_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateExporterRequest(_m.Model):
    """A ``CreateExporterRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``org_id``: ``str``, required
    * ``endpoint``: ``str``, required
    * ``protocol``: ``CreateExporterRequestProtocol``, required
    * ``insecure``: ``bool``
    * ``headers``: ``dict[str, str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    org_id: str
    endpoint: str
    protocol: CreateExporterRequestProtocol
    insecure: bool | None = None
    headers: dict[str, str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateExporterRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("org_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "org_id", p, e, "string", True, False)
        v1 = g("endpoint")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "endpoint", p, e, "string", True, False)
        v2 = g("protocol")
        if v2.__class__ is str:
            m = CreateExporterRequestProtocol._value2member_map_.get(v2)
            v2 = m if m is not None else _m.unknown_enum(CreateExporterRequestProtocol, v2, p, "protocol", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "protocol", p, e, "CreateExporterRequestProtocol string", True, False)
        v3 = g("insecure")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "insecure", p, e, "boolean", False, False)
        v4 = g("headers")
        if v4 is not None:
            v4 = _C_headers.parse(v4, p + ".headers" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "headers", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.org_id = v0
        o.endpoint = v1
        o.protocol = v2
        o.insecure = v3
        o.headers = v4
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateExporterRequest,
    (
        _m.FieldSpec("org_id", "org_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("endpoint", "endpoint", _m.STRING, required=True),
        _m.FieldSpec("protocol", "protocol", _m.enum_of(CreateExporterRequestProtocol), required=True),
        _m.FieldSpec("insecure", "insecure", _m.BOOLEAN),
        _m.FieldSpec("headers", "headers", _C_headers),
    ),
)
_KEYS = CreateExporterRequest._keys_
