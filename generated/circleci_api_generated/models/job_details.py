"""Generated from the OpenAPI schema of ``JobDetails``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
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


# Converters for the fields that are lists, maps, unions or nested objects.
_C_project = _m.model("circleci_api_generated.models.job_details_project", "JobDetailsProject")
_C_parallel_runs = _m.list_of(
    _m.model("circleci_api_generated.models.job_details_parallel_runs_item", "JobDetailsParallelRunsItem")
)
_C_latest_workflow = _m.model(
    "circleci_api_generated.models.job_details_latest_workflow", "JobDetailsLatestWorkflow"
)
_C_executor = _m.model("circleci_api_generated.models.job_details_executor", "JobDetailsExecutor")
_C_pipeline = _m.model("circleci_api_generated.models.job_details_pipeline", "JobDetailsPipeline")
_C_messages = _m.list_of(
    _m.model("circleci_api_generated.models.job_details_messages_item", "JobDetailsMessagesItem")
)
_C_contexts = _m.list_of(
    _m.model("circleci_api_generated.models.job_details_contexts_item", "JobDetailsContextsItem")
)
_C_organization = _m.model("circleci_api_generated.models.job_details_organization", "JobDetailsOrganization")
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class JobDetails(_m.Model):
    """A ``JobDetails`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``web_url``: ``str``, required
    * ``project``: ``JobDetailsProject``, required
    * ``parallel_runs``: ``list[JobDetailsParallelRunsItem]``, required
    * ``started_at``: ``datetime.datetime``, required
    * ``latest_workflow``: ``JobDetailsLatestWorkflow``, required
    * ``name``: ``str``, required
    * ``executor``: ``JobDetailsExecutor``, required
    * ``parallelism``: ``int``, required
    * ``status``: ``JobDetailsStatus``, required
    * ``number``: ``int``, required
    * ``pipeline``: ``JobDetailsPipeline``, required
    * ``duration``: ``int``, required, may be null
    * ``created_at``: ``datetime.datetime``, required
    * ``messages``: ``list[JobDetailsMessagesItem]``, required
    * ``contexts``: ``list[JobDetailsContextsItem]``, required
    * ``organization``: ``JobDetailsOrganization``, required
    * ``queued_at``: ``datetime.datetime``, required
    * ``stopped_at``: ``datetime.datetime``, may be null

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    web_url: str
    project: JobDetailsProject
    parallel_runs: list[JobDetailsParallelRunsItem]
    started_at: datetime.datetime
    latest_workflow: JobDetailsLatestWorkflow
    name: str
    executor: JobDetailsExecutor
    parallelism: int
    status: JobDetailsStatus
    number: int
    pipeline: JobDetailsPipeline
    duration: int | None
    created_at: datetime.datetime
    messages: list[JobDetailsMessagesItem]
    contexts: list[JobDetailsContextsItem]
    organization: JobDetailsOrganization
    queued_at: datetime.datetime
    stopped_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> JobDetails:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("web_url")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(v0, d, "web_url", p, e, "string", True, False)
        v1 = g("project")
        if v1.__class__ is dict:
            v1 = (_C_project._model or _C_project.model)._parse(
                v1, p + ".project" if e is not None else "", e
            )
        elif v1 is not None:
            v1 = _C_project.parse(v1, p + ".project" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "project", p, e, True, False)
        v2 = g("parallel_runs")
        if v2 is not None:
            v2 = _C_parallel_runs.parse(v2, p + ".parallel_runs" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "parallel_runs", p, e, True, False)
        v3 = g("started_at")
        if v3.__class__ is str:
            try:
                v3 = _fromiso(v3)
            except ValueError:
                v3 = _m.bad_datetime(v3, p, "started_at", e)
            else:
                if e is not None and v3.tzinfo is None:
                    _m.naive_datetime(g("started_at"), p, "started_at", e)
        elif v3 is not None or e is not None:
            v3 = _m.bad(v3, d, "started_at", p, e, "date-time string", True, False)
        v4 = g("latest_workflow")
        if v4.__class__ is dict:
            v4 = (_C_latest_workflow._model or _C_latest_workflow.model)._parse(
                v4, p + ".latest_workflow" if e is not None else "", e
            )
        elif v4 is not None:
            v4 = _C_latest_workflow.parse(v4, p + ".latest_workflow" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "latest_workflow", p, e, True, False)
        v5 = g("name")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(v5, d, "name", p, e, "string", True, False)
        v6 = g("executor")
        if v6.__class__ is dict:
            v6 = (_C_executor._model or _C_executor.model)._parse(
                v6, p + ".executor" if e is not None else "", e
            )
        elif v6 is not None:
            v6 = _C_executor.parse(v6, p + ".executor" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "executor", p, e, True, False)
        v7 = g("parallelism")
        if v7.__class__ is not int and (v7 is not None or e is not None):
            v7 = _m.bad(v7, d, "parallelism", p, e, "integer", True, False)
        v8 = g("status")
        if v8.__class__ is str:
            m = JobDetailsStatus._value2member_map_.get(v8)
            v8 = m if m is not None else _m.unknown_enum(JobDetailsStatus, v8, p, "status", e)
        elif v8 is not None or e is not None:
            v8 = _m.bad(v8, d, "status", p, e, "JobDetailsStatus string", True, False)
        v9 = g("number")
        if v9.__class__ is not int and (v9 is not None or e is not None):
            v9 = _m.bad(v9, d, "number", p, e, "integer", True, False)
        v10 = g("pipeline")
        if v10.__class__ is dict:
            v10 = (_C_pipeline._model or _C_pipeline.model)._parse(
                v10, p + ".pipeline" if e is not None else "", e
            )
        elif v10 is not None:
            v10 = _C_pipeline.parse(v10, p + ".pipeline" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "pipeline", p, e, True, False)
        v11 = g("duration")
        if v11.__class__ is not int and (v11 is not None or e is not None):
            v11 = _m.bad(v11, d, "duration", p, e, "integer", True, True)
        v12 = g("created_at")
        if v12.__class__ is str:
            try:
                v12 = _fromiso(v12)
            except ValueError:
                v12 = _m.bad_datetime(v12, p, "created_at", e)
            else:
                if e is not None and v12.tzinfo is None:
                    _m.naive_datetime(g("created_at"), p, "created_at", e)
        elif v12 is not None or e is not None:
            v12 = _m.bad(v12, d, "created_at", p, e, "date-time string", True, False)
        v13 = g("messages")
        if v13 is not None:
            v13 = _C_messages.parse(v13, p + ".messages" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "messages", p, e, True, False)
        v14 = g("contexts")
        if v14 is not None:
            v14 = _C_contexts.parse(v14, p + ".contexts" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "contexts", p, e, True, False)
        v15 = g("organization")
        if v15.__class__ is dict:
            v15 = (_C_organization._model or _C_organization.model)._parse(
                v15, p + ".organization" if e is not None else "", e
            )
        elif v15 is not None:
            v15 = _C_organization.parse(v15, p + ".organization" if e is not None else "", e)
        elif e is not None:
            _m.absent(d, "organization", p, e, True, False)
        v16 = g("queued_at")
        if v16.__class__ is str:
            try:
                v16 = _fromiso(v16)
            except ValueError:
                v16 = _m.bad_datetime(v16, p, "queued_at", e)
            else:
                if e is not None and v16.tzinfo is None:
                    _m.naive_datetime(g("queued_at"), p, "queued_at", e)
        elif v16 is not None or e is not None:
            v16 = _m.bad(v16, d, "queued_at", p, e, "date-time string", True, False)
        v17 = g("stopped_at")
        if v17.__class__ is str:
            try:
                v17 = _fromiso(v17)
            except ValueError:
                v17 = _m.bad_datetime(v17, p, "stopped_at", e)
            else:
                if e is not None and v17.tzinfo is None:
                    _m.naive_datetime(g("stopped_at"), p, "stopped_at", e)
        elif v17 is not None or e is not None:
            v17 = _m.bad(v17, d, "stopped_at", p, e, "date-time string", False, True)
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.web_url = v0
        o.project = v1
        o.parallel_runs = v2
        o.started_at = v3
        o.latest_workflow = v4
        o.name = v5
        o.executor = v6
        o.parallelism = v7
        o.status = v8
        o.number = v9
        o.pipeline = v10
        o.duration = v11
        o.created_at = v12
        o.messages = v13
        o.contexts = v14
        o.organization = v15
        o.queued_at = v16
        o.stopped_at = v17
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    JobDetails,
    (
        _m.FieldSpec("web_url", "web_url", _m.STRING, required=True),
        _m.FieldSpec("project", "project", _C_project, required=True),
        _m.FieldSpec("parallel_runs", "parallel_runs", _C_parallel_runs, required=True),
        _m.FieldSpec("started_at", "started_at", _m.DATETIME, required=True),
        _m.FieldSpec("latest_workflow", "latest_workflow", _C_latest_workflow, required=True),
        _m.FieldSpec("name", "name", _m.STRING, required=True),
        _m.FieldSpec("executor", "executor", _C_executor, required=True),
        _m.FieldSpec("parallelism", "parallelism", _m.INTEGER, required=True),
        _m.FieldSpec("status", "status", _m.enum_of(JobDetailsStatus), required=True),
        _m.FieldSpec("number", "number", _m.INTEGER, required=True),
        _m.FieldSpec("pipeline", "pipeline", _C_pipeline, required=True),
        _m.FieldSpec("duration", "duration", _m.INTEGER, required=True, nullable=True),
        _m.FieldSpec("created_at", "created_at", _m.DATETIME, required=True),
        _m.FieldSpec("messages", "messages", _C_messages, required=True),
        _m.FieldSpec("contexts", "contexts", _C_contexts, required=True),
        _m.FieldSpec("organization", "organization", _C_organization, required=True),
        _m.FieldSpec("queued_at", "queued_at", _m.DATETIME, required=True),
        _m.FieldSpec("stopped_at", "stopped_at", _m.DATETIME, nullable=True),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
JobDetails._additional_ = _m.ANY
JobDetails._input_additional_ = None
_KEYS = JobDetails._keys_
