"""Generated from the OpenAPI schema of ``PipelineDefinitionCheckoutSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_definition_repo import PipelineDefinitionRepo

__all__ = ["PipelineDefinitionCheckoutSource"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_repo = _m.model("circleci_api_generated.models.pipeline_definition_repo", "PipelineDefinitionRepo")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineDefinitionCheckoutSource(_m.Model):
    """A ``PipelineDefinitionCheckoutSource`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``provider``: ``str``
    * ``repo``: ``PipelineDefinitionRepo``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    provider: str | None = None
    repo: PipelineDefinitionRepo | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> PipelineDefinitionCheckoutSource:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("provider")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "provider", p, e, "string", False, False)
        v1 = g("repo")
        if v1.__class__ is dict:
            v1 = (_C_repo._model or _C_repo.model)._parse(v1, p + ".repo" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_repo.parse(v1, p + ".repo" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "repo", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.provider = v0
        o.repo = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineDefinitionCheckoutSource,
    (
        _m.FieldSpec("provider", "provider", _m.STRING),
        _m.FieldSpec("repo", "repo", _C_repo),
    ),
)
_KEYS = PipelineDefinitionCheckoutSource._keys_
