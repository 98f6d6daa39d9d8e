"""Scripted pipeline runs: workflows advance one step per poll, as the script says."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from circleci_api import BadRequestError, NotFoundError
from circleci_api.testing import FakeCircleCI, RunScript

from .support import Front, collect, done, open_client

SLUG = "gh/acme/api"


async def _statuses(client: Any, pipeline_id: str, polls: int) -> list[str | None]:
    """The first workflow's status at each of ``polls`` polls (None while there is none)."""
    seen: list[str | None] = []
    for _ in range(polls):
        workflows = await collect(client.pipelines.workflows(pipeline_id))
        seen.append(str(workflows[0].status) if workflows else None)
    return seen


async def _jobs(client: Any, pipeline_id: str) -> dict[str, Any]:
    workflows = await collect(client.pipelines.workflows(pipeline_id))
    listed = await collect(client.workflows.jobs(workflows[0].id))
    return {job.name: job for job in listed}


@pytest.mark.anyio
async def test_success_runs_build_then_test(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        assert await _statuses(client, run.id, 5) == [None, "running", "running", "success", "success"]
        jobs = await _jobs(client, run.id)
        pipeline = await done(client.pipelines.get(run.id))
    assert {name: str(job.status) for name, job in jobs.items()} == {"build": "success", "test": "success"}
    assert jobs["test"].dependencies == [jobs["build"].id]
    assert all(job.stopped_at >= job.started_at for job in jobs.values())
    assert (pipeline.state, pipeline.errors, pipeline.trigger.type) == ("created", [], "api")


@pytest.mark.anyio
async def test_failure_fails_the_test_job(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    in_process.fake.script_run("failure")
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        assert await _statuses(client, run.id, 4) == [None, "running", "running", "failed"]
        jobs = await _jobs(client, run.id)
        artifacts = await collect(client.jobs.artifacts(SLUG, jobs["test"].job_number))
    assert str(jobs["test"].status) == "failed"
    assert [a.path for a in artifacts] == ["test-results/junit.xml"]


@pytest.mark.anyio
async def test_on_hold_until_a_teammate_approves(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    in_process.fake.script_run("on_hold", approve_after=2)
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        seen = await _statuses(client, run.id, 7)
        jobs = await _jobs(client, run.id)
    assert seen == [None, "running", "on_hold", "on_hold", "running", "success", "success"]
    assert str(jobs["hold"].type) == "approval"
    assert jobs["hold"].approved_by is not None
    assert str(jobs["deploy"].status) == "success"


@pytest.mark.anyio
async def test_on_hold_waits_for_the_api_and_rejects_bad_approvals(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    in_process.fake.script_run("on_hold")
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        assert await _statuses(client, run.id, 6) == [None, "running"] + ["on_hold"] * 4
        workflow = (await collect(client.pipelines.workflows(run.id)))[0]
        jobs = await _jobs(client, run.id)
        with pytest.raises(NotFoundError):
            await done(client.workflows.approve(workflow.id, jobs["build"].id))
        await done(client.workflows.approve(workflow.id, jobs["hold"].approval_request_id))
        with pytest.raises(BadRequestError, match="not on hold"):
            await done(client.workflows.approve(workflow.id, jobs["hold"].approval_request_id))
        assert await _statuses(client, run.id, 2) == ["running", "success"]


@pytest.mark.anyio
async def test_errored_pipeline_has_errors_and_no_workflows(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    in_process.fake.script_run("errored")
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        pipeline = await done(client.pipelines.get(run.id))
        assert await _statuses(client, run.id, 3) == [None, None, None]
    assert pipeline.state == "errored"
    assert [(str(e.type), bool(e.message)) for e in pipeline.errors] == [("config", True)]


@pytest.mark.anyio
async def test_skipped_run_answers_with_a_message(in_process: Front, kind: str) -> None:
    project = in_process.fake.add_project(SLUG)
    in_process.fake.script_run("skipped")
    async with open_client(in_process, kind) as client:
        answer = await done(client.pipelines.run(SLUG))
    assert "CI skip" in answer.message
    assert project.pipeline_count == 0


@pytest.mark.anyio
async def test_scripts_are_used_in_order_then_the_default(in_process: Front, kind: str) -> None:
    fake = in_process.fake
    fake.add_project(SLUG)
    fake.default_run = RunScript("failure", hidden_polls=0)
    fake.script_run("success", hidden_polls=0)
    async with open_client(in_process, kind) as client:
        first = await done(client.pipelines.run(SLUG))
        second = await done(client.pipelines.run(SLUG))
        finals = [(await _statuses(client, run.id, 4))[-1] for run in (first, second)]
        listed = await collect(client.pipelines.list_for_project(SLUG, branch="main"))
        other = await collect(client.pipelines.list_for_project(SLUG, branch="release"))
    assert finals == ["success", "failed"]
    assert [p.number for p in listed] == [2, 1]
    assert other == []


@pytest.mark.anyio
async def test_each_workflow_read_is_a_poll(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    in_process.fake.script_run("success", hidden_polls=0)
    async with open_client(in_process, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        workflow_id = (await collect(client.pipelines.workflows(run.id)))[0].id
        seen = [str((await done(client.workflows.get(workflow_id))).status) for _ in range(3)]
    assert seen == ["running", "success", "success"]


@pytest.mark.anyio
async def test_run_requests_are_checked(in_process: Front, kind: str) -> None:
    in_process.fake.add_project(SLUG)
    async with open_client(in_process, kind) as client:
        with pytest.raises(NotFoundError, match="Pipeline definition not found"):
            await done(client.pipelines.run(SLUG, definition_id="2338d0ae-5541-4bbf-88a2-55e9f7281f80"))
        with pytest.raises(NotFoundError, match="Project not found"):
            await done(client.pipelines.run("gh/acme/other"))
        with pytest.raises(BadRequestError, match="Too many pipeline parameters"):
            await done(client.pipelines.run(SLUG, parameters={f"p{i}": i for i in range(101)}))
        with pytest.raises(BadRequestError, match="longer than 512"):
            await done(client.pipelines.run(SLUG, parameters={"p": "x" * 513}))
        with pytest.raises(BadRequestError, match="either branch or tag"):
            await done(client.pipelines.run(SLUG, checkout={"branch": "main", "tag": "v1"}))


def test_artifacts_are_served_at_their_urls(fake: FakeCircleCI) -> None:
    fake.add_project(SLUG)
    fake.script_run("success", hidden_polls=0)
    with fake.client(strict=True) as client:
        run = client.pipelines.run(SLUG)
        for _ in range(3):
            client.pipelines.workflows(run.id).first_page()
        build = fake.pipeline(run.id).workflows[0].jobs["build"]
        assert build.number is not None
        fake.add_artifact(SLUG, build.number, "../escape.txt", b"outside")
        listed = list(client.jobs.artifacts(SLUG, build.number))
    with pytest.raises(KeyError):
        fake.add_artifact(SLUG, 999, "x", b"")
    with httpx.Client(transport=fake.transport()) as files:
        bodies = {a.path: files.get(a.url) for a in listed}
    assert bodies["../escape.txt"].content == b"outside"
    assert b'"branch": "main"' in bodies["dist/build-info.json"].content
    assert all(not a.url.startswith(fake.base_url) for a in listed)


@pytest.mark.parametrize(
    ("kwargs", "problem"), [({"outcome": "green"}, "outcome"), ({"approve_after": 0}, ">= 1")]
)
def test_bad_scripts_are_refused(kwargs: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        RunScript(**kwargs)
