"""Generated from the OpenAPI schema of ``GetJobResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["GetJobResponse"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class GetJobResponse(_m.Model):
    """A ``GetJobResponse`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``name``: ``str``, required
    * ``status``: ``str``, required
    * ``project_id``: ``str``, required
    * ``pipeline_id``: ``str``, required
    * ``workflow_id``: ``str``, required
    * ``job_number``: ``int``
    * ``type``: ``str``
    * ``started_at``: ``datetime.datetime``
    * ``stopped_at``: ``datetime.datetime``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    name: str
    status: str
    project_id: str
    pipeline_id: str
    workflow_id: str
    job_number: int | None = None
    type: str | None = None
    started_at: datetime.datetime | None = None
    stopped_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> GetJobResponse:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", True, False)
        v2 = g("status")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "status", p, e, "string", True, False)
        v3 = g("project_id")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "project_id", p, e, "string", True, False)
        v4 = g("pipeline_id")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "pipeline_id", p, e, "string", True, False)
        v5 = g("workflow_id")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "workflow_id", p, e, "string", True, False)
        v6 = g("job_number")
        if v6.__class__ is not int and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "job_number", p, e, "integer", False, False)
        v7 = g("type")
        if v7.__class__ is not str and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "type", p, e, "string", False, False)
        v8 = g("started_at")
        if v8.__class__ is str:
            try:
                v8 = _fromiso(v8)
            except ValueError:
                v8 = _m.bad_datetime(v8, p, "started_at", e)
            else:
                if e is not None and v8.tzinfo is None:
                    _m.naive_datetime(g("started_at"), p, "started_at", e)
        elif v8 is not None or e is not None:
            v8 = _m.bad(v8, d, "started_at", p, e, "date-time string", False, False)
        v9 = g("stopped_at")
        if v9.__class__ is str:
            try:
                v9 = _fromiso(v9)
            except ValueError:
                v9 = _m.bad_datetime(v9, p, "stopped_at", e)
            else:
                if e is not None and v9.tzinfo is None:
                    _m.naive_datetime(g("stopped_at"), p, "stopped_at", e)
        elif v9 is not None or e is not None:
            v9 = _m.bad(v9, d, "stopped_at", p, e, "date-time string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.status = v2
        o.project_id = v3
        o.pipeline_id = v4
        o.workflow_id = v5
        o.job_number = v6
        o.type = v7
        o.started_at = v8
        o.stopped_at = v9
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    GetJobResponse,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("status", "status", _m.STRING, required=True),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("pipeline_id", "pipeline_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("workflow_id", "workflow_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("job_number", "job_number", _m.INTEGER),
        _m.FieldSpec("type", "type", _m.STRING),
        _m.FieldSpec("started_at", "started_at", _m.DATETIME),
        _m.FieldSpec("stopped_at", "stopped_at", _m.DATETIME),
    ),
)
_KEYS = GetJobResponse._keys_
