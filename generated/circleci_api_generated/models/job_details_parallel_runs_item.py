"""Generated from the OpenAPI schema of ``JobDetailsParallelRunsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["JobDetailsParallelRunsItem"]


class JobDetailsParallelRunsItem(_m.Model):
    """A ``JobDetailsParallelRunsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    index: _m.Field[int] = _m.Field("index", _m.INTEGER, required=True)
    status: _m.Field[str] = _m.Field("status", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        index: int,
        status: str,
    ) -> None:
        self._init(
            {
                "index": index,
                "status": status,
            }
        )
