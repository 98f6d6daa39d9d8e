"""Generated from the OpenAPI schema of ``Decision``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .violation import Violation

__all__ = ["Decision"]


class Decision(_m.Model):
    """A ``Decision`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    status: _m.Field[str] = _m.Field("status", _m.STRING, required=True)
    enabled_rules: _m.Field[list[str] | None] = _m.Field("enabled_rules", _m.list_of(_m.STRING))
    hard_failures: _m.Field[list[Violation] | None] = _m.Field(
        "hard_failures", _m.list_of(_m.model("circleci_api_generated.models.violation", "Violation"))
    )
    reason: _m.Field[str | None] = _m.Field("reason", _m.STRING)
    soft_failures: _m.Field[list[Violation] | None] = _m.Field(
        "soft_failures", _m.list_of(_m.model("circleci_api_generated.models.violation", "Violation"))
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        status: str,
        enabled_rules: Sequence[str] | None | Unset = UNSET,
        hard_failures: Sequence[Violation | Mapping[str, Any]] | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
        soft_failures: Sequence[Violation | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "status": status,
                "enabled_rules": enabled_rules,
                "hard_failures": hard_failures,
                "reason": reason,
                "soft_failures": soft_failures,
            }
        )
