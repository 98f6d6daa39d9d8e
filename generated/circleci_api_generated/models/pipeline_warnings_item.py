"""Generated from the OpenAPI schema of ``PipelineWarningsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_warnings_item_type import PipelineWarningsItemType

__all__ = ["PipelineWarningsItem"]


class PipelineWarningsItem(_m.Model):
    """A ``PipelineWarningsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    type: _m.Field[PipelineWarningsItemType] = _m.Field(
        "type", _m.enum_of(PipelineWarningsItemType), required=True
    )
    message: _m.Field[str] = _m.Field("message", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        type: PipelineWarningsItemType | str,
        message: str,
    ) -> None:
        self._init(
            {
                "type": type,
                "message": message,
            }
        )
