"""Generated from the OpenAPI schema of ``ProjectVcsInfo``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .project_vcs_info_provider import ProjectVcsInfoProvider

__all__ = ["ProjectVcsInfo"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ProjectVcsInfo(_m.Model):
    """A ``ProjectVcsInfo`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``vcs_url``: ``str``, required
    * ``provider``: ``ProjectVcsInfoProvider``, required
    * ``default_branch``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    vcs_url: str
    provider: ProjectVcsInfoProvider
    default_branch: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ProjectVcsInfo:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("vcs_url")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "vcs_url", p, e, "string", True, False)
        v1 = g("provider")
        if v1.__class__ is str:
            m = ProjectVcsInfoProvider._value2member_map_.get(v1)
            v1 = m if m is not None else _m.unknown_enum(ProjectVcsInfoProvider, v1, p, "provider", e)
        elif v1 is not None or e is not None:
            v1 = _m.bad(v1, d, "provider", p, e, "ProjectVcsInfoProvider string", True, False)
        v2 = g("default_branch")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "default_branch", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.vcs_url = v0
        o.provider = v1
        o.default_branch = v2
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ProjectVcsInfo,
    (
        _m.FieldSpec("vcs_url", "vcs_url", _m.STRING, required=True),
        _m.FieldSpec("provider", "provider", _m.enum_of(ProjectVcsInfoProvider), required=True),
        _m.FieldSpec("default_branch", "default_branch", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
ProjectVcsInfo._additional_ = _m.ANY
ProjectVcsInfo._input_additional_ = None
_KEYS = ProjectVcsInfo._keys_
