"""Generated from the OpenAPI schema of ``Project``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_vcs_info import ProjectVcsInfo

__all__ = ["Project"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_vcs_info = _m.model("circleci_api_generated.models.project_vcs_info", "ProjectVcsInfo")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class Project(_m.Model):
    """A ``Project`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``slug``: ``str``, required
    * ``name``: ``str``, required
    * ``id``: ``str``, required
    * ``organization_name``: ``str``, required
    * ``organization_slug``: ``str``, required
    * ``organization_id``: ``str``, required
    * ``vcs_info``: ``ProjectVcsInfo``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    slug: str
    name: str
    id: str
    organization_name: str
    organization_slug: str
    organization_id: str
    vcs_info: ProjectVcsInfo
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> Project:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("slug")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "slug", p, e, "string", True, False)
        v1 = g("name")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "name", p, e, "string", True, False)
        v2 = g("id")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "id", p, e, "string", True, False)
        v3 = g("organization_name")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "organization_name", p, e, "string", True, False)
        v4 = g("organization_slug")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "organization_slug", p, e, "string", True, False)
        v5 = g("organization_id")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "organization_id", p, e, "string", True, False)
        v6 = g("vcs_info")
        if v6.__class__ is dict:
            v6 = (_C_vcs_info._model or _C_vcs_info.model)._parse(
                v6, p + ".vcs_info" if e is not None else "", e
            )
        elif v6 is not None:
            v6 = _C_vcs_info.parse(v6, p + ".vcs_info" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "vcs_info", p, e, True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.slug = v0
        o.name = v1
        o.id = v2
        o.organization_name = v3
        o.organization_slug = v4
        o.organization_id = v5
        o.vcs_info = v6
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    Project,
    (
        _m.FieldSpec("slug", "slug", _m.STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("organization_name", "organization_name", _m.STRING, required=True),
        _m.FieldSpec("organization_slug", "organization_slug", _m.STRING, required=True),
        _m.FieldSpec("organization_id", "organization_id", _m.UUID_STRING, required=True),
        _m.FieldSpec("vcs_info", "vcs_info", _C_vcs_info, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
Project._additional_ = _m.ANY
Project._input_additional_ = None
_KEYS = Project._keys_
