"""Generated from the OpenAPI schema of ``ProjectSettings``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_settings_advanced import ProjectSettingsAdvanced

__all__ = ["ProjectSettings"]


class ProjectSettings(_m.Model):
    """A ``ProjectSettings`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    advanced: _m.Field[ProjectSettingsAdvanced | None] = _m.Field(
        "advanced",
        _m.model("circleci_api_generated.models.project_settings_advanced", "ProjectSettingsAdvanced"),
    )
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        advanced: ProjectSettingsAdvanced | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "advanced": advanced,
            }
        )
