"""Generated from the OpenAPI schema of ``CreateContextRestrictionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_context_restriction_request_restriction_type import (
    CreateContextRestrictionRequestRestrictionType,
)

__all__ = ["CreateContextRestrictionRequest"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreateContextRestrictionRequest(_m.Model):
    """A ``CreateContextRestrictionRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``restriction_type``: ``CreateContextRestrictionRequestRestrictionType``
    * ``restriction_value``: ``str``
    * ``project_id``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    restriction_type: CreateContextRestrictionRequestRestrictionType | None = None
    restriction_value: str | None = None
    project_id: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreateContextRestrictionRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("restriction_type")
        if v0.__class__ is str:
            m = CreateContextRestrictionRequestRestrictionType._value2member_map_.get(v0)
            v0 = (
                m
                if m is not None
                else _m.unknown_enum(
                    CreateContextRestrictionRequestRestrictionType, v0, p, "restriction_type", e
                )
            )
        elif v0 is not None or e is not None:
            v0 = _m.bad(
                v0,
                d,
                "restriction_type",
                p,
                e,
                "CreateContextRestrictionRequestRestrictionType string",
                False,
                False,
            )
        v1 = g("restriction_value")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "restriction_value", p, e, "string", False, False)
        v2 = g("project_id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "project_id", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.restriction_type = v0
        o.restriction_value = v1
        o.project_id = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreateContextRestrictionRequest,
    (
        _m.FieldSpec(
            "restriction_type", "restriction_type", _m.enum_of(CreateContextRestrictionRequestRestrictionType)
        ),
        _m.FieldSpec("restriction_value", "restriction_value", _m.STRING),
        _m.FieldSpec(
            "project_id", "project_id", _m.UUID_STRING, deprecated="restriction_type and restriction_value"
        ),
    ),
)
_KEYS = CreateContextRestrictionRequest._keys_
