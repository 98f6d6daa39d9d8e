"""Generated from the OpenAPI schema of ``PipelineValues``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PipelineValues"]


class PipelineValues(_m.Model):
    """A ``PipelineValues`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    _additional_ = _m.union(_m.STRING, _m.INTEGER, _m.BOOLEAN)
    _input_additional_ = _additional_

    def __init__(
        self,
    ) -> None:
        self._init({})
