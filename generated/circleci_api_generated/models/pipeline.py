"""Generated from the OpenAPI schema of ``Pipeline``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_state import PipelineState

if TYPE_CHECKING:
    from .pipeline_errors_item import PipelineErrorsItem
    from .pipeline_trigger import PipelineTrigger
    from .pipeline_vcs import PipelineVcs

__all__ = ["Pipeline"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_errors = _m.list_of(_m.model("circleci_api_generated.models.pipeline_errors_item", "PipelineErrorsItem"))
_C_trigger = _m.model("circleci_api_generated.models.pipeline_trigger", "PipelineTrigger")
_C_trigger_parameters = _m.map_of(_m.union(_m.STRING, _m.INTEGER, _m.BOOLEAN, _m.map_of(_m.ANY)))
_C_vcs = _m.model("circleci_api_generated.models.pipeline_vcs", "PipelineVcs")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Pipeline(_m.Model):
    """A ``Pipeline`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``errors``: ``list[PipelineErrorsItem]``, required
    * ``project_slug``: ``str``, required
    * ``number``: ``int``, required
    * ``state``: ``PipelineState``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``trigger``: ``PipelineTrigger``, required
    * ``updated_at``: ``datetime.datetime``
    * ``trigger_parameters``: ``dict[str, str | int | bool | dict[str, Any]]``
    * ``vcs``: ``PipelineVcs``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    errors: list[PipelineErrorsItem]
    project_slug: str
    number: int
    state: PipelineState
    created_at: datetime.datetime
    trigger: PipelineTrigger
    updated_at: datetime.datetime | None = None
    trigger_parameters: dict[str, str | int | bool | dict[str, Any]] | None = None
    vcs: PipelineVcs | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Pipeline:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("errors")
        if v1 is not None:
            v1 = _C_errors.parse(v1, p + ".errors" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "errors", p, e, True, False)
        v2 = g("project_slug")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "project_slug", p, e, "string", True, False)
        v3 = g("number")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "number", p, e, "integer", True, False)
        v4 = g("state")
        if v4.__class__ is str:
            m = PipelineState._value2member_map_.get(v4)
            v4 = m if m is not None else _m.unknown_enum(PipelineState, v4, p, "state", e)
        elif v4 is not None or e is not None:
            v4 = _m.bad(v4, d, "state", p, e, "PipelineState string", True, False)
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
            v5 = _m.bad(v5, d, "created_at", p, e, "date-time string", True, False)
        v6 = g("trigger")
        if v6.__class__ is dict:
            v6 = (_C_trigger._model or _C_trigger.model)._parse(
                v6, p + ".trigger" if e is not None else "", e
            )
        elif v6 is not None:
            v6 = _C_trigger.parse(v6, p + ".trigger" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "trigger", p, e, True, False)
        v7 = g("updated_at")
        if v7.__class__ is str:
            try:
                v7 = _fromiso(v7)
            except ValueError:
                v7 = _m.bad_datetime(v7, p, "updated_at", e)
            else:
                if e is not None and v7.tzinfo is None:
                    _m.naive_datetime(g("updated_at"), p, "updated_at", e)
        elif v7 is not None or e is not None:
            v7 = _m.bad(v7, d, "updated_at", p, e, "date-time string", False, False)
        v8 = g("trigger_parameters")
        if v8 is not None:
            v8 = _C_trigger_parameters.parse(v8, p + ".trigger_parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "trigger_parameters", p, e, False, False)
        v9 = g("vcs")
        if v9.__class__ is dict:
            v9 = (_C_vcs._model or _C_vcs.model)._parse(v9, p + ".vcs" if e is not None else "", e)
        elif v9 is not None:
            v9 = _C_vcs.parse(v9, p + ".vcs" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "vcs", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.errors = v1
        o.project_slug = v2
        o.number = v3
        o.state = v4
        o.created_at = v5
        o.trigger = v6
        o.updated_at = v7
        o.trigger_parameters = v8
        o.vcs = v9
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Pipeline,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("errors", "errors", _C_errors, required=True),
        _m.FieldSpec("project_slug", "project_slug", _m.STRING, required=True),
        _m.FieldSpec("number", "number", _m.INTEGER, required=True),
        _m.FieldSpec("state", "state", _m.enum_of(PipelineState), required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("trigger", "trigger", _C_trigger, required=True),
        _m.FieldSpec("updated_at", "updated_at", _m.DATETIME),
        _m.FieldSpec("trigger_parameters", "trigger_parameters", _C_trigger_parameters),
        _m.FieldSpec("vcs", "vcs", _C_vcs),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Pipeline._additional_ = _m.ANY
Pipeline._input_additional_ = None
_KEYS = Pipeline._keys_
