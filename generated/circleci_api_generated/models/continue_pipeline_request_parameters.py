"""Generated from the OpenAPI schema of ``ContinuePipelineRequestParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ContinuePipelineRequestParameters"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ContinuePipelineRequestParameters(_m.Model):
    """A ``ContinuePipelineRequestParameters`` object of the CircleCI API (an ``attrs`` class).

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> ContinuePipelineRequestParameters:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ContinuePipelineRequestParameters,
    (),
)
ContinuePipelineRequestParameters._additional_ = _m.union(_m.INTEGER, _m.STRING, _m.BOOLEAN)
ContinuePipelineRequestParameters._input_additional_ = ContinuePipelineRequestParameters._additional_
_KEYS = ContinuePipelineRequestParameters._keys_
