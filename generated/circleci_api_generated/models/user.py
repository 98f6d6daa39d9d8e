"""Generated from the OpenAPI schema of ``User``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["User"]


class User(_m.Model):
    """A ``User`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    avatar_url: _m.Field[str | None] = _m.Field("avatar_url", _m.STRING, required=True, nullable=True)
    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    login: _m.Field[str] = _m.Field("login", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        avatar_url: str | None,
        id: str,
        login: str,
        name: str,
    ) -> None:
        self._init(
            {
                "avatar_url": avatar_url,
                "id": id,
                "login": login,
                "name": name,
            }
        )
