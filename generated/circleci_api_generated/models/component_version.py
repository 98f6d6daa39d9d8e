"""Generated from the OpenAPI schema of ``ComponentVersion``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ComponentVersion"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ComponentVersion(_m.Model):
    """A ``ComponentVersion`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``
    * ``environment_id``: ``str``
    * ``namespace``: ``str``
    * ``is_live``: ``bool``
    * ``pipeline_id``: ``str``
    * ``workflow_id``: ``str``
    * ``job_id``: ``str``
    * ``job_number``: ``int``
    * ``last_deployed_at``: ``datetime.datetime``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str | None = None
    environment_id: str | None = None
    namespace: str | None = None
    is_live: bool | None = None
    pipeline_id: str | None = None
    workflow_id: str | None = None
    job_id: str | None = None
    job_number: int | None = None
    last_deployed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ComponentVersion:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", False, False)
        v1 = g("environment_id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "environment_id", p, e, "string", False, False)
        v2 = g("namespace")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "namespace", p, e, "string", False, False)
        v3 = g("is_live")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "is_live", p, e, "boolean", False, False)
        v4 = g("pipeline_id")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "pipeline_id", p, e, "string", False, False)
        v5 = g("workflow_id")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "workflow_id", p, e, "string", False, False)
        v6 = g("job_id")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "job_id", p, e, "string", False, False)
        v7 = g("job_number")
        if v7.__class__ is not int and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "job_number", p, e, "integer", False, False)
        v8 = g("last_deployed_at")
        if v8.__class__ is str:
            try:
                v8 = _fromiso(v8)
            except ValueError:
                v8 = _m.bad_datetime(v8, p, "last_deployed_at", e)
            else:
                if e is not None and v8.tzinfo is None:
                    _m.naive_datetime(g("last_deployed_at"), p, "last_deployed_at", e)
        elif v8 is not None or e is not None:
            v8 = _m.bad(v8, d, "last_deployed_at", p, e, "date-time string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.environment_id = v1
        o.namespace = v2
        o.is_live = v3
        o.pipeline_id = v4
        o.workflow_id = v5
        o.job_id = v6
        o.job_number = v7
        o.last_deployed_at = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ComponentVersion,
    (
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("environment_id", "environment_id", _m.UUID_STRING),
        _m.FieldSpec("namespace", "namespace", _m.STRING),
        _m.FieldSpec("is_live", "is_live", _m.BOOLEAN),
        _m.FieldSpec("pipeline_id", "pipeline_id", _m.UUID_STRING),
        _m.FieldSpec("workflow_id", "workflow_id", _m.UUID_STRING),
        _m.FieldSpec("job_id", "job_id", _m.UUID_STRING),
        _m.FieldSpec("job_number", "job_number", _m.INTEGER),
        _m.FieldSpec("last_deployed_at", "last_deployed_at", _m.DATETIME),
    ),
)
_KEYS = ComponentVersion._keys_
