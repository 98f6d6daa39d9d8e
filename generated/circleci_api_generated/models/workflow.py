"""Generated from the OpenAPI schema of ``Workflow``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .workflow_status import WorkflowStatus
from .workflow_tag import WorkflowTag

__all__ = ["Workflow"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Workflow(_m.Model):
    """A ``Workflow`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``pipeline_id``: ``str``, required
    * ``id``: ``str``, required
    * ``name``: ``str``, required
    * ``project_slug``: ``str``, required
    * ``status``: ``WorkflowStatus``, required
    * ``started_by``: ``str``, required
    * ``pipeline_number``: ``int``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``stopped_at``: ``datetime.datetime``, required, may be null
    * ``canceled_by``: ``str``
    * ``auto_rerun_number``: ``int``
    * ``errored_by``: ``str``
    * ``tag``: ``WorkflowTag``, may be null
    * ``max_auto_reruns``: ``int``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    pipeline_id: str
    id: str
    name: str
    project_slug: str
    status: WorkflowStatus
    started_by: str
    pipeline_number: int
    created_at: datetime.datetime
    stopped_at: datetime.datetime | None
    canceled_by: str | None = None
    auto_rerun_number: int | None = None
    errored_by: str | None = None
    tag: WorkflowTag | None | Unset = UNSET
    max_auto_reruns: int | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Workflow:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("pipeline_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "pipeline_id", p, e, "string", True, False)
        v1 = g("id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "id", p, e, "string", True, False)
        v2 = g("name")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "name", p, e, "string", True, False)
        v3 = g("project_slug")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "project_slug", p, e, "string", True, False)
        v4 = g("status")
        if v4.__class__ is str:
            m = WorkflowStatus._value2member_map_.get(v4)
            v4 = m if m is not None else _m.unknown_enum(WorkflowStatus, v4, p, "status", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "status", p, e, "WorkflowStatus string", True, False)
        v5 = g("started_by")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "started_by", p, e, "string", True, False)
        v6 = g("pipeline_number")
        if v6.__class__ is not int and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "pipeline_number", p, e, "integer", True, False)
        v7 = g("created_at")
        if v7.__class__ is str:
            try:
                v7 = _fromiso(v7)
            except ValueError:
                v7 = _m.bad_datetime(v7, p, "created_at", e)
            else:
                if e is not None and v7.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v7 is not None or e is not None:
            v7 = _m.bad(v7, d, "created_at", p, e, "date-time string", True, False)
        v8 = g("stopped_at")
        if v8.__class__ is str:
            try:
                v8 = _fromiso(v8)
            except ValueError:
                v8 = _m.bad_datetime(v8, p, "stopped_at", e)
            else:
                if e is not None and v8.tzinfo is None:
                    _m.naive_datetime(g("stopped_at"), p, "stopped_at", e)
        elif v8 is not None or e is not None:
            v8 = _m.bad(v8, d, "stopped_at", p, e, "date-time string", True, True)
        v9 = g("canceled_by")
        if v9.__class__ is not str and (v9 is not None or e is not None):
            v9 = _m.bad(v9, d, "canceled_by", p, e, "string", False, False)
        v10 = g("auto_rerun_number")
        if v10.__class__ is not int and (v10 is not None or e is not None):
            v10 = _m.bad(v10, d, "auto_rerun_number", p, e, "integer", False, False)
        v11 = g("errored_by")
        if v11.__class__ is not str and (v11 is not None or e is not None):
            v11 = _m.bad(v11, d, "errored_by", p, e, "string", False, False)
        v12 = g("tag")
        if v12.__class__ is str:
            m = WorkflowTag._value2member_map_.get(v12)
            v12 = m if m is not None else _m.unknown_enum(WorkflowTag, v12, p, "tag", e)
        elif v12 is not None or e is not None:
            v12 = _m.bad(v12, d, "tag", p, e, "WorkflowTag string", False, True)
        v13 = g("max_auto_reruns")
        if v13.__class__ is not int and (v13 is not None or e is not None):
            v13 = _m.bad(v13, d, "max_auto_reruns", p, e, "integer", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.pipeline_id = v0
        o.id = v1
        o.name = v2
        o.project_slug = v3
        o.status = v4
        o.started_by = v5
        o.pipeline_number = v6
        o.created_at = v7
        o.stopped_at = v8
        o.canceled_by = v9
        o.auto_rerun_number = v10
        o.errored_by = v11
        o.tag = v12
        o.max_auto_reruns = v13
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Workflow,
    (
        _m.FieldSpec("pipeline_id", "pipeline_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("project_slug", "project_slug", _m.STRING, required=True),
        _m.FieldSpec("status", "status", _m.enum_of(WorkflowStatus), required=True),
        _m.FieldSpec("started_by", "started_by", _m.UUID_STRING, required=True),
        _m.FieldSpec("pipeline_number", "pipeline_number", _m.INTEGER, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("stopped_at", "stopped_at", _m.DATETIME, required=True, nullable=True),
        _m.FieldSpec("canceled_by", "canceled_by", _m.UUID_STRING),
        _m.FieldSpec("auto_rerun_number", "auto_rerun_number", _m.INTEGER),
        _m.FieldSpec("errored_by", "errored_by", _m.UUID_STRING),
        _m.FieldSpec("tag", "tag", _m.enum_of(WorkflowTag), nullable=True),
        _m.FieldSpec("max_auto_reruns", "max_auto_reruns", _m.INTEGER),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Workflow._additional_ = _m.ANY
Workflow._input_additional_ = None
_KEYS = Workflow._keys_
