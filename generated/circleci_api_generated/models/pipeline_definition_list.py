"""Generated from the OpenAPI schema of ``PipelineDefinitionList``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition import PipelineDefinition

__all__ = ["PipelineDefinitionList"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_items = _m.list_of(_m.model("circleci_api_generated.models.pipeline_definition", "PipelineDefinition"))
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineDefinitionList(_m.Model):
    """A ``PipelineDefinitionList`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``items``: ``list[PipelineDefinition]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    items: list[PipelineDefinition] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineDefinitionList:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("items")
        if v0 is not None:
            v0 = _C_items.parse(v0, p + ".items" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "items", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.items = v0
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineDefinitionList,
    (_m.FieldSpec("items", "items", _C_items),),
)
_KEYS = PipelineDefinitionList._keys_
