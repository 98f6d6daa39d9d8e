"""Generated from the OpenAPI schema of ``Policy``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["Policy"]


class Policy(_m.Model):
    """A ``Policy`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    content: _m.Field[str | None] = _m.Field("content", _m.STRING)
    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    created_by: _m.Field[str | None] = _m.Field("created_by", _m.STRING)
    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        content: str | None | Unset = UNSET,
        created_at: datetime.datetime | str | None | Unset = UNSET,
        created_by: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "content": content,
                "created_at": created_at,
                "created_by": created_by,
                "name": name,
            }
        )
