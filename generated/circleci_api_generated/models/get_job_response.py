"""Generated from the OpenAPI schema of ``GetJobResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["GetJobResponse"]


class GetJobResponse(_m.Model):
    """A ``GetJobResponse`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    status: _m.Field[str] = _m.Field("status", _m.STRING, required=True)
    project_id: _m.Field[str] = _m.Field("project_id", _m.STRING, required=True)
    pipeline_id: _m.Field[str] = _m.Field("pipeline_id", _m.STRING, required=True)
    workflow_id: _m.Field[str] = _m.Field("workflow_id", _m.STRING, required=True)
    job_number: _m.Field[int | None] = _m.Field("job_number", _m.INTEGER)
    type: _m.Field[str | None] = _m.Field("type", _m.STRING)
    started_at: _m.Field[datetime.datetime | None] = _m.Field("started_at", _m.DATETIME)
    stopped_at: _m.Field[datetime.datetime | None] = _m.Field("stopped_at", _m.DATETIME)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        status: str,
        project_id: str,
        pipeline_id: str,
        workflow_id: str,
        job_number: int | None | Unset = UNSET,
        type: str | None | Unset = UNSET,
        started_at: datetime.datetime | str | None | Unset = UNSET,
        stopped_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "status": status,
                "project_id": project_id,
                "pipeline_id": pipeline_id,
                "workflow_id": workflow_id,
                "job_number": job_number,
                "type": type,
                "started_at": started_at,
                "stopped_at": stopped_at,
            }
        )
