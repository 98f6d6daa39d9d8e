"""Generated from the OpenAPI schema of ``ProjectSettingsAdvanced``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ProjectSettingsAdvanced"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_pr_only_branch_overrides = _m.list_of(_m.STRING)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class ProjectSettingsAdvanced(_m.Model):
    """A ``ProjectSettingsAdvanced`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``autocancel_builds``: ``bool``
    * ``build_fork_prs``: ``bool``
    * ``build_prs_only``: ``bool``
    * ``disable_ssh``: ``bool``
    * ``forks_receive_secret_env_vars``: ``bool``
    * ``oss``: ``bool``
    * ``set_github_status``: ``bool``
    * ``setup_workflows``: ``bool``
    * ``write_settings_requires_admin``: ``bool``
    * ``pr_only_branch_overrides``: ``list[str]``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    autocancel_builds: bool | None = None
    build_fork_prs: bool | None = None
    build_prs_only: bool | None = None
    disable_ssh: bool | None = None
    forks_receive_secret_env_vars: bool | None = None
    oss: bool | None = None
    set_github_status: bool | None = None
    setup_workflows: bool | None = None
    write_settings_requires_admin: bool | None = None
    pr_only_branch_overrides: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> ProjectSettingsAdvanced:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("autocancel_builds")
        if v0.__class__ is not bool and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "autocancel_builds", p, e, "boolean", False, False)
        v1 = g("build_fork_prs")
        if v1.__class__ is not bool and (v1 is not None or e is not None):
            v1 = _m.bad(v1, d, "build_fork_prs", p, e, "boolean", False, False)
        v2 = g("build_prs_only")
        if v2.__class__ is not bool and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "build_prs_only", p, e, "boolean", False, False)
        v3 = g("disable_ssh")
        if v3.__class__ is not bool and (v3 is not None or e is not None):
            v3 = _m.bad(v3, d, "disable_ssh", p, e, "boolean", False, False)
        v4 = g("forks_receive_secret_env_vars")
        if v4.__class__ is not bool and (v4 is not None or e is not None):
            v4 = _m.bad(v4, d, "forks_receive_secret_env_vars", p, e, "boolean", False, False)
        v5 = g("oss")
        if v5.__class__ is not bool and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "oss", p, e, "boolean", False, False)
        v6 = g("set_github_status")
        if v6.__class__ is not bool and (v6 is not None or e is not None):
            v6 = _m.bad(v6, d, "set_github_status", p, e, "boolean", False, False)
        v7 = g("setup_workflows")
        if v7.__class__ is not bool and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "setup_workflows", p, e, "boolean", False, False)
        v8 = g("write_settings_requires_admin")
        if v8.__class__ is not bool and (v8 is not None or e is not None):
            v8 = _m.bad(v8, d, "write_settings_requires_admin", p, e, "boolean", False, False)
        v9 = g("pr_only_branch_overrides")
        if v9 is not None:
            v9 = _C_pr_only_branch_overrides.parse(
                v9, p + ".pr_only_branch_overrides" if e is not None else "", e
            )
        elif e is not None:
            _m.absent(d, "pr_only_branch_overrides", p, e, False, False)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.autocancel_builds = v0
        o.build_fork_prs = v1
        o.build_prs_only = v2
        o.disable_ssh = v3
        o.forks_receive_secret_env_vars = v4
        o.oss = v5
        o.set_github_status = v6
        o.setup_workflows = v7
        o.write_settings_requires_admin = v8
        o.pr_only_branch_overrides = v9
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    ProjectSettingsAdvanced,
    (
        _m.FieldSpec("autocancel_builds", "autocancel_builds", _m.BOOLEAN),
        _m.FieldSpec("build_fork_prs", "build_fork_prs", _m.BOOLEAN),
        _m.FieldSpec("build_prs_only", "build_prs_only", _m.BOOLEAN),
        _m.FieldSpec("disable_ssh", "disable_ssh", _m.BOOLEAN),
        _m.FieldSpec("forks_receive_secret_env_vars", "forks_receive_secret_env_vars", _m.BOOLEAN),
        _m.FieldSpec("oss", "oss", _m.BOOLEAN),
        _m.FieldSpec("set_github_status", "set_github_status", _m.BOOLEAN),
        _m.FieldSpec("setup_workflows", "setup_workflows", _m.BOOLEAN),
        _m.FieldSpec("write_settings_requires_admin", "write_settings_requires_admin", _m.BOOLEAN),
        _m.FieldSpec("pr_only_branch_overrides", "pr_only_branch_overrides", _C_pr_only_branch_overrides),
    ),
)
_KEYS = ProjectSettingsAdvanced._keys_
