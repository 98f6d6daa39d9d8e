"""Generated from the OpenAPI schema of ``ComponentVersion``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ComponentVersion"]


class ComponentVersion(_m.Model):
    """A ``ComponentVersion`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str | None] = _m.Field("name", _m.STRING)
    environment_id: _m.Field[str | None] = _m.Field("environment_id", _m.STRING)
    namespace: _m.Field[str | None] = _m.Field("namespace", _m.STRING)
    is_live: _m.Field[bool | None] = _m.Field("is_live", _m.BOOLEAN)
    pipeline_id: _m.Field[str | None] = _m.Field("pipeline_id", _m.STRING)
    workflow_id: _m.Field[str | None] = _m.Field("workflow_id", _m.STRING)
    job_id: _m.Field[str | None] = _m.Field("job_id", _m.STRING)
    job_number: _m.Field[int | None] = _m.Field("job_number", _m.INTEGER)
    last_deployed_at: _m.Field[datetime.datetime | None] = _m.Field("last_deployed_at", _m.DATETIME)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str | None | Unset = UNSET,
        environment_id: str | None | Unset = UNSET,
        namespace: str | None | Unset = UNSET,
        is_live: bool | None | Unset = UNSET,
        pipeline_id: str | None | Unset = UNSET,
        workflow_id: str | None | Unset = UNSET,
        job_id: str | None | Unset = UNSET,
        job_number: int | None | Unset = UNSET,
        last_deployed_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name": name,
                "environment_id": environment_id,
                "namespace": namespace,
                "is_live": is_live,
                "pipeline_id": pipeline_id,
                "workflow_id": workflow_id,
                "job_id": job_id,
                "job_number": job_number,
                "last_deployed_at": last_deployed_at,
            }
        )
