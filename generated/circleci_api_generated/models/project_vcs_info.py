"""Generated from the OpenAPI schema of ``ProjectVcsInfo``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .project_vcs_info_provider import ProjectVcsInfoProvider

__all__ = ["ProjectVcsInfo"]


class ProjectVcsInfo(_m.Model):
    """A ``ProjectVcsInfo`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    vcs_url: _m.Field[str] = _m.Field("vcs_url", _m.STRING, required=True)
    provider: _m.Field[ProjectVcsInfoProvider] = _m.Field(
        "provider", _m.enum_of(ProjectVcsInfoProvider), required=True
    )
    default_branch: _m.Field[str] = _m.Field("default_branch", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        vcs_url: str,
        provider: ProjectVcsInfoProvider | str,
        default_branch: str,
    ) -> None:
        self._init(
            {
                "vcs_url": vcs_url,
                "provider": provider,
                "default_branch": default_branch,
            }
        )
