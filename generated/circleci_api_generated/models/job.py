"""Generated from the OpenAPI schema of ``Job``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .job_requires_additional_property_item import JobRequiresAdditionalPropertyItem
from .job_status import JobStatus
from .job_type import JobType

__all__ = ["Job"]


class Job(_m.Model):
    """A ``Job`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    dependencies: _m.Field[list[str]] = _m.Field("dependencies", _m.list_of(_m.STRING), required=True)
    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    started_at: _m.Field[datetime.datetime] = _m.Field("started_at", _m.DATETIME, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    project_slug: _m.Field[str] = _m.Field("project_slug", _m.STRING, required=True)
    status: _m.Field[JobStatus] = _m.Field("status", _m.enum_of(JobStatus), required=True)
    type: _m.Field[JobType] = _m.Field("type", _m.enum_of(JobType), required=True)
    canceled_by: _m.Field[str | None] = _m.Field("canceled_by", _m.STRING)
    job_number: _m.Field[int | None] = _m.Field("job_number", _m.INTEGER)
    approved_by: _m.Field[str | None] = _m.Field("approved_by", _m.STRING)
    requires: _m.Field[dict[str, list[JobRequiresAdditionalPropertyItem]] | None] = _m.Field(
        "requires", _m.map_of(_m.list_of(_m.enum_of(JobRequiresAdditionalPropertyItem)))
    )
    stopped_at: _m.Field[datetime.datetime | None] = _m.Field("stopped_at", _m.DATETIME, nullable=True)
    approval_request_id: _m.Field[str | None] = _m.Field("approval_request_id", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        dependencies: Sequence[str],
        id: str,
        started_at: datetime.datetime | str,
        name: str,
        project_slug: str,
        status: JobStatus | str,
        type: JobType | str,
        canceled_by: str | None | Unset = UNSET,
        job_number: int | None | Unset = UNSET,
        approved_by: str | None | Unset = UNSET,
        requires: Mapping[str, Sequence[JobRequiresAdditionalPropertyItem | str]] | None | Unset = UNSET,
        stopped_at: datetime.datetime | str | None | Unset = UNSET,
        approval_request_id: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "dependencies": dependencies,
                "id": id,
                "started_at": started_at,
                "name": name,
                "project_slug": project_slug,
                "status": status,
                "type": type,
                "canceled_by": canceled_by,
                "job_number": job_number,
                "approved_by": approved_by,
                "requires": requires,
                "stopped_at": stopped_at,
                "approval_request_id": approval_request_id,
            }
        )
