"""Generated from the OpenAPI schema of ``PipelineDefinition``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition_checkout_source import PipelineDefinitionCheckoutSource
    from .pipeline_definition_config_source import PipelineDefinitionConfigSource

__all__ = ["PipelineDefinition"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_config_source = _m.model(
    "circleci_api_generated.models.pipeline_definition_config_source", "PipelineDefinitionConfigSource"
)
_C_checkout_source = _m.model(
    "circleci_api_generated.models.pipeline_definition_checkout_source", "PipelineDefinitionCheckoutSource"
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineDefinition(_m.Model):
    """A ``PipelineDefinition`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``name``: ``str``, required
    * ``created_at``: ``datetime.datetime``, required
    * ``description``: ``str``
    * ``config_source``: ``PipelineDefinitionConfigSource``
    * ``checkout_source``: ``PipelineDefinitionCheckoutSource``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    name: str
    created_at: datetime.datetime
    description: str | None = None
    config_source: PipelineDefinitionConfigSource | None = None
    checkout_source: PipelineDefinitionCheckoutSource | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineDefinition:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", True, False)
        v2 = g("created_at")
        if v2.__class__ is str:
            try:
                v2 = _fromiso(v2)
            except ValueError:
                v2 = _m.bad_datetime(v2, p, "created_at", e)
            else:
                if e is not None and v2.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v2 is not None or e is not None:
            v2 = _m.bad(v2, d, "created_at", p, e, "date-time string", True, False)
        v3 = g("description")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "description", p, e, "string", False, False)
        v4 = g("config_source")
        if v4.__class__ is dict:
            v4 = (_C_config_source._model or _C_config_source.model)._parse(
                v4, p + ".config_source" if e is not None else "", e
            )
        elif v4 is not None:
            v4 = _C_config_source.parse(v4, p + ".config_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "config_source", p, e, False, False)
        v5 = g("checkout_source")
        if v5.__class__ is dict:
            v5 = (_C_checkout_source._model or _C_checkout_source.model)._parse(
                v5, p + ".checkout_source" if e is not None else "", e
            )
        elif v5 is not None:
            v5 = _C_checkout_source.parse(v5, p + ".checkout_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "checkout_source", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.name = v1
        o.created_at = v2
        o.description = v3
        o.config_source = v4
        o.checkout_source = v5
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineDefinition,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("description", "description", _m.STRING),
        _m.FieldSpec("config_source", "config_source", _C_config_source),
        _m.FieldSpec("checkout_source", "checkout_source", _C_checkout_source),
    ),
)
_KEYS = PipelineDefinition._keys_
