"""Generated from the OpenAPI schema of ``CreatePipelineDefinitionRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .circle_ci_config_source import CircleCIConfigSource
    from .create_pipeline_definition_request_checkout_source import (
        CreatePipelineDefinitionRequestCheckoutSource,
    )
    from .github_app_config_source import GithubAppConfigSource

__all__ = ["CreatePipelineDefinitionRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_config_source = _m.union(
    _m.model("circleci_api_generated.models.github_app_config_source", "GithubAppConfigSource"),
    _m.model("circleci_api_generated.models.circle_ci_config_source", "CircleCIConfigSource"),
)
_C_checkout_source = _m.model(
    "circleci_api_generated.models.create_pipeline_definition_request_checkout_source",
    "CreatePipelineDefinitionRequestCheckoutSource",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreatePipelineDefinitionRequest(_m.Model):
    """A ``CreatePipelineDefinitionRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``name``: ``str``, required
    * ``config_source``: ``GithubAppConfigSource | CircleCIConfigSource``, required
    * ``checkout_source``: ``CreatePipelineDefinitionRequestCheckoutSource``, required
    * ``description``: ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    name: str
    config_source: GithubAppConfigSource | CircleCIConfigSource
    checkout_source: CreatePipelineDefinitionRequestCheckoutSource
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreatePipelineDefinitionRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "name", p, e, "string", True, False)
        v1 = g("config_source")
        if v1 is not None:
            v1 = _C_config_source.parse(v1, p + ".config_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "config_source", p, e, True, False)
        v2 = g("checkout_source")
        if v2.__class__ is dict:
            v2 = (_C_checkout_source._model or _C_checkout_source.model)._parse(
                v2, p + ".checkout_source" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_checkout_source.parse(v2, p + ".checkout_source" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "checkout_source", p, e, True, False)
        v3 = g("description")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "description", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.name = v0
        o.config_source = v1
        o.checkout_source = v2
        o.description = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreatePipelineDefinitionRequest,
    (
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("config_source", "config_source", _C_config_source, required=True),
        _m.FieldSpec("checkout_source", "checkout_source", _C_checkout_source, required=True),
        _m.FieldSpec("description", "description", _m.STRING),
    ),
)
_KEYS = CreatePipelineDefinitionRequest._keys_
