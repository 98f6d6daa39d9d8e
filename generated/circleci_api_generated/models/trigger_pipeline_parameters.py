"""Generated from the OpenAPI schema of ``TriggerPipelineParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TriggerPipelineParameters"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_parameters = _m.map_of(_m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class TriggerPipelineParameters(_m.Model):
    """A ``TriggerPipelineParameters`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``branch``: ``str``
    * ``tag``: ``str``
    * ``parameters``: ``dict[str, int | str | bool]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    branch: str | None = None
    tag: str | None = None
    parameters: dict[str, int | str | bool] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> TriggerPipelineParameters:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("branch")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "branch", p, e, "string", False, False)
        v1 = g("tag")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "tag", p, e, "string", False, False)
        v2 = g("parameters")
        if v2 is not None:
            v2 = _C_parameters.parse(v2, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.branch = v0
        o.tag = v1
        o.parameters = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    TriggerPipelineParameters,
    (
        _m.FieldSpec("branch", "branch", _m.STRING),
        _m.FieldSpec("tag", "tag", _m.STRING),
        _m.FieldSpec("parameters", "parameters", _C_parameters),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
TriggerPipelineParameters._additional_ = _m.ANY
TriggerPipelineParameters._input_additional_ = None
_KEYS = TriggerPipelineParameters._keys_
