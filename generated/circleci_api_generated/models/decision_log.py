"""Generated from the OpenAPI schema of ``DecisionLog``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .decision import Decision
    from .decision_log_metadata import DecisionLogMetadata

__all__ = ["DecisionLog"]


class DecisionLog(_m.Model):
    """A ``DecisionLog`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    created_at: _m.Field[datetime.datetime | None] = _m.Field("created_at", _m.DATETIME)
    decision: _m.Field[Decision | None] = _m.Field(
        "decision", _m.model("circleci_api_generated.models.decision", "Decision")
    )
    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    metadata: _m.Field[DecisionLogMetadata | None] = _m.Field(
        "metadata", _m.model("circleci_api_generated.models.decision_log_metadata", "DecisionLogMetadata")
    )
    policies: _m.Field[dict[str, str] | None] = _m.Field("policies", _m.map_of(_m.STRING))
    time_taken_ms: _m.Field[int | None] = _m.Field("time_taken_ms", _m.INTEGER)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        created_at: datetime.datetime | str | None | Unset = UNSET,
        decision: Decision | Mapping[str, Any] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        metadata: DecisionLogMetadata | Mapping[str, Any] | None | Unset = UNSET,
        policies: Mapping[str, str] | None | Unset = UNSET,
        time_taken_ms: int | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "created_at": created_at,
                "decision": decision,
                "id": id,
                "metadata": metadata,
                "policies": policies,
                "time_taken_ms": time_taken_ms,
            }
        )
