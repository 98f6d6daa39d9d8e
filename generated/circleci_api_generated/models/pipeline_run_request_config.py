"""Generated from the OpenAPI schema of ``PipelineRunRequestConfig``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PipelineRunRequestConfig"]


class PipelineRunRequestConfig(_m.Model):
    """A ``PipelineRunRequestConfig`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    branch: _m.Field[str | None] = _m.Field("branch", _m.STRING)
    tag: _m.Field[str | None] = _m.Field("tag", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        branch: str | None | Unset = UNSET,
        tag: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "branch": branch,
                "tag": tag,
            }
        )
