"""Generated from the OpenAPI schema of ``Component``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .label import Label

__all__ = ["Component"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_labels = _m.list_of(_m.model("circleci_api_generated.models.label", "Label"))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Component(_m.Model):
    """A ``Component`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``
    * ``name``: ``str``
    * ``project_id``: ``str``
    * ``labels``: ``list[Label]``
    * ``release_count``: ``int``
    * ``created_at``: ``datetime.datetime``
    * ``updated_at``: ``datetime.datetime``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str | None = None
    name: str | None = None
    project_id: str | None = None
    labels: list[Label] | None = None
    release_count: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Component:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", False, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", False, False)
        v2 = g("project_id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "project_id", p, e, "string", False, False)
        v3 = g("labels")
        if v3 is not None:
            v3 = _C_labels.parse(v3, p + ".labels" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "labels", p, e, False, False)
        v4 = g("release_count")
        if v4.__class__ is not int and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "release_count", p, e, "integer", False, False)
        v5 = g("created_at")
        if v5.__class__ is str:
            try:
                v5 = _fromiso(v5)
            except ValueError:
                v5 = _m.bad_datetime(v5, p, "created_at", e)
            else:
                if e is not None and v5.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v5 is not None or e is not None:
            v5 = _m.bad(v5, d, "created_at", p, e, "date-time string", False, False)
        v6 = g("updated_at")
        if v6.__class__ is str:
            try:
                v6 = _fromiso(v6)
            except ValueError:
                v6 = _m.bad_datetime(v6, p, "updated_at", e)
            else:
                if e is not None and v6.tzinfo is None:
                    _m.naive_datetime(g("updated_at"), p, "updated_at", e)
        elif v6 is not None or e is not None:
            v6 = _m.bad(v6, d, "updated_at", p, e, "date-time string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.project_id = v2
        o.labels = v3
        o.release_count = v4
        o.created_at = v5
        o.updated_at = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Component,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING),
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING),
        _m.FieldSpec("labels", "labels", _C_labels),
        _m.FieldSpec("release_count", "release_count", _m.INTEGER),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME),
        _m.FieldSpec("updated_at", "updated_at", _m.DATETIME),
    ),
)
_KEYS = Component._keys_
