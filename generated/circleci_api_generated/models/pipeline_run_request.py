"""Generated from the OpenAPI schema of ``PipelineRunRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_run_request_checkout import PipelineRunRequestCheckout
    from .pipeline_run_request_config import PipelineRunRequestConfig

__all__ = ["PipelineRunRequest"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_config = _m.model("circleci_api_generated.models.pipeline_run_request_config", "PipelineRunRequestConfig")
_C_checkout = _m.model(
    "circleci_api_generated.models.pipeline_run_request_checkout", "PipelineRunRequestCheckout"
)
_C_parameters = _m.map_of(_m.ANY)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineRunRequest(_m.Model):
    """A ``PipelineRunRequest`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``definition_id``: ``str``
    * ``config``: ``PipelineRunRequestConfig``
    * ``checkout``: ``PipelineRunRequestCheckout``
    * ``parameters``: ``dict[str, Any]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    definition_id: str | None = None
    config: PipelineRunRequestConfig | None = None
    checkout: PipelineRunRequestCheckout | None = None
    parameters: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineRunRequest:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("definition_id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "definition_id", p, e, "string", False, False)
        v1 = g("config")
        if v1.__class__ is dict:
            v1 = (_C_config._model or _C_config.model)._parse(v1, p + ".config" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_config.parse(v1, p + ".config" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "config", p, e, False, False)
        v2 = g("checkout")
        if v2.__class__ is dict:
            v2 = (_C_checkout._model or _C_checkout.model)._parse(
                v2, p + ".checkout" if e is not None else "", e
            )
        elif v2 is not None:
            v2 = _C_checkout.parse(v2, p + ".checkout" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "checkout", p, e, False, False)
        v3 = g("parameters")
        if v3 is not None:
            v3 = _C_parameters.parse(v3, p + ".parameters" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parameters", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.definition_id = v0
        o.config = v1
        o.checkout = v2
        o.parameters = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineRunRequest,
    (
        _m.FieldSpec("definition_id", "definition_id", _m.UUID_STRING),
        _m.FieldSpec("config", "config", _C_config),
        _m.FieldSpec("checkout", "checkout", _C_checkout),
        _m.FieldSpec("parameters", "parameters", _C_parameters),
    ),
)
_KEYS = PipelineRunRequest._keys_
