"""Generated from the OpenAPI schema of ``DecisionLogMetadata``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .decision_log_metadata_vcs import DecisionLogMetadataVcs

__all__ = ["DecisionLogMetadata"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_vcs = _m.model("circleci_api_generated.models.decision_log_metadata_vcs", "DecisionLogMetadataVcs")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class DecisionLogMetadata(_m.Model):
    """A ``DecisionLogMetadata`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``build_number``: ``int``
    * ``project_id``: ``str``
    * ``ssh_rerun``: ``bool``
    * ``vcs``: ``DecisionLogMetadataVcs``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    build_number: int | None = None
    project_id: str | None = None
    ssh_rerun: bool | None = None
    vcs: DecisionLogMetadataVcs | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> DecisionLogMetadata:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("build_number")
        if v0.__class__ is not int and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "build_number", p, e, "integer", False, False)
        v1 = g("project_id")
        if v1.__class__ is not str and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "project_id", p, e, "string", False, False)
        v2 = g("ssh_rerun")
        if v2.__class__ is not bool and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "ssh_rerun", p, e, "boolean", False, False)
        v3 = g("vcs")
        if v3.__class__ is dict:
            v3 = (_C_vcs._model or _C_vcs.model)._parse(v3, p + ".vcs" if e is not None else "", e)
        elif v3 is not None:
            v3 = _C_vcs.parse(v3, p + ".vcs" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "vcs", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.build_number = v0
        o.project_id = v1
        o.ssh_rerun = v2
        o.vcs = v3
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    DecisionLogMetadata,
    (
        _m.FieldSpec("build_number", "build_number", _m.INTEGER),
        _m.FieldSpec("project_id", "project_id", _m.UUID_STRING),
        _m.FieldSpec("ssh_rerun", "ssh_rerun", _m.BOOLEAN),
        _m.FieldSpec("vcs", "vcs", _C_vcs),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
DecisionLogMetadata._additional_ = _m.ANY
DecisionLogMetadata._input_additional_ = None
_KEYS = DecisionLogMetadata._keys_
