"""Generated from the OpenAPI schema of ``RerunWorkflowParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["RerunWorkflowParameters"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_jobs = _m.list_of(_m.UUID_STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class RerunWorkflowParameters(_m.Model):
    """A ``RerunWorkflowParameters`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``enable_ssh``: ``bool``
    * ``from_failed``: ``bool``
    * ``jobs``: ``list[str]``
    * ``sparse_tree``: ``bool``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    enable_ssh: bool | None = None
    from_failed: bool | None = None
    jobs: list[str] | None = None
    sparse_tree: bool | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> RerunWorkflowParameters:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("enable_ssh")
        if v0.__class__ is not bool and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "enable_ssh", p, e, "boolean", False, False)
        v1 = g("from_failed")
        if v1.__class__ is not bool and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "from_failed", p, e, "boolean", False, False)
        v2 = g("jobs")
        if v2 is not None:
            v2 = _C_jobs.parse(v2, p + ".jobs" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "jobs", p, e, False, False)
        v3 = g("sparse_tree")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "sparse_tree", p, e, "boolean", False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.enable_ssh = v0
        o.from_failed = v1
        o.jobs = v2
        o.sparse_tree = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    RerunWorkflowParameters,
    (
        _m.FieldSpec("enable_ssh", "enable_ssh", _m.BOOLEAN),
        _m.FieldSpec("from_failed", "from_failed", _m.BOOLEAN),
        _m.FieldSpec("jobs", "jobs", _C_jobs),
        _m.FieldSpec("sparse_tree", "sparse_tree", _m.BOOLEAN),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
RerunWorkflowParameters._additional_ = _m.ANY
RerunWorkflowParameters._input_additional_ = None
_KEYS = RerunWorkflowParameters._keys_
