"""Generated from the OpenAPI schema of ``PipelineTrigger``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .pipeline_trigger_type import PipelineTriggerType

if TYPE_CHECKING:
    from .pipeline_trigger_actor import PipelineTriggerActor

__all__ = ["PipelineTrigger"]


class PipelineTrigger(_m.Model):
    """A ``PipelineTrigger`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    type: _m.Field[PipelineTriggerType] = _m.Field("type", _m.enum_of(PipelineTriggerType), required=True)
    received_at: _m.Field[datetime.datetime] = _m.Field("received_at", _m.DATETIME, required=True)
    actor: _m.Field[PipelineTriggerActor] = _m.Field(
        "actor",
        _m.model("circleci_api_generated.models.pipeline_trigger_actor", "PipelineTriggerActor"),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        type: PipelineTriggerType | str,
        received_at: datetime.datetime | str,
        actor: PipelineTriggerActor | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "type": type,
                "received_at": received_at,
                "actor": actor,
            }
        )
