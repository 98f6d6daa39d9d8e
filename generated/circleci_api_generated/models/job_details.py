"""Generated from the OpenAPI schema of ``JobDetails``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .job_details_status import JobDetailsStatus

if TYPE_CHECKING:
    from .job_details_contexts_item import JobDetailsContextsItem
    from .job_details_executor import JobDetailsExecutor
    from .job_details_latest_workflow import JobDetailsLatestWorkflow
    from .job_details_messages_item import JobDetailsMessagesItem
    from .job_details_organization import JobDetailsOrganization
    from .job_details_parallel_runs_item import JobDetailsParallelRunsItem
    from .job_details_pipeline import JobDetailsPipeline
    from .job_details_project import JobDetailsProject

__all__ = ["JobDetails"]


class JobDetails(_m.Model):
    """A ``JobDetails`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    web_url: _m.Field[str] = _m.Field("web_url", _m.STRING, required=True)
    project: _m.Field[JobDetailsProject] = _m.Field(
        "project",
        _m.model("circleci_api_generated.models.job_details_project", "JobDetailsProject"),
        required=True,
    )
    parallel_runs: _m.Field[list[JobDetailsParallelRunsItem]] = _m.Field(
        "parallel_runs",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.job_details_parallel_runs_item", "JobDetailsParallelRunsItem"
            )
        ),
        required=True,
    )
    started_at: _m.Field[datetime.datetime] = _m.Field("started_at", _m.DATETIME, required=True)
    latest_workflow: _m.Field[JobDetailsLatestWorkflow] = _m.Field(
        "latest_workflow",
        _m.model("circleci_api_generated.models.job_details_latest_workflow", "JobDetailsLatestWorkflow"),
        required=True,
    )
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    executor: _m.Field[JobDetailsExecutor] = _m.Field(
        "executor",
        _m.model("circleci_api_generated.models.job_details_executor", "JobDetailsExecutor"),
        required=True,
    )
    parallelism: _m.Field[int] = _m.Field("parallelism", _m.INTEGER, required=True)
    status: _m.Field[JobDetailsStatus] = _m.Field("status", _m.enum_of(JobDetailsStatus), required=True)
    number: _m.Field[int] = _m.Field("number", _m.INTEGER, required=True)
    pipeline: _m.Field[JobDetailsPipeline] = _m.Field(
        "pipeline",
        _m.model("circleci_api_generated.models.job_details_pipeline", "JobDetailsPipeline"),
        required=True,
    )
    duration: _m.Field[int | None] = _m.Field("duration", _m.INTEGER, required=True, nullable=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    messages: _m.Field[list[JobDetailsMessagesItem]] = _m.Field(
        "messages",
        _m.list_of(
            _m.model("circleci_api_generated.models.job_details_messages_item", "JobDetailsMessagesItem")
        ),
        required=True,
    )
    contexts: _m.Field[list[JobDetailsContextsItem]] = _m.Field(
        "contexts",
        _m.list_of(
            _m.model("circleci_api_generated.models.job_details_contexts_item", "JobDetailsContextsItem")
        ),
        required=True,
    )
    organization: _m.Field[JobDetailsOrganization] = _m.Field(
        "organization",
        _m.model("circleci_api_generated.models.job_details_organization", "JobDetailsOrganization"),
        required=True,
    )
    queued_at: _m.Field[datetime.datetime] = _m.Field("queued_at", _m.DATETIME, required=True)
    stopped_at: _m.Field[datetime.datetime | None] = _m.Field("stopped_at", _m.DATETIME, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        web_url: str,
        project: JobDetailsProject | Mapping[str, Any],
        parallel_runs: Sequence[JobDetailsParallelRunsItem | Mapping[str, Any]],
        started_at: datetime.datetime | str,
        latest_workflow: JobDetailsLatestWorkflow | Mapping[str, Any],
        name: str,
        executor: JobDetailsExecutor | Mapping[str, Any],
        parallelism: int,
        status: JobDetailsStatus | str,
        number: int,
        pipeline: JobDetailsPipeline | Mapping[str, Any],
        duration: int | None,
        created_at: datetime.datetime | str,
        messages: Sequence[JobDetailsMessagesItem | Mapping[str, Any]],
        contexts: Sequence[JobDetailsContextsItem | Mapping[str, Any]],
        organization: JobDetailsOrganization | Mapping[str, Any],
        queued_at: datetime.datetime | str,
        stopped_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "web_url": web_url,
                "project": project,
                "parallel_runs": parallel_runs,
                "started_at": started_at,
                "latest_workflow": latest_workflow,
                "name": name,
                "executor": executor,
                "parallelism": parallelism,
                "status": status,
                "number": number,
                "pipeline": pipeline,
                "duration": duration,
                "created_at": created_at,
                "messages": messages,
                "contexts": contexts,
                "organization": organization,
                "queued_at": queued_at,
                "stopped_at": stopped_at,
            }
        )
