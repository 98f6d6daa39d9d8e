"""Generated from the OpenAPI schema of ``CreateUrlOrbAllowListEntryRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_url_orb_allow_list_entry_request_auth import CreateUrlOrbAllowListEntryRequestAuth

__all__ = ["CreateUrlOrbAllowListEntryRequest"]


class CreateUrlOrbAllowListEntryRequest(_m.Model):
    """A ``CreateUrlOrbAllowListEntryRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    prefix: _m.Field[Any | None] = _m.Field("prefix", _m.ANY, required=True, nullable=True)
    auth: _m.Field[CreateUrlOrbAllowListEntryRequestAuth] = _m.Field(
        "auth", _m.enum_of(CreateUrlOrbAllowListEntryRequestAuth), required=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        prefix: Any | None,
        auth: CreateUrlOrbAllowListEntryRequestAuth | str,
    ) -> None:
        self._init(
            {
                "name": name,
                "prefix": prefix,
                "auth": auth,
            }
        )
