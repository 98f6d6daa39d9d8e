"""Generated from the OpenAPI schema of ``Organization``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .organization_vcs_type import OrganizationVcsType

__all__ = ["Organization"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Organization(_m.Model):
    """A ``Organization`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``name``: ``str``, required
    * ``slug``: ``str``, required
    * ``vcs_type``: ``OrganizationVcsType``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    name: str
    slug: str
    vcs_type: OrganizationVcsType
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Organization:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", True, False)
        v2 = g("slug")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "slug", p, e, "string", True, False)
        v3 = g("vcs_type")
        if v3.__class__ is str:
            m = OrganizationVcsType._value2member_map_.get(v3)
            v3 = m if m is not None else _m.unknown_enum(OrganizationVcsType, v3, p, "vcs_type", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "vcs_type", p, e, "OrganizationVcsType string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.slug = v2
        o.vcs_type = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Organization,
    (
        _m.FieldSpec("id", "id", _m.STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("slug", "slug", _m.STRING, required=True),
        _m.FieldSpec("vcs_type", "vcs_type", _m.enum_of(OrganizationVcsType), required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Organization._additional_ = _m.ANY
Organization._input_additional_ = None
_KEYS = Organization._keys_
