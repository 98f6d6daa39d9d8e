"""client.pipelines.wait / run_and_wait against a simulated CircleCI, on both clients."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from circleci_api import RequestValidationError, WaitTimeoutError
from circleci_api.waiting import PipelineNotCreated, PipelineWaitResult, PipelineWaitState, is_terminal

from .conftest import Both
from .sim import API, PIPELINE_ID, SLUG, TOKEN, Sim, json_response


def wait(both: Both, **kwargs: Any) -> PipelineWaitResult:
    return both(
        lambda c, clock: c.pipelines.wait(PIPELINE_ID, clock=clock, **kwargs),
        lambda c, clock: c.pipelines.wait(PIPELINE_ID, clock=clock, **kwargs),
    )


def test_on_hold_then_running_then_success(sim: Sim, both: Both) -> None:
    sim.frames = [
        ("created", []),
        ("created", [("build", "on_hold")]),
        ("created", [("build", "on_hold")]),
        ("created", [("build", "running")]),
        ("created", [("build", "success")]),
    ]
    updates: list[PipelineWaitState] = []
    result = wait(both, poll_interval=7, on_update=updates.append)

    assert result.ok
    assert result.status == "success"
    assert [(w.name, str(w.status)) for w in result.workflows] == [("build", "success")]
    assert result.failed_jobs == ()
    # on_update fires on every change, not on every poll (on_hold was seen twice)
    assert [[str(w.status) for w in u.workflows] for u in updates] == [
        [],
        ["on_hold"],
        ["running"],
        ["success"],
    ]
    assert sim.clock.sleeps == [7, 7, 7, 7]
    # the pipeline itself is only re-read until it is "created"
    assert len(sim.requests_to(f"{API}/pipeline/{PIPELINE_ID}/workflow")) == 5
    assert all(s.token == TOKEN for s in sim.seen)


def test_errored_pipeline_ends_the_wait_with_its_errors(sim: Sim, both: Both) -> None:
    sim.frames = [("setup-pending", []), ("errored", [])]
    sim.errors = [{"type": "config", "message": "Config does not conform to schema"}]
    updates: list[PipelineWaitState] = []
    result = wait(both, poll_interval=4, on_update=updates.append)

    assert result.status == "errored"
    assert not result.ok
    assert [(str(e.type), e.message) for e in result.errors] == [
        ("config", "Config does not conform to schema")
    ]
    assert result.workflows == ()
    assert sim.clock.sleeps == [4]
    assert [str(u.pipeline.state) for u in updates] == ["setup-pending", "errored"]
    # an errored pipeline is not asked for workflows (only the first, setup-pending poll was)
    assert len(sim.requests_to(f"{API}/pipeline/{PIPELINE_ID}/workflow")) == 1
    assert "Config does not conform to schema" in result.summary()


def test_failed_workflow_reports_only_failed_jobs(sim: Sim, both: Both) -> None:
    sim.frames = [
        ("created", [("build", "running"), ("lint", "success")]),
        ("created", [("build", "failed"), ("lint", "success")]),
    ]
    sim.jobs = {
        "build": [
            ("compile", "success"),
            ("test", "failed"),
            ("e2e", "infrastructure_fail"),
            ("deploy", "blocked"),
        ]
    }
    result = wait(both, poll_interval=1)

    assert result.status == "failed"
    assert [(f.workflow.name, f.job.name, str(f.job.status)) for f in result.failed_jobs] == [
        ("build", "test", "failed"),
        ("build", "e2e", "infrastructure_fail"),
    ]
    # jobs are only listed for workflows that did not succeed
    assert len(sim.requests_to(f"{API}/workflow/")) == 1


@pytest.mark.parametrize("status", ["running", "on_hold", "failing", "queued", "paused_for_review"])
def test_non_terminal_statuses_keep_waiting(sim: Sim, both: Both, status: str) -> None:
    assert not is_terminal(status)
    sim.frames = [("created", [("build", status)])] * 3 + [("created", [("build", "canceled")])]
    result = wait(both, poll_interval=2)

    assert [str(w.status) for w in result.workflows] == ["canceled"]
    assert result.status == "failed"
    assert sim.clock.sleeps == [2, 2, 2]


@pytest.mark.parametrize("status", ["success", "failed", "error", "canceled", "unauthorized", "not_run"])
def test_terminal_statuses_end_the_wait_at_once(sim: Sim, both: Both, status: str) -> None:
    sim.frames = [("created", [("build", status)])]
    result = wait(both)
    assert sim.clock.sleeps == []
    assert result.ok is (status == "success")


def test_created_pipeline_without_workflows_ends_after_the_grace_period(sim: Sim, both: Both) -> None:
    sim.frames = [("created", [])]
    result = wait(both, poll_interval=10, grace_period=30)

    assert result.workflows == ()
    assert result.status == "success"
    assert sum(sim.clock.sleeps) == 30


def test_workflows_appearing_within_the_grace_period_are_waited_for(sim: Sim, both: Both) -> None:
    sim.frames = [
        ("created", []),
        ("created", []),
        ("created", [("build", "running")]),
        ("created", [("build", "success")]),
    ]
    result = wait(both, poll_interval=10, grace_period=30)
    assert [w.name for w in result.workflows] == ["build"]
    assert result.ok


def test_setup_workflow_done_waits_for_the_continuation(sim: Sim, both: Both) -> None:
    sim.frames = [
        ("setup", [("setup", "success")]),
        ("created", [("setup", "success"), ("build", "running")]),
        ("created", [("setup", "success"), ("build", "success")]),
    ]
    result = wait(both, poll_interval=5, grace_period=60)
    assert [w.name for w in result.workflows] == ["setup", "build"]
    assert sim.clock.sleeps == [5, 5]


def test_timeout_raises_with_the_last_state(sim: Sim, both: Both) -> None:
    sim.frames = [("created", [("build", "running")])]
    with pytest.raises(WaitTimeoutError) as caught:
        wait(both, timeout=60, poll_interval=25)

    state = caught.value.last_state
    assert isinstance(state, PipelineWaitState)
    assert [str(w.status) for w in state.workflows] == ["running"]
    assert "build: running" in str(caught.value)
    # it never sleeps past the deadline, and polls once more at the deadline
    assert sim.clock.sleeps == [25, 25, 10]


def test_setting_up_without_workflows_is_not_mistaken_for_done(sim: Sim, both: Both) -> None:
    sim.frames = [("setup-pending", [])]
    with pytest.raises(WaitTimeoutError):
        wait(both, timeout=200, poll_interval=50, grace_period=10)
    assert sum(sim.clock.sleeps) == 200


def test_rate_limit_is_waited_out_with_retry_after(sim: Sim, both: Both) -> None:
    sim.frames = [("created", [("build", "running")]), ("created", [("build", "success")])]
    sim.fail_next = [
        (f"{API}/pipeline/", json_response(429, {"message": "Rate limit exceeded"}, {"Retry-After": "120"})),
    ]
    result = wait(both, poll_interval=5)
    assert result.ok
    assert sim.clock.sleeps == [120, 5]


def test_rate_limit_without_hint_backs_off_doubling(sim: Sim, both: Both) -> None:
    limited = json_response(429, {"message": "Rate limit exceeded"})
    sim.frames = [("created", [("build", "success")])]
    sim.fail_next = [
        (f"{API}/pipeline/", limited),
        (f"{API}/pipeline/", limited),
        (f"{API}/pipeline/", limited),
    ]
    result = wait(both, poll_interval=5)
    assert result.ok
    assert sim.clock.sleeps == [5, 10, 20]


def test_other_api_errors_propagate(sim: Sim, both: Both) -> None:
    from circleci_api import NotFoundError

    sim.fail_next = [(f"{API}/pipeline/", json_response(404, {"message": "Pipeline not found"}))]
    with pytest.raises(NotFoundError, match="Pipeline not found"):
        wait(both)


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"timeout": 0}, "timeout"),
        ({"poll_interval": -1}, "poll_interval"),
        ({"grace_period": float("nan")}, "grace_period"),
    ],
)
def test_bad_arguments_are_rejected_before_any_request(
    sim: Sim, both: Both, kwargs: dict[str, Any], name: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        wait(both, **kwargs)
    assert caught.value.path == name
    assert sim.seen == []


def run_and_wait(both: Both, **kwargs: Any) -> PipelineWaitResult:
    args = {"definition_id": "2338d0ae-5541-4bbf-88a2-55e9f7281f80", "checkout": {"branch": "main"}, **kwargs}
    return both(
        lambda c, clock: c.pipelines.run_and_wait(SLUG, clock=clock, **args),
        lambda c, clock: c.pipelines.run_and_wait(SLUG, clock=clock, **args),
    )


def test_run_and_wait_triggers_then_waits(sim: Sim, both: Both) -> None:
    sim.frames = [("created", [("build", "running")]), ("created", [("build", "success")])]
    result = run_and_wait(both, poll_interval=3)

    assert result.ok
    post = sim.seen[0]
    assert (post.method, post.url.path) == ("POST", f"/api/v2/project/{SLUG}/pipeline/run")
    assert post.body == {
        "definition_id": "2338d0ae-5541-4bbf-88a2-55e9f7281f80",
        "checkout": {"branch": "main"},
    }
    assert sim.clock.sleeps == [3]


def test_run_and_wait_without_a_pipeline_raises(sim: Sim, both: Both) -> None:
    sim.run_response = (200, {"message": "Ignoring pipeline due to CI skip in the commit"})
    with pytest.raises(PipelineNotCreated, match="CI skip") as caught:
        run_and_wait(both)
    assert caught.value.message == "Ignoring pipeline due to CI skip in the commit"
    assert len(sim.seen) == 1


def test_unknown_pipeline_state_with_finished_workflows_settles_after_grace(sim: Sim, both: Both) -> None:
    sim.frames = [("archived-someday", [("build", "success")])]
    result = wait(both, poll_interval=20, grace_period=30)
    assert result.ok
    assert sum(sim.clock.sleeps) == 40


def test_transport_level_failures_surface_as_connection_errors(sim: Sim, both: Both) -> None:
    from circleci_api import APIConnectionError

    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    sim.files[f"{API}/pipeline/{PIPELINE_ID}"] = boom
    with pytest.raises(APIConnectionError):
        wait(both)
