"""Generated from the OpenAPI schema of ``JobDetailsProject``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobDetailsProject"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobDetailsProject(_m.Model):
    """A ``JobDetailsProject`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``id``: ``str``, required
    * ``slug``: ``str``, required
    * ``name``: ``str``, required
    * ``external_url``: ``str``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    id: str
    slug: str
    name: str
    external_url: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobDetailsProject:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("id")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "id", p, e, "string", True, False)
        v1 = g("slug")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "slug", p, e, "string", True, False)
        v2 = g("name")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "name", p, e, "string", True, False)
        v3 = g("external_url")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "external_url", p, e, "string", True, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.id = v0
        o.slug = v1
        o.name = v2
        o.external_url = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobDetailsProject,
    (
        _m.FieldSpec("id", "id", _m.UUID_STRING, required=True),
        _m.FieldSpec("slug", "slug", _m.STRING, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("external_url", "external_url", _m.STRING, required=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobDetailsProject._additional_ = _m.ANY
JobDetailsProject._input_additional_ = None
_KEYS = JobDetailsProject._keys_
