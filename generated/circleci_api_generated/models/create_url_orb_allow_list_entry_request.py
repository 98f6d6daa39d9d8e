"""Generated from the OpenAPI schema of ``CreateUrlOrbAllowListEntryRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_url_orb_allow_list_entry_request_auth import CreateUrlOrbAllowListEntryRequestAuth

__all__ = ["CreateUrlOrbAllowListEntryRequest"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateUrlOrbAllowListEntryRequest(_m.Model):
    """A ``CreateUrlOrbAllowListEntryRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``prefix``: ``Any``, required, may be null
    * ``auth``: ``CreateUrlOrbAllowListEntryRequestAuth``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    prefix: Any | None
    auth: CreateUrlOrbAllowListEntryRequestAuth
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreateUrlOrbAllowListEntryRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("prefix")
        if v1 is None and e is not None:
            _m.absent(d, "prefix", p, e, True, True)
        v2 = g("auth")
        if v2.__class__ is str:
            m = CreateUrlOrbAllowListEntryRequestAuth._value2member_map_.get(v2)
            v2 = (
                m
                if m is not None
                else _m.unknown_enum(CreateUrlOrbAllowListEntryRequestAuth, v2, p, "auth", e)
            )
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "auth", p, e, "CreateUrlOrbAllowListEntryRequestAuth string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.prefix = v1
        o.auth = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateUrlOrbAllowListEntryRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("prefix", "prefix", _m.ANY, required=True, nullable=True),
        _m.FieldSpec("auth", "auth", _m.enum_of(CreateUrlOrbAllowListEntryRequestAuth), required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CreateUrlOrbAllowListEntryRequest._additional_ = _m.ANY
CreateUrlOrbAllowListEntryRequest._input_additional_ = None
_KEYS = CreateUrlOrbAllowListEntryRequest._keys_
