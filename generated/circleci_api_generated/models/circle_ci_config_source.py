"""Generated from the OpenAPI schema of ``CircleCIConfigSource``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .circle_ci_config_source_provider import CircleCIConfigSourceProvider

__all__ = ["CircleCIConfigSource"]


class CircleCIConfigSource(_m.Model):
    """A ``CircleCIConfigSource`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider: _m.Field[CircleCIConfigSourceProvider] = _m.Field(
        "provider", _m.enum_of(CircleCIConfigSourceProvider), required=True
    )
    file_path: _m.Field[str] = _m.Field("file_path", _m.STRING, required=True)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider: CircleCIConfigSourceProvider | str,
        file_path: str,
    ) -> None:
        self._init(
            {
                "provider": provider,
                "file_path": file_path,
            }
        )
