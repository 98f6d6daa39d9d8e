"""Generated from the OpenAPI schema of ``PipelineVcs``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_vcs_commit import PipelineVcsCommit

__all__ = ["PipelineVcs"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_commit = _m.model("circleci_api_generated.models.pipeline_vcs_commit", "PipelineVcsCommit")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class PipelineVcs(_m.Model):
    """A ``PipelineVcs`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``provider_name``: ``str``, required
    * ``target_repository_url``: ``str``, required
    * ``revision``: ``str``, required, may be null
    * ``origin_repository_url``: ``str``, required
    * ``branch``: ``str``
    * ``review_id``: ``str``
    * ``review_url``: ``str``
    * ``tag``: ``str``
    * ``commit``: ``PipelineVcsCommit``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    provider_name: str
    target_repository_url: str
    revision: str | None
    origin_repository_url: str
    branch: str | None = None
    review_id: str | None = None
    review_url: str | None = None
    tag: str | None = None
    commit: PipelineVcsCommit | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> PipelineVcs:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("provider_name")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "provider_name", p, e, "string", True, False)
        v1 = g("target_repository_url")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "target_repository_url", p, e, "string", True, False)
        v2 = g("revision")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "revision", p, e, "string", True, True)
        v3 = g("origin_repository_url")
        if v3.__class__ is not str and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "origin_repository_url", p, e, "string", True, False)
        v4 = g("branch")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "branch", p, e, "string", False, False)
        v5 = g("review_id")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "review_id", p, e, "string", False, False)
        v6 = g("review_url")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "review_url", p, e, "string", False, False)
        v7 = g("tag")
        if v7.__class__ is not str and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "tag", p, e, "string", False, False)
        v8 = g("commit")
        if v8.__class__ is dict:
            v8 = (_C_commit._model or _C_commit.model)._parse(v8, p + ".commit" if e is not None else "", e)
        elif v8 is not None:
            v8 = _C_commit.parse(v8, p + ".commit" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "commit", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.provider_name = v0
        o.target_repository_url = v1
        o.revision = v2
        o.origin_repository_url = v3
        o.branch = v4
        o.review_id = v5
        o.review_url = v6
        o.tag = v7
        o.commit = v8
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    PipelineVcs,
    (
        _m.FieldSpec("provider_name", "provider_name", _m.STRING, required=True),
        _m.FieldSpec("target_repository_url", "target_repository_url", _m.STRING, required=True),
        _m.FieldSpec("revision", "revision", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("origin_repository_url", "origin_repository_url", _m.STRING, required=True),
        _m.FieldSpec("branch", "branch", _m.STRING),
        _m.FieldSpec("review_id", "review_id", _m.STRING),
        _m.FieldSpec("review_url", "review_url", _m.STRING),
        _m.FieldSpec("tag", "tag", _m.STRING),
        _m.FieldSpec("commit", "commit", _C_commit),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
PipelineVcs._additional_ = _m.ANY
PipelineVcs._input_additional_ = None
_KEYS = PipelineVcs._keys_
