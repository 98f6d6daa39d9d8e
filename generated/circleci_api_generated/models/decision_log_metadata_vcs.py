"""Generated from the OpenAPI schema of ``DecisionLogMetadataVcs``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["DecisionLogMetadataVcs"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class DecisionLogMetadataVcs(_m.Model):
    """A ``DecisionLogMetadataVcs`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``branch``: ``str``
    * ``origin_repository_url``: ``str``
    * ``release_tag``: ``str``
    * ``target_repository_url``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    branch: str | None = None
    origin_repository_url: str | None = None
    release_tag: str | None = None
    target_repository_url: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> DecisionLogMetadataVcs:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("branch")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "branch", p, e, "string", False, False)
        v1 = g("origin_repository_url")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "origin_repository_url", p, e, "string", False, False)
        v2 = g("release_tag")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "release_tag", p, e, "string", False, False)
        v3 = g("target_repository_url")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "target_repository_url", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.branch = v0
        o.origin_repository_url = v1
        o.release_tag = v2
        o.target_repository_url = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    DecisionLogMetadataVcs,
    (
        _m.FieldSpec("branch", "branch", _m.STRING),
        _m.FieldSpec("origin_repository_url", "origin_repository_url", _m.STRING),
        _m.FieldSpec("release_tag", "release_tag", _m.STRING),
        _m.FieldSpec("target_repository_url", "target_repository_url", _m.STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
DecisionLogMetadataVcs._additional_ = _m.ANY
DecisionLogMetadataVcs._input_additional_ = None
_KEYS = DecisionLogMetadataVcs._keys_
