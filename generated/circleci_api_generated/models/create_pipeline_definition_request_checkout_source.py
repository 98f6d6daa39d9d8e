"""Generated from the OpenAPI schema of ``CreatePipelineDefinitionRequestCheckoutSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_pipeline_definition_request_checkout_source_provider import (
    CreatePipelineDefinitionRequestCheckoutSourceProvider,
)

if TYPE_CHECKING:
    from .create_pipeline_definition_request_checkout_source_repo import (
        CreatePipelineDefinitionRequestCheckoutSourceRepo,
    )

__all__ = ["CreatePipelineDefinitionRequestCheckoutSource"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_repo = _m.model(
    "circleci_api_generated.models.create_pipeline_definition_request_checkout_source_repo",
    "CreatePipelineDefinitionRequestCheckoutSourceRepo",
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class CreatePipelineDefinitionRequestCheckoutSource(_m.Model):
    """A ``CreatePipelineDefinitionRequestCheckoutSource`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``provider``: ``CreatePipelineDefinitionRequestCheckoutSourceProvider``, required
    * ``repo``: ``CreatePipelineDefinitionRequestCheckoutSourceRepo``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    provider: CreatePipelineDefinitionRequestCheckoutSourceProvider
    repo: CreatePipelineDefinitionRequestCheckoutSourceRepo
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> CreatePipelineDefinitionRequestCheckoutSource:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("provider")
        if v0.__class__ is str:
            m = CreatePipelineDefinitionRequestCheckoutSourceProvider._value2member_map_.get(v0)
            v0 = (
                m
                if m is not None
                else _m.unknown_enum(
                    CreatePipelineDefinitionRequestCheckoutSourceProvider, v0, p, "provider", e
                )
            )
        elif v0 is not None or e is not None:
            v0 = _m.bad(
                v0,
                d,
                "provider",
                p,
                e,
                "CreatePipelineDefinitionRequestCheckoutSourceProvider string",
                True,
                False,
            )
        v1 = g("repo")
        if v1.__class__ is dict:
            v1 = (_C_repo._model or _C_repo.model)._parse(v1, p + ".repo" if e is not None else "", e)
        elif v1 is not None:
            v1 = _C_repo.parse(v1, p + ".repo" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "repo", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.provider = v0
        o.repo = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    CreatePipelineDefinitionRequestCheckoutSource,
    (
        _m.FieldSpec(
            "provider",
            "provider",
            _m.enum_of(CreatePipelineDefinitionRequestCheckoutSourceProvider),
            required=True,
        ),
        _m.FieldSpec("repo", "repo", _C_repo, required=True),
    ),
)
_KEYS = CreatePipelineDefinitionRequestCheckoutSource._keys_
