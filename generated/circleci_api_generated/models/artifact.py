"""Generated from the OpenAPI schema of ``Artifact``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["Artifact"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Artifact(_m.Model):
    """A ``Artifact`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``path``: ``str``, required
    * ``node_index``: ``int``, required
    * ``url``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    path: str
    node_index: int
    url: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Artifact:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("path")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "path", p, e, "string", True, False)
        v1 = g("node_index")
        if v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "node_index", p, e, "integer", True, False)
        v2 = g("url")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "url", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.path = v0
        o.node_index = v1
        o.url = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Artifact,
    (
        _m.FieldSpec("path", "path", _m.STRING, required=True),
        _m.FieldSpec("node_index", "node_index", _m.INTEGER, required=True),
        _m.FieldSpec("url", "url", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Artifact._additional_ = _m.ANY
Artifact._input_additional_ = None
_KEYS = Artifact._keys_
