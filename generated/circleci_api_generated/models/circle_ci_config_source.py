"""Generated from the OpenAPI schema of ``CircleCIConfigSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .circle_ci_config_source_provider import CircleCIConfigSourceProvider

__all__ = ["CircleCIConfigSource"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CircleCIConfigSource(_m.Model):
    """A ``CircleCIConfigSource`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``provider``: ``CircleCIConfigSourceProvider``, required
    * ``file_path``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    provider: CircleCIConfigSourceProvider
    file_path: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CircleCIConfigSource:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("provider")
        if v0.__class__ is str:
            m = CircleCIConfigSourceProvider._value2member_map_.get(v0)
            v0 = m if m is not None else _m.unknown_enum(CircleCIConfigSourceProvider, v0, p, "provider", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "provider", p, e, "CircleCIConfigSourceProvider string", True, False)
        v1 = g("file_path")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "file_path", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.provider = v0
        o.file_path = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CircleCIConfigSource,
    (
        _m.FieldSpec("provider", "provider", _m.enum_of(CircleCIConfigSourceProvider), required=True),
        _m.FieldSpec("file_path", "file_path", _m.STRING, required=True),
    ),
)
_KEYS = CircleCIConfigSource._keys_
