"""Generated from the OpenAPI schema of ``CreateOrganizationRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_organization_request_vcs_type import CreateOrganizationRequestVcsType

__all__ = ["CreateOrganizationRequest"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateOrganizationRequest(_m.Model):
    """A ``CreateOrganizationRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``vcs_type``: ``CreateOrganizationRequestVcsType``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    vcs_type: CreateOrganizationRequestVcsType
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> CreateOrganizationRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("vcs_type")
        if v1.__class__ is str:
            m = CreateOrganizationRequestVcsType._value2member_map_.get(v1)
            v1 = (
                m
                if m is not None
                else _m.unknown_enum(CreateOrganizationRequestVcsType, v1, p, "vcs_type", e)
            )
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "vcs_type", p, e, "CreateOrganizationRequestVcsType string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.vcs_type = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateOrganizationRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("vcs_type", "vcs_type", _m.enum_of(CreateOrganizationRequestVcsType), required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
CreateOrganizationRequest._additional_ = _m.ANY
CreateOrganizationRequest._input_additional_ = None
_KEYS = CreateOrganizationRequest._keys_
