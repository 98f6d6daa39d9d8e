"""Generated from the OpenAPI schema of ``Schedule``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .monthly_timetable import MonthlyTimetable
    from .user import User
    from .weekly_timetable import WeeklyTimetable

__all__ = ["Schedule"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_timetable = _m.union(
    _m.model("circleci_api_generated.models.weekly_timetable", "WeeklyTimetable"),
    _m.model("circleci_api_generated.models.monthly_timetable", "MonthlyTimetable"),
)
_C_parameters = _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
_C_actor = _m.model("circleci_api_generated.models.user", "User")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Schedule(_m.Model):
    """A ``Schedule`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``timetable``: ``WeeklyTimetable | MonthlyTimetable``, required
    * ``updated_at`` (``updated-at``): ``datetime.datetime``, required
    * ``name``: ``str``, required
    * ``created_at`` (``created-at``): ``datetime.datetime``, required
    * ``project_slug`` (``project-slug``): ``str``, required
    * ``parameters``: ``dict[str, int | str | bool]``, required
    * ``actor``: ``User``, required
    * ``description``: ``str``, required, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    timetable: WeeklyTimetable | MonthlyTimetable
    updated_at: datetime.datetime
    name: str
    created_at: datetime.datetime
    project_slug: str
    parameters: dict[str, int | str | bool]
    actor: User
    description: str | None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Schedule:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("timetable")
        if v1 is not None:
            v1 = _C_timetable.parse(v1, p + ".timetable" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "timetable", p, e, True, False)
        v2 = g("updated-at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "updated-at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("updated-at"), p, "updated-at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "updated-at", p, e, "date-time string", True, False)
        v3 = g("name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "name", p, e, "string", True, False)
        v4 = g("created-at")
        if v4.__class__ is str:
            try:
                v4 = _fromiso(v4)
            except ValueError:
                v4 = _m.bad_datetime(v4, p, "created-at", e)
            else:
                if e is not None and v4.tzinfo is None:
                    _m.naive_datetime(g("created-at"), p, "created-at", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "created-at", p, e, "date-time string", True, False)
        v5 = g("project-slug")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "project-slug", p, e, "string", True, False)
        v6 = g("parameters")
        if v6 is not None:
            v6 = _C_parameters.parse(v6, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, True, False)
        v7 = g("actor")
        if v7.__class__ is dict:
            v7 = (_C_actor._model or _C_actor.model)._parse(v7, p + ".actor" if e is not None else "", e)
        elif v7 is not None:
            v7 = _C_actor.parse(v7, p + ".actor" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "actor", p, e, True, False)
        v8 = g("description")
        if v8.__class__ is not str and (v8 is not None or e is not None):
            v8 = _m.bad(v8, d, "description", p, e, "string", True, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.timetable = v1
        o.updated_at = v2
        o.name = v3
        o.created_at = v4
        o.project_slug = v5
        o.parameters = v6
        o.actor = v7
        o.description = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Schedule,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("timetable", "timetable", _C_timetable, required=True),
        _m.FieldSpec("updated_at", "updated-at", _m.DATETIME, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("created_at", "created-at", _m.DATETIME, required=True),
        _m.FieldSpec("project_slug", "project-slug", _m.STRING, required=True),
        _m.FieldSpec("parameters", "parameters", _C_parameters, required=True),
        _m.FieldSpec("actor", "actor", _C_actor, required=True),
        _m.FieldSpec("description", "description", _m.STRING, required=True, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Schedule._additional_ = _m.ANY
Schedule._input_additional_ = None
_KEYS = Schedule._keys_
