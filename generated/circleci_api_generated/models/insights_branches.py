"""Generated from the OpenAPI schema of ``InsightsBranches``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["InsightsBranches"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_branches = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class InsightsBranches(_m.Model):
    """A ``InsightsBranches`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``org_id``: ``Any``, required, may be null
    * ``project_id``: ``Any``, required, may be null
    * ``branches``: ``list[str]``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    org_id: Any | None
    project_id: Any | None
    branches: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> InsightsBranches:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("org_id")
        if v0 is None and e is not None:
            _m.absent(d, "org_id", p, e, True, True)
        v1 = g("project_id")
        if v1 is None and e is not None:
            _m.absent(d, "project_id", p, e, True, True)
        v2 = g("branches")
        if v2 is not None:
            v2 = _C_branches.parse(v2, p + ".branches" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "branches", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.org_id = v0
        o.project_id = v1
        o.branches = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    InsightsBranches,
    (
        _m.FieldSpec("org_id", "org_id", _m.ANY, required=True, nullable=True),
        _m.FieldSpec("project_id", "project_id", _m.ANY, required=True, nullable=True),
        _m.FieldSpec("branches", "branches", _C_branches, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
InsightsBranches._additional_ = _m.ANY
InsightsBranches._input_additional_ = None
_KEYS = InsightsBranches._keys_
