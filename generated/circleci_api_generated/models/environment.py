"""Generated from the OpenAPI schema of ``Environment``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .label import Label

__all__ = ["Environment"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_labels = _m.list_of(_m.model("circleci_api_generated.models.label", "Label"))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Environment(_m.Model):
    """A ``Environment`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``created_at``: ``datetime.datetime``
    * ``description``: ``str``
    * ``id``: ``str``
    * ``labels``: ``list[Label]``
    * ``name``: ``str``
    * ``updated_at``: ``datetime.datetime``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    created_at: datetime.datetime | None = None
    description: str | None = None
    id: str | None = None
    labels: list[Label] | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Environment:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("created_at")
        if v0.__class__ is str:
            try:
                v0 = _fromiso(v0)
            except ValueError:
                v0 = _m.bad_datetime(v0, p, "created_at", e)
            else:
                if e is not None and v0.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v0 is not None or e is not None:
            v0 = _m.bad(v0, d, "created_at", p, e, "date-time string", False, False)
        v1 = g("description")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "description", p, e, "string", False, False)
        v2 = g("id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "id", p, e, "string", False, False)
        v3 = g("labels")
        if v3 is not None:
            v3 = _C_labels.parse(v3, p + ".labels" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "labels", p, e, False, False)
        v4 = g("name")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "name", p, e, "string", False, False)
        v5 = g("updated_at")
        if v5.__class__ is str:
            try:
                v5 = _fromiso(v5)
            except ValueError:
                v5 = _m.bad_datetime(v5, p, "updated_at", e)
            else:
                if e is not None and v5.tzinfo is None:
                    _m.naive_datetime(g("updated_at"), p, "updated_at", e)
        elif v5 is not None or e is not None:
            v5 = _m.bad(v5, d, "updated_at", p, e, "date-time string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.created_at = v0
        o.description = v1
        o.id = v2
        o.labels = v3
        o.name = v4
        o.updated_at = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Environment,
    (
        _m.FieldSpec("created_at", "created_at", _m.DATETIME),
        _m.FieldSpec("description", "description", _m.STRING),
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("labels", "labels", _C_labels),
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("updated_at", "updated_at", _m.DATETIME),
    ),
)
_KEYS = Environment._keys_
