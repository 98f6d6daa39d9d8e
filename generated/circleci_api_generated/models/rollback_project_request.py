"""Generated from the OpenAPI schema of ``RollbackProjectRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["RollbackProjectRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_parameters = _m.map_of(_m.ANY)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class RollbackProjectRequest(_m.Model):
    """A ``RollbackProjectRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``component_name``: ``str``, required
    * ``current_version``: ``str``, required
    * ``environment_name``: ``str``, required
    * ``target_version``: ``str``, required
    * ``namespace``: ``str``
    * ``parameters``: ``dict[str, Any]``
    * ``reason``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    component_name: str
    current_version: str
    environment_name: str
    target_version: str
    namespace: str | None = None
    parameters: dict[str, Any] | None = None
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> RollbackProjectRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("component_name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "component_name", p, e, "string", True, False)
        v1 = g("current_version")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "current_version", p, e, "string", True, False)
        v2 = g("environment_name")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "environment_name", p, e, "string", True, False)
        v3 = g("target_version")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "target_version", p, e, "string", True, False)
        v4 = g("namespace")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "namespace", p, e, "string", False, False)
        v5 = g("parameters")
        if v5 is not None:
            v5 = _C_parameters.parse(v5, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, False, False)
        v6 = g("reason")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "reason", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.component_name = v0
        o.current_version = v1
        o.environment_name = v2
        o.target_version = v3
        o.namespace = v4
        o.parameters = v5
        o.reason = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    RollbackProjectRequest,
    (
        _m.FieldSpec("component_name", "component_name", _m.STRING, required=True),
        _m.FieldSpec("current_version", "current_version", _m.STRING, required=True),
        _m.FieldSpec("environment_name", "environment_name", _m.STRING, required=True),
        _m.FieldSpec("target_version", "target_version", _m.STRING, required=True),
        _m.FieldSpec("namespace", "namespace", _m.STRING),
        _m.FieldSpec("parameters", "parameters", _C_parameters),
        _m.FieldSpec("reason", "reason", _m.STRING),
    ),
)
_KEYS = RollbackProjectRequest._keys_
