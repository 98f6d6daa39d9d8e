"""Pipeline runs whose workflows advance one step each time they are polled.

A run follows a script.  ``success`` and ``failure`` run a ``build`` job then a ``test`` job;
``on_hold`` runs ``build``, stops at an approval job ``hold`` until it is approved (through the API,
or by a simulated teammate after ``approve_after`` polls), then runs ``deploy``.  ``errored`` creates
a pipeline in the ``errored`` state with a config error and no workflows.  ``skipped`` creates
nothing: the run is answered like a commit marked ``[ci skip]``.

A *poll* is a read of a pipeline's workflows (``GET /pipeline/{id}/workflow``) or of one workflow
(``GET /workflow/{id}``): the answer shows the current step, then the workflow moves to the next.
The first ``hidden_polls`` polls of a pipeline see no workflows yet, as right after a real trigger.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any, Literal, get_args

from circleci_api.testing._store import Artifact, Job, Pipeline, Project, Store, Workflow

__all__ = [
    "OUTCOMES",
    "TEST_NAMES",
    "Outcome",
    "RunScript",
    "advance",
    "approve",
    "cancel_job",
    "cancel_workflow",
    "finish_run",
    "poll_pipeline",
    "rerun_workflow",
    "start_pipeline",
]

Outcome = Literal["success", "failure", "on_hold", "errored", "skipped"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
TERMINAL_JOB = frozenset({"success", "failed", "canceled"})
TERMINAL_WORKFLOW = frozenset({"success", "failed", "error", "canceled", "unauthorized", "not_run"})
CI_SKIP_MESSAGE = "Ignoring pipeline due to CI skip in the commit"
CONFIG_ERROR = "Config does not conform to schema: jobs.test.steps is required"

_BUILD_THEN_TEST = (("build", "build", ()), ("test", "build", ("build",)))
_JOBS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "success": _BUILD_THEN_TEST,
    "failure": _BUILD_THEN_TEST,
    "on_hold": (("build", "build", ()), ("hold", "approval", ("build",)), ("deploy", "build", ("hold",))),
}
_FRAMES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "success": [
        ("running", {"build": "running", "test": "blocked"}),
        ("running", {"build": "success", "test": "running"}),
        ("success", {"build": "success", "test": "success"}),
    ],
    "failure": [
        ("running", {"build": "running", "test": "blocked"}),
        ("running", {"build": "success", "test": "running"}),
        ("failed", {"build": "success", "test": "failed"}),
    ],
    "on_hold": [
        ("running", {"build": "running", "hold": "blocked", "deploy": "blocked"}),
        ("on_hold", {"build": "success", "hold": "on_hold", "deploy": "blocked"}),
        ("running", {"build": "success", "hold": "success", "deploy": "running"}),
        ("success", {"build": "success", "hold": "success", "deploy": "success"}),
    ],
}
_GATES = {"on_hold": 1}
#: The tests a ``test`` job runs; in a failed run the last one fails (so it shows up as flaky
#: once it has also passed).
TEST_NAMES = ("test_parses_config", "test_builds_wheel", "test_checkout_retries")
_TEST_SECONDS = (0.25, 1.5, 3.0)


@dataclass(frozen=True)
class RunScript:
    """How the pipeline of one run behaves.

    ``outcome``: ``"success"``, ``"failure"``, ``"on_hold"``, ``"errored"`` or ``"skipped"``.
    ``approve_after``: for ``on_hold``, how many polls see the workflow on hold before a teammate
    approves it (at least 1; None: it stays on hold until approved through the API).
    ``hidden_polls``: how many polls of the pipeline's workflows answer with an empty list first.
    """

    outcome: Outcome = "success"
    approve_after: int | None = None
    workflow_name: str = "build-and-test"
    hidden_polls: int = 1

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, got {self.outcome!r}")
        if self.approve_after is not None and self.approve_after < 1:
            raise ValueError("approve_after must be >= 1 or None")
        if self.hidden_polls < 0:
            raise ValueError("hidden_polls must be >= 0")
        if not self.workflow_name:
            raise ValueError("workflow_name must not be empty")


def start_pipeline(
    store: Store, project: Project, script: RunScript, *, branch: str, parameters: dict[str, Any]
) -> Pipeline:
    """Create the pipeline of a run (not for ``skipped``, which creates none)."""
    now = store.now()
    project.pipeline_count += 1
    pipeline = Pipeline(
        id=store.new_id(),
        number=project.pipeline_count,
        project=project,
        created_at=now,
        state="created",
        branch=branch,
        revision=f"{store.random().getrandbits(160):040x}",
        parameters=parameters,
        actor=store.user_id,
        script=script,
        updated_at=now,
        continuation_key=f"{store.random().getrandbits(256):064x}",
    )
    if script.outcome == "errored":
        pipeline.state = "errored"
        pipeline.errors = [{"type": "config", "message": CONFIG_ERROR}]
    elif script.hidden_polls == 0:
        pipeline.workflows.append(_create_workflow(store, pipeline))
    store.pipelines[pipeline.id] = pipeline
    return pipeline


def _create_workflow(store: Store, pipeline: Pipeline) -> Workflow:
    script = pipeline.script
    now = store.now()
    jobs: dict[str, Job] = {}
    for name, kind, requires in _JOBS[script.outcome]:
        number = None
        if kind == "build":
            pipeline.project.job_count += 1
            number = pipeline.project.job_count
        job = Job(
            id=store.new_id(),
            name=name,
            type=kind,
            number=number,
            requires=requires,
            approval_request_id=None,
        )
        if kind == "approval":
            job.approval_request_id = job.id
        jobs[name] = job
        if number is not None:
            store.jobs_by_number[(pipeline.project.id, number)] = job
    workflow = Workflow(
        id=store.new_id(),
        name=script.workflow_name,
        pipeline=pipeline,
        created_at=now,
        jobs=jobs,
        frames=_FRAMES[script.outcome],
        gate=_GATES.get(script.outcome),
        approve_after=script.approve_after,
    )
    for job in jobs.values():
        job.workflow_id = workflow.id
    _apply(workflow, now)
    store.workflows[workflow.id] = workflow
    return workflow


def poll_pipeline(store: Store, pipeline: Pipeline) -> None:
    """Count one poll of the pipeline's workflows; create them once the hidden polls are used up."""
    pipeline.polls += 1
    if pipeline.state == "errored" or pipeline.workflows:
        return
    if pipeline.polls >= pipeline.script.hidden_polls:
        pipeline.workflows.append(_create_workflow(store, pipeline))
        pipeline.updated_at = store.now()


def _artifacts(job: Job, pipeline: Pipeline) -> list[Artifact]:
    if job.name == "build":
        info = {"pipeline": pipeline.number, "revision": pipeline.revision, "branch": pipeline.branch}
        return [Artifact("dist/build-info.json", json.dumps(info, indent=2).encode() + b"\n")]
    if job.name == "test":
        failures = 1 if job.status == "failed" else 0
        xml = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="unit" tests="{len(TEST_NAMES)}" '
            f'failures="{failures}"></testsuite>\n'
        )
        return [Artifact("test-results/junit.xml", xml.encode())]
    return [Artifact(f"logs/{job.name}.txt", f"{job.name} finished: {job.status}\n".encode())]


def _test_results(job: Job) -> list[dict[str, Any]]:
    failed = job.status == "failed"
    out = []
    for index, (name, seconds) in enumerate(zip(TEST_NAMES, _TEST_SECONDS, strict=True)):
        failing = failed and index == len(TEST_NAMES) - 1
        out.append(
            {
                "message": "AssertionError: checkout timed out" if failing else None,
                "source": "pytest",
                "run_time": seconds,
                "file": "tests/test_unit.py",
                "result": "failure" if failing else "success",
                "name": name,
                "classname": "tests.test_unit",
            }
        )
    return out


def _apply(workflow: Workflow, now: _dt.datetime) -> None:
    status, job_states = workflow.frames[workflow.step]
    for name, state in job_states.items():
        job = workflow.jobs[name]
        if state == job.status:
            continue
        if state in ("running", "on_hold") or (state in TERMINAL_JOB and job.started_at is None):
            job.started_at = job.started_at or now
        if state in TERMINAL_JOB:
            job.stopped_at = now
        job.status = state
        if state in TERMINAL_JOB and job.type == "build":
            job.artifacts.extend(_artifacts(job, workflow.pipeline))
            if job.name == "test":
                job.tests = _test_results(job)
    if status in TERMINAL_WORKFLOW and workflow.stopped_at is None:
        workflow.stopped_at = now
    workflow.pipeline.updated_at = now


def advance(store: Store, workflow: Workflow) -> None:
    """Move ``workflow`` one step on (it waits at an approval gate until approved)."""
    if workflow.canceled or workflow.step >= len(workflow.frames) - 1:
        return
    if workflow.gate == workflow.step:
        workflow.polls_on_hold += 1
        if workflow.approve_after is not None and workflow.polls_on_hold >= workflow.approve_after:
            hold = next(job for job in workflow.jobs.values() if job.type == "approval")
            approve(store, workflow, hold, approver=store.new_id())
        return
    workflow.step += 1
    _apply(workflow, store.now())


def approve(store: Store, workflow: Workflow, job: Job, *, approver: str) -> None:
    """Approve the on-hold approval ``job``: the workflow resumes at its next step."""
    job.approved_by = approver
    workflow.step += 1
    _apply(workflow, store.now())


def finish_run(store: Store, pipeline: Pipeline, *, step_seconds: float = 60.0) -> None:
    """Run ``pipeline`` to its end now: workflows appear, every step happens ``step_seconds`` apart
    on the fake's clock (so jobs have durations), holds are approved by a teammate."""
    while not pipeline.workflows and pipeline.state != "errored":
        poll_pipeline(store, pipeline)
    for workflow in pipeline.workflows:
        while workflow.status not in TERMINAL_WORKFLOW:
            store.offset += _dt.timedelta(seconds=step_seconds)
            if workflow.gate == workflow.step:
                hold = next(job for job in workflow.jobs.values() if job.type == "approval")
                approve(store, workflow, hold, approver=store.new_id())
            else:
                advance(store, workflow)


def cancel_job(store: Store, workflow: Workflow, job: Job) -> None:
    """Cancel one job (ApiError-free: callers check it is not finished); its workflow is canceled."""
    now = store.now()
    job.status = "canceled"
    job.stopped_at = now
    cancel_workflow(store, workflow)


def cancel_workflow(store: Store, workflow: Workflow) -> None:
    """Cancel ``workflow``: unfinished jobs are canceled and it stops advancing."""
    now = store.now()
    for job in workflow.jobs.values():
        if job.status not in TERMINAL_JOB:
            job.status = "canceled"
            job.stopped_at = now
    workflow.canceled = True
    workflow.stopped_at = workflow.stopped_at or now
    workflow.pipeline.updated_at = now


def rerun_workflow(store: Store, workflow: Workflow, script: RunScript) -> Workflow:
    """A new workflow of the same pipeline following ``script`` (the fake's next queued run)."""
    pipeline = workflow.pipeline
    saved = pipeline.script
    pipeline.script = RunScript(
        outcome=script.outcome if script.outcome in _JOBS else "success",
        approve_after=script.approve_after,
        workflow_name=workflow.name,
        hidden_polls=0,
    )
    try:
        rerun = _create_workflow(store, pipeline)
    finally:
        pipeline.script = saved
    rerun.rerun_of = workflow.id
    pipeline.workflows.append(rerun)
    return rerun
