"""Generated from the OpenAPI schema of ``Workflow``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .workflow_status import WorkflowStatus
from .workflow_tag import WorkflowTag

__all__ = ["Workflow"]


class Workflow(_m.Model):
    """A ``Workflow`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    pipeline_id: _m.Field[str] = _m.Field("pipeline_id", _m.STRING, required=True)
    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    project_slug: _m.Field[str] = _m.Field("project_slug", _m.STRING, required=True)
    status: _m.Field[WorkflowStatus] = _m.Field("status", _m.enum_of(WorkflowStatus), required=True)
    started_by: _m.Field[str] = _m.Field("started_by", _m.STRING, required=True)
    pipeline_number: _m.Field[int] = _m.Field("pipeline_number", _m.INTEGER, required=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    stopped_at: _m.Field[datetime.datetime | None] = _m.Field(
        "stopped_at", _m.DATETIME, required=True, nullable=True
    )
    canceled_by: _m.Field[str | None] = _m.Field("canceled_by", _m.STRING)
    auto_rerun_number: _m.Field[int | None] = _m.Field("auto_rerun_number", _m.INTEGER)
    errored_by: _m.Field[str | None] = _m.Field("errored_by", _m.STRING)
    tag: _m.Field[WorkflowTag | None] = _m.Field("tag", _m.enum_of(WorkflowTag), nullable=True)
    max_auto_reruns: _m.Field[int | None] = _m.Field("max_auto_reruns", _m.INTEGER)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        pipeline_id: str,
        id: str,
        name: str,
        project_slug: str,
        status: WorkflowStatus | str,
        started_by: str,
        pipeline_number: int,
        created_at: datetime.datetime | str,
        stopped_at: datetime.datetime | str | None,
        canceled_by: str | None | Unset = UNSET,
        auto_rerun_number: int | None | Unset = UNSET,
        errored_by: str | None | Unset = UNSET,
        tag: WorkflowTag | str | None | Unset = UNSET,
        max_auto_reruns: int | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "pipeline_id": pipeline_id,
                "id": id,
                "name": name,
                "project_slug": project_slug,
                "status": status,
                "started_by": started_by,
                "pipeline_number": pipeline_number,
                "created_at": created_at,
                "stopped_at": stopped_at,
                "canceled_by": canceled_by,
                "auto_rerun_number": auto_rerun_number,
                "errored_by": errored_by,
                "tag": tag,
                "max_auto_reruns": max_auto_reruns,
            }
        )
