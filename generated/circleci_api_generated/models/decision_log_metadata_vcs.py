"""Generated from the OpenAPI schema of ``DecisionLogMetadataVcs``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["DecisionLogMetadataVcs"]


class DecisionLogMetadataVcs(_m.Model):
    """A ``DecisionLogMetadataVcs`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    branch: _m.Field[str | None] = _m.Field("branch", _m.STRING)
    origin_repository_url: _m.Field[str | None] = _m.Field("origin_repository_url", _m.STRING)
    release_tag: _m.Field[str | None] = _m.Field("release_tag", _m.STRING)
    target_repository_url: _m.Field[str | None] = _m.Field("target_repository_url", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        branch: str | None | Unset = UNSET,
        origin_repository_url: str | None | Unset = UNSET,
        release_tag: str | None | Unset = UNSET,
        target_repository_url: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "branch": branch,
                "origin_repository_url": origin_repository_url,
                "release_tag": release_tag,
                "target_repository_url": target_repository_url,
            }
        )
