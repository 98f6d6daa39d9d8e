"""Generated from the OpenAPI schema of ``TestsResponseItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["TestsResponseItemsItem"]


class TestsResponseItemsItem(_m.Model):
    """A ``TestsResponseItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    message: _m.Field[str | None] = _m.Field("message", _m.STRING, required=True, nullable=True)
    source: _m.Field[str] = _m.Field("source", _m.STRING, required=True)
    run_time: _m.Field[float] = _m.Field("run_time", _m.NUMBER, required=True)
    file: _m.Field[str] = _m.Field("file", _m.STRING, required=True)
    result: _m.Field[str] = _m.Field("result", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    classname: _m.Field[str] = _m.Field("classname", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        message: str | None,
        source: str,
        run_time: float,
        file: str,
        result: str,
        name: str,
        classname: str,
    ) -> None:
        self._init(
            {
                "message": message,
                "source": source,
                "run_time": run_time,
                "file": file,
                "result": result,
                "name": name,
                "classname": classname,
            }
        )
