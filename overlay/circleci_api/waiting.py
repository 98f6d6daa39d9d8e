"""Waiting for a pipeline to finish: what counts as finished, and what the wait returns.

``client.pipelines.wait(pipeline_id)`` polls the pipeline and its workflows until every workflow has
reached a terminal status, then lists the failed jobs of the workflows that did not succeed.

* An ``errored`` pipeline ends the wait at once; ``result.errors`` says why.
* Right after a trigger a pipeline may have no workflows yet.  A ``created`` pipeline without
  workflows is polled for ``grace_period`` seconds before the wait ends with none.  A pipeline still
  being set up (``setup-pending``, ``setup``, ``pending``) is polled until it has workflows; if its
  workflows have all finished (a setup workflow, say) it is given the same grace period for the
  continued workflows to appear.
* Workflow statuses ``success``, ``failed``, ``error``, ``canceled``, ``unauthorized`` and ``not_run``
  are terminal.  ``running``, ``on_hold``, ``failing``, ``queued`` and any value this library does not
  know are not.
* A 429 answer is waited out (its ``Retry-After``, or a doubling back-off) and polling resumes.
* ``WaitTimeoutError`` is raised after ``timeout`` seconds, with the last state seen in
  ``last_state`` (a ``PipelineWaitState``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from circleci_api._base_error import CircleCIError
from circleci_api._clock import ASYNC_SYSTEM_CLOCK, SYSTEM_CLOCK, AsyncClock, Clock, SystemClock
from circleci_api._plan import Action, Plan, Sleep, check_seconds
from circleci_api.errors import RateLimitError, WaitTimeoutError

if TYPE_CHECKING:
    from circleci_api_generated.models.job import Job
    from circleci_api_generated.models.pipeline import Pipeline
    from circleci_api_generated.models.pipeline_errors_item import PipelineErrorsItem
    from circleci_api_generated.models.workflow import Workflow

__all__ = [
    "ASYNC_SYSTEM_CLOCK",
    "DEFAULT_GRACE_PERIOD",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_TIMEOUT",
    "FAILED_JOB_STATUSES",
    "SYSTEM_CLOCK",
    "TERMINAL_WORKFLOW_STATUSES",
    "AsyncClock",
    "Clock",
    "FailedJob",
    "PipelineNotCreated",
    "PipelineWaitResult",
    "PipelineWaitState",
    "SystemClock",
    "is_terminal",
]

#: Seconds between polls (each poll is one or two GET requests).
DEFAULT_POLL_INTERVAL = 5.0
#: Seconds before ``wait`` gives up with ``WaitTimeoutError``.
DEFAULT_TIMEOUT = 3600.0
#: Seconds a pipeline may show no (new) workflows before the wait accepts that there are none.
DEFAULT_GRACE_PERIOD = 60.0
#: The longest pause between polls after repeated 429 answers without a Retry-After hint.
MAX_RATE_LIMIT_BACKOFF = 300.0

TERMINAL_WORKFLOW_STATUSES = frozenset({"success", "failed", "error", "canceled", "unauthorized", "not_run"})
#: Job statuses reported in ``PipelineWaitResult.failed_jobs``.
FAILED_JOB_STATUSES = frozenset(
    {"failed", "infrastructure_fail", "timedout", "terminated-unknown", "unauthorized"}
)
_SETTING_UP = frozenset({"setup-pending", "setup", "pending"})


def is_terminal(status: object) -> bool:
    """Whether a workflow status is final.  Unknown (future) values are not."""
    return str(status) in TERMINAL_WORKFLOW_STATUSES


class PipelineNotCreated(CircleCIError):
    """``run_and_wait``: CircleCI accepted the request but created no pipeline (e.g. a CI skip).

    ``message`` is CircleCI's explanation.
    """

    def __init__(self, message: str) -> None:
        super().__init__(f"no pipeline was created: {message}")
        self.message = message


@dataclass(frozen=True)
class PipelineWaitState:
    """What one poll saw: the pipeline, its workflows, and seconds since the wait began."""

    pipeline: Pipeline
    workflows: tuple[Workflow, ...]
    elapsed: float

    def summary(self) -> str:
        """One line such as ``pipeline created; build: running, deploy: on_hold``."""
        flows = ", ".join(f"{w.name}: {w.status}" for w in self.workflows) or "no workflows yet"
        return f"pipeline {self.pipeline.state}; {flows}"


@dataclass(frozen=True)
class FailedJob:
    """A job that failed, with the workflow it belongs to."""

    workflow: Workflow
    job: Job


@dataclass(frozen=True)
class PipelineWaitResult:
    """How a pipeline ended: the final workflows and the jobs that failed in them.

    ``status`` is ``"errored"`` (see ``errors``), ``"success"`` (every workflow succeeded, or a created
    pipeline has no workflows) or ``"failed"`` (any other terminal workflow status).
    """

    pipeline: Pipeline
    workflows: tuple[Workflow, ...]
    failed_jobs: tuple[FailedJob, ...]
    elapsed: float

    @property
    def errors(self) -> list[PipelineErrorsItem]:
        """The pipeline's errors (non-empty for an errored pipeline)."""
        return list(self.pipeline.errors or [])

    @property
    def status(self) -> str:
        if str(self.pipeline.state) == "errored":
            return "errored"
        if all(str(w.status) == "success" for w in self.workflows):
            return "success"
        return "failed"

    @property
    def ok(self) -> bool:
        """True when ``status == "success"``."""
        return self.status == "success"

    def summary(self) -> str:
        """A short human-readable description, one item per line."""
        lines = [f"pipeline {self.pipeline.id}: {self.status}"]
        lines += [f"  error ({e.type}): {e.message}" for e in self.errors]
        lines += [f"  workflow {w.name}: {w.status}" for w in self.workflows]
        lines += [f"  failed job {f.workflow.name}/{f.job.name}: {f.job.status}" for f in self.failed_jobs]
        return "\n".join(lines)


# --------------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class GetPipeline(Action):
    pipeline_id: str


@dataclass(frozen=True)
class ListWorkflows(Action):
    """Every workflow of the pipeline (all pages), as a list."""

    pipeline_id: str


@dataclass(frozen=True)
class ListJobs(Action):
    """The jobs of one workflow, as a list."""

    workflow_id: str


@dataclass(frozen=True)
class WaitSettings:
    """Validated arguments of ``wait``."""

    timeout: float
    poll_interval: float
    grace_period: float
    on_update: Callable[[PipelineWaitState], Any] | None

    @classmethod
    def of(
        cls,
        timeout: float,
        poll_interval: float,
        grace_period: float,
        on_update: Callable[[PipelineWaitState], Any] | None,
    ) -> WaitSettings:
        if on_update is not None and not callable(on_update):
            from circleci_api._models import RequestValidationError

            raise RequestValidationError("on_update", "must be callable")
        return cls(
            timeout=check_seconds("timeout", timeout),
            poll_interval=check_seconds("poll_interval", poll_interval),
            grace_period=check_seconds("grace_period", grace_period, allow_zero=True),
            on_update=on_update,
        )


class _RateLimitBackoff:
    """Pause lengths after 429 answers: the server's hint, else doubling from the poll interval."""

    def __init__(self, base: float) -> None:
        self.base = base
        self.next = base

    def delay(self, exc: RateLimitError) -> float:
        if exc.retry_after is not None:
            return max(exc.retry_after, self.base)
        delay = self.next
        self.next = min(self.next * 2, max(MAX_RATE_LIMIT_BACKOFF, self.base))
        return delay

    def reset(self) -> None:
        self.next = self.base


def _key(pipeline: Pipeline, workflows: Sequence[Workflow]) -> tuple[Any, ...]:
    return (str(pipeline.state), tuple((w.id, str(w.status)) for w in workflows))


def wait_plan(
    pipeline_id: str, settings: WaitSettings, clock: Clock | AsyncClock
) -> Plan[PipelineWaitResult]:
    """The decision procedure of ``wait`` (see the module docstring); I/O is left to the driver."""
    start = clock.monotonic()
    deadline = start + settings.timeout
    backoff = _RateLimitBackoff(settings.poll_interval)
    pipeline: Pipeline | None = None
    state: PipelineWaitState | None = None
    last_key: tuple[Any, ...] | None = None
    settle_since: float | None = None

    while True:
        try:
            if pipeline is None or str(pipeline.state) != "created":
                pipeline = yield GetPipeline(pipeline_id)
            assert pipeline is not None
            workflows: tuple[Workflow, ...] = ()
            if str(pipeline.state) != "errored":
                workflows = tuple((yield ListWorkflows(pipeline_id)))
        except RateLimitError as exc:
            yield from _pause(backoff.delay(exc), deadline, clock, state, pipeline_id)
            continue
        backoff.reset()
        now = clock.monotonic()
        state = PipelineWaitState(pipeline=pipeline, workflows=workflows, elapsed=now - start)
        key = _key(pipeline, workflows)
        if key != last_key:
            last_key = key
            settle_since = None
            if settings.on_update is not None:
                settings.on_update(state)

        if str(pipeline.state) == "errored":
            return PipelineWaitResult(pipeline, (), (), state.elapsed)
        finished = bool(workflows) and all(is_terminal(w.status) for w in workflows)
        if finished and str(pipeline.state) == "created":
            break
        # Workflows may still appear: none yet on a created pipeline, or more after a setup workflow.
        may_settle = finished or (not workflows and str(pipeline.state) not in _SETTING_UP)
        if may_settle:
            settle_since = now if settle_since is None else settle_since
            if now - settle_since >= settings.grace_period:
                break
        else:
            settle_since = None
        yield from _pause(settings.poll_interval, deadline, clock, state, pipeline_id)

    failed: list[FailedJob] = []
    for workflow in state.workflows:
        if str(workflow.status) == "success":
            continue
        while True:
            try:
                jobs = yield ListJobs(workflow.id)
                break
            except RateLimitError as exc:
                yield from _pause(backoff.delay(exc), deadline, clock, state, pipeline_id)
        failed.extend(FailedJob(workflow, job) for job in jobs if str(job.status) in FAILED_JOB_STATUSES)
    return PipelineWaitResult(state.pipeline, state.workflows, tuple(failed), clock.monotonic() - start)


def _pause(
    seconds: float,
    deadline: float,
    clock: Clock | AsyncClock,
    state: PipelineWaitState | None,
    pipeline_id: str,
) -> Plan[None]:
    """Sleep ``seconds``, but never past the deadline; raise ``WaitTimeoutError`` once it has passed."""
    remaining = deadline - clock.monotonic()
    if remaining <= 0:
        last = state.summary() if state is not None else "nothing seen yet"
        raise WaitTimeoutError(
            f"pipeline {pipeline_id} did not finish in time (last seen: {last})", last_state=state
        )
    yield Sleep(min(seconds, remaining))
