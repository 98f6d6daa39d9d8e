"""Generated from the OpenAPI schema of ``Job``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .job_requires_additional_property_item import JobRequiresAdditionalPropertyItem
from .job_status import JobStatus
from .job_type import JobType

__all__ = ["Job"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_dependencies = _m.list_of(_m.UUID_STRING)
_C_requires = _m.map_of(_m.list_of(_m.enum_of(JobRequiresAdditionalPropertyItem)))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Job(_m.Model):
    """A ``Job`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``dependencies``: ``list[str]``, required
    * ``id``: ``str``, required
    * ``started_at``: ``datetime.datetime``, required
    * ``name``: ``str``, required
    * ``project_slug``: ``str``, required
    * ``status``: ``JobStatus``, required
    * ``type``: ``JobType``, required
    * ``canceled_by``: ``str``
    * ``job_number``: ``int``
    * ``approved_by``: ``str``
    * ``requires``: ``dict[str, list[JobRequiresAdditionalPropertyItem]]``
    * ``stopped_at``: ``datetime.datetime``, may be null
    * ``approval_request_id``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    dependencies: list[str]
    id: str
    started_at: datetime.datetime
    name: str
    project_slug: str
    status: JobStatus
    type: JobType
    canceled_by: str | None = None
    job_number: int | None = None
    approved_by: str | None = None
    requires: dict[str, list[JobRequiresAdditionalPropertyItem]] | None = None
    stopped_at: datetime.datetime | None | Unset = UNSET
    approval_request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Job:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("dependencies")
        if v0 is not None:
            v0 = _C_dependencies.parse(v0, p + ".dependencies" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "dependencies", p, e, True, False)
        v1 = g("id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "id", p, e, "string", True, False)
        v2 = g("started_at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "started_at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("started_at"), p, "started_at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "started_at", p, e, "date-time string", True, False)
        v3 = g("name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "name", p, e, "string", True, False)
        v4 = g("project_slug")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "project_slug", p, e, "string", True, False)
        v5 = g("status")
        if v5.__class__ is str:
            m = JobStatus._value2member_map_.get(v5)
            v5 = m if m is not None else _m.unknown_enum(JobStatus, v5, p, "status", e)
        elif v5 is not None or e is not None:
            v5 = _m.bad(v5, d, "status", p, e, "JobStatus string", True, False)
        v6 = g("type")
        if v6.__class__ is str:
            m = JobType._value2member_map_.get(v6)
            v6 = m if m is not None else _m.unknown_enum(JobType, v6, p, "type", e)
        elif v6 is not None or e is not None:
            v6 = _m.bad(v6, d, "type", p, e, "JobType string", True, False)
        v7 = g("canceled_by")
        if v7.__class__ is not str and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "canceled_by", p, e, "string", False, False)
        v8 = g("job_number")
        if v8.__class__ is not int and (v8 is not None or e is not None):
            v8 = _m.bad(v8, d, "job_number", p, e, "integer", False, False)
        v9 = g("approved_by")
        if v9.__class__ is not str and (v9 is not None or e is not None):
            v9 = _m.bad(v9, d, "approved_by", p, e, "string", False, False)
        v10 = g("requires")
        if v10 is not None:
            v10 = _C_requires.parse(v10, p + ".requires" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "requires", p, e, False, False)
        v11 = g("stopped_at")
        if v11.__class__ is str:
            try:
                v11 = _fromiso(v11)
            except ValueError:
                v11 = _m.bad_datetime(v11, p, "stopped_at", e)
            else:
                if e is not None and v11.tzinfo is None:
                    _m.naive_datetime(g("stopped_at"), p, "stopped_at", e)
        elif v11 is not None or e is not None:
            v11 = _m.bad(v11, d, "stopped_at", p, e, "date-time string", False, True)
        v12 = g("approval_request_id")
        if v12.__class__ is not str and (v12 is not None or e is not None):
            v12 = _m.bad(v12, d, "approval_request_id", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.dependencies = v0
        o.id = v1
        o.started_at = v2
        o.name = v3
        o.project_slug = v4
        o.status = v5
        o.type = v6
        o.canceled_by = v7
        o.job_number = v8
        o.approved_by = v9
        o.requires = v10
        o.stopped_at = v11
        o.approval_request_id = v12
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Job,
    (
        _m.FieldSpec("dependencies", "dependencies", _C_dependencies, required=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("started_at", "started_at", _m.DATETIME, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("project_slug", "project_slug", _m.STRING, required=True),
        _m.FieldSpec("status", "status", _m.enum_of(JobStatus), required=True),
        _m.FieldSpec("type", "type", _m.enum_of(JobType), required=True),
        _m.FieldSpec("canceled_by", "canceled_by", _m.UUID_STRING),
        _m.FieldSpec("job_number", "job_number", _m.INTEGER),
        _m.FieldSpec("approved_by", "approved_by", _m.UUID_STRING),
        _m.FieldSpec("requires", "requires", _C_requires),
        _m.FieldSpec("stopped_at", "stopped_at", _m.DATETIME, nullable=True),
        _m.FieldSpec("approval_request_id", "approval_request_id", _m.UUID_STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Job._additional_ = _m.ANY
Job._input_additional_ = None
_KEYS = Job._keys_
