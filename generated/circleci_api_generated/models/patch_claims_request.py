"""Generated from the OpenAPI schema of ``PatchClaimsRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PatchClaimsRequest"]


class PatchClaimsRequest(_m.Model):
    """A ``PatchClaimsRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    audience: _m.Field[list[str] | None] = _m.Field("audience", _m.list_of(_m.STRING))
    ttl: _m.Field[str | None] = _m.Field("ttl", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        audience: Sequence[str] | None | Unset = UNSET,
        ttl: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "audience": audience,
                "ttl": ttl,
            }
        )
