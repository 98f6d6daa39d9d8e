"""Generated from the OpenAPI schema of ``BundleDiff``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["BundleDiff"]


class BundleDiff(_m.Model):
    """A ``BundleDiff`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    created: _m.Field[list[str] | None] = _m.Field("created", _m.list_of(_m.STRING))
    deleted: _m.Field[list[str] | None] = _m.Field("deleted", _m.list_of(_m.STRING))
    modified: _m.Field[list[str] | None] = _m.Field("modified", _m.list_of(_m.STRING))
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        created: Sequence[str] | None | Unset = UNSET,
        deleted: Sequence[str] | None | Unset = UNSET,
        modified: Sequence[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "created": created,
                "deleted": deleted,
                "modified": modified,
            }
        )
