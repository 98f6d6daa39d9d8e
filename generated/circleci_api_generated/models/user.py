"""Generated from the OpenAPI schema of ``User``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["User"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class User(_m.Model):
    """A ``User`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``avatar_url``: ``str``, required, may be null
    * ``id``: ``str``, required
    * ``login``: ``str``, required
    * ``name``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    avatar_url: str | None
    id: str
    login: str
    name: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> User:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("avatar_url")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "avatar_url", p, e, "string", True, True)
        v1 = g("id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "id", p, e, "string", True, False)
        v2 = g("login")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "login", p, e, "string", True, False)
        v3 = g("name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "name", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.avatar_url = v0
        o.id = v1
        o.login = v2
        o.name = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    User,
    (
        _m.FieldSpec("avatar_url", "avatar_url", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("login", "login", _m.STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
User._additional_ = _m.ANY
User._input_additional_ = None
_KEYS = User._keys_
