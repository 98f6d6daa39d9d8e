"""Generated from the OpenAPI schema of ``PipelineConfig``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PipelineConfig"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineConfig(_m.Model):
    """A ``PipelineConfig`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``source``: ``str``, required
    * ``compiled``: ``str``, required
    * ``setup_config`` (``setup-config``): ``str``
    * ``compiled_setup_config`` (``compiled-setup-config``): ``str``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    source: str
    compiled: str
    setup_config: str | None = None
    compiled_setup_config: str | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineConfig:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("source")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "source", p, e, "string", True, False)
        v1 = g("compiled")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "compiled", p, e, "string", True, False)
        v2 = g("setup-config")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "setup-config", p, e, "string", False, False)
        v3 = g("compiled-setup-config")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "compiled-setup-config", p, e, "string", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.source = v0
        o.compiled = v1
        o.setup_config = v2
        o.compiled_setup_config = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineConfig,
    (
        _m.FieldSpec("source", "source", _m.STRING, required=True),
        _m.FieldSpec("compiled", "compiled", _m.STRING, required=True),
        _m.FieldSpec("setup_config", "setup-config", _m.STRING),
        _m.FieldSpec("compiled_setup_config", "compiled-setup-config", _m.STRING),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
PipelineConfig._additional_ = _m.ANY
PipelineConfig._input_additional_ = None
_KEYS = PipelineConfig._keys_
