"""Generated from the OpenAPI schema of ``WorkflowRunsPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .workflow_runs_page_items_item_status import WorkflowRunsPageItemsItemStatus

__all__ = ["WorkflowRunsPageItemsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class WorkflowRunsPageItemsItem(_m.Model):
    """A ``WorkflowRunsPageItemsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``branch``: ``str``, required
    * ``duration``: ``int``, required, may be null
    * ``created_at``: ``datetime.datetime``, required
    * ``stopped_at``: ``datetime.datetime``, required, may be null
    * ``credits_used``: ``int``, required
    * ``status``: ``WorkflowRunsPageItemsItemStatus``, required, may be null
    * ``is_approval``: ``bool``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    branch: str
    duration: int | None
    created_at: datetime.datetime
    stopped_at: datetime.datetime | None
    credits_used: int
    status: WorkflowRunsPageItemsItemStatus | None
    is_approval: bool
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> WorkflowRunsPageItemsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("branch")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "branch", p, e, "string", True, False)
        v2 = g("duration")
        if v2.__class__ is not int and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "duration", p, e, "integer", True, True)
        v3 = g("created_at")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "created_at", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "created_at", p, e, "date-time string", True, False)
        v4 = g("stopped_at")
        if v4.__class__ is str:
            try:
                v4 = _fromiso(v4)
            except ValueError:
                v4 = _m.bad_datetime(v4, p, "stopped_at", e)
            else:
                if e is not None and v4.tzinfo is None:
                    _m.naive_datetime(g("stopped_at"), p, "stopped_at", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "stopped_at", p, e, "date-time string", True, True)
        v5 = g("credits_used")
        if v5.__class__ is not int and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "credits_used", p, e, "integer", True, False)
        v6 = g("status")
        if v6.__class__ is str:
            m = WorkflowRunsPageItemsItemStatus._value2member_map_.get(v6)
            v6 = m if m is not None else _m.unknown_enum(WorkflowRunsPageItemsItemStatus, v6, p, "status", e)
        elif v6 is not None or e is not None:
            v6 = _m.bad(v6, d, "status", p, e, "WorkflowRunsPageItemsItemStatus string", True, True)
        v7 = g("is_approval")
        if v7.__class__ is not bool and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "is_approval", p, e, "boolean", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.branch = v1
        o.duration = v2
        o.created_at = v3
        o.stopped_at = v4
        o.credits_used = v5
        o.status = v6
        o.is_approval = v7
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    WorkflowRunsPageItemsItem,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("branch", "branch", _m.STRING, required=True),
        _m.FieldSpec("duration", "duration", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("stopped_at", "stopped_at", _m.DATETIME, required=True, nullable=True),
        _m.FieldSpec("credits_used", "credits_used", _m.INTEGER, required=True),
        _m.FieldSpec(
            "status", "status", _m.enum_of(WorkflowRunsPageItemsItemStatus), required=True, nullable=True
        ),
        _m.FieldSpec("is_approval", "is_approval", _m.BOOLEAN, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
WorkflowRunsPageItemsItem._additional_ = _m.ANY
WorkflowRunsPageItemsItem._input_additional_ = None
_KEYS = WorkflowRunsPageItemsItem._keys_
