"""Generated from the OpenAPI schema of ``ProjectSettingsAdvanced``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ProjectSettingsAdvanced"]


class ProjectSettingsAdvanced(_m.Model):
    """A ``ProjectSettingsAdvanced`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    autocancel_builds: _m.Field[bool | None] = _m.Field("autocancel_builds", _m.BOOLEAN)
    build_fork_prs: _m.Field[bool | None] = _m.Field("build_fork_prs", _m.BOOLEAN)
    build_prs_only: _m.Field[bool | None] = _m.Field("build_prs_only", _m.BOOLEAN)
    disable_ssh: _m.Field[bool | None] = _m.Field("disable_ssh", _m.BOOLEAN)
    forks_receive_secret_env_vars: _m.Field[bool | None] = _m.Field(
        "forks_receive_secret_env_vars", _m.BOOLEAN
    )
    oss: _m.Field[bool | None] = _m.Field("oss", _m.BOOLEAN)
    set_github_status: _m.Field[bool | None] = _m.Field("set_github_status", _m.BOOLEAN)
    setup_workflows: _m.Field[bool | None] = _m.Field("setup_workflows", _m.BOOLEAN)
    write_settings_requires_admin: _m.Field[bool | None] = _m.Field(
        "write_settings_requires_admin", _m.BOOLEAN
    )
    pr_only_branch_overrides: _m.Field[list[str] | None] = _m.Field(
        "pr_only_branch_overrides", _m.list_of(_m.STRING)
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        autocancel_builds: bool | None | Unset = UNSET,
        build_fork_prs: bool | None | Unset = UNSET,
        build_prs_only: bool | None | Unset = UNSET,
        disable_ssh: bool | None | Unset = UNSET,
        forks_receive_secret_env_vars: bool | None | Unset = UNSET,
        oss: bool | None | Unset = UNSET,
        set_github_status: bool | None | Unset = UNSET,
        setup_workflows: bool | None | Unset = UNSET,
        write_settings_requires_admin: bool | None | Unset = UNSET,
        pr_only_branch_overrides: Sequence[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "autocancel_builds": autocancel_builds,
                "build_fork_prs": build_fork_prs,
                "build_prs_only": build_prs_only,
                "disable_ssh": disable_ssh,
                "forks_receive_secret_env_vars": forks_receive_secret_env_vars,
                "oss": oss,
                "set_github_status": set_github_status,
                "setup_workflows": setup_workflows,
                "write_settings_requires_admin": write_settings_requires_admin,
                "pr_only_branch_overrides": pr_only_branch_overrides,
            }
        )
