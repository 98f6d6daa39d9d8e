"""Generated from the OpenAPI schema of ``UpdatePipelineDefinitionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .update_pipeline_definition_request_checkout_source import (
        UpdatePipelineDefinitionRequestCheckoutSource,
    )
    from .update_pipeline_definition_request_config_source import UpdatePipelineDefinitionRequestConfigSource

__all__ = ["UpdatePipelineDefinitionRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_config_source = _m.model(
    "circleci_api_generated.models.update_pipeline_definition_request_config_source",
    "UpdatePipelineDefinitionRequestConfigSource",
)
_C_checkout_source = _m.model(
    "circleci_api_generated.models.update_pipeline_definition_request_checkout_source",
    "UpdatePipelineDefinitionRequestCheckoutSource",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class UpdatePipelineDefinitionRequest(_m.Model):
    """A ``UpdatePipelineDefinitionRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``
    * ``description``: ``str``
    * ``config_source``: ``UpdatePipelineDefinitionRequestConfigSource``
    * ``checkout_source``: ``UpdatePipelineDefinitionRequestCheckoutSource``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str | None = None
    description: str | None = None
    config_source: UpdatePipelineDefinitionRequestConfigSource | None = None
    checkout_source: UpdatePipelineDefinitionRequestCheckoutSource | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> UpdatePipelineDefinitionRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", False, False)
        v1 = g("description")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "description", p, e, "string", False, False)
        v2 = g("config_source")
        if v2.__class__ is dict:
            v2 = (_C_config_source._model or _C_config_source.model)._parse(
                v2, p + ".config_source" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_config_source.parse(v2, p + ".config_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "config_source", p, e, False, False)
        v3 = g("checkout_source")
        if v3.__class__ is dict:
            v3 = (_C_checkout_source._model or _C_checkout_source.model)._parse(
                v3, p + ".checkout_source" if e is not None else "", e
            )
        elif v3 is not None:
            v3 = _C_checkout_source.parse(v3, p + ".checkout_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "checkout_source", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.description = v1
        o.config_source = v2
        o.checkout_source = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    UpdatePipelineDefinitionRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING),
        _m.FieldSpec("description", "description", _m.STRING),
        _m.FieldSpec("config_source", "config_source", _C_config_source),
        _m.FieldSpec("checkout_source", "checkout_source", _C_checkout_source),
    ),
)
_KEYS = UpdatePipelineDefinitionRequest._keys_
