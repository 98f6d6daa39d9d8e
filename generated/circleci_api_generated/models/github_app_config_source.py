"""Generated from the OpenAPI schema of ``GithubAppConfigSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .github_app_config_source_provider import GithubAppConfigSourceProvider

if TYPE_CHECKING:
    from .github_app_config_source_repo import GithubAppConfigSourceRepo

__all__ = ["GithubAppConfigSource"]


class GithubAppConfigSource(_m.Model):
    """A ``GithubAppConfigSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[GithubAppConfigSourceProvider] = _m.Field(
        "provider", _m.enum_of(GithubAppConfigSourceProvider), required=True
    )
    repo: _m.Field[GithubAppConfigSourceRepo] = _m.Field(
        "repo",
        _m.model("circleci_api_generated.models.github_app_config_source_repo", "GithubAppConfigSourceRepo"),
        required=True,
    )
    file_path: _m.Field[str] = _m.Field("file_path", _m.STRING, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: GithubAppConfigSourceProvider | str,
        repo: GithubAppConfigSourceRepo | Mapping[str, Any],
        file_path: str,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "repo": repo,
                "file_path": file_path,
            }
        )
