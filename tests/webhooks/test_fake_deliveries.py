"""The fake delivers signed webhook events built from its own runs; retries, duplicates, failures."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from circleci_api.testing import FakeCircleCI, WebhookDelivery
from circleci_api.webhooks import (
    Deduplicator,
    JobCompletedEvent,
    WebhookEvent,
    WorkflowCompletedEvent,
    parse_event,
    verify_signature,
)
from tests.testing.support import Front, VirtualClock, collect, done, open_client, virtual_clock

SLUG = "gh/acme/api"
SECRET = "receiver-secret-9f8e7d6c"
URL = "https://hooks.example.com/circleci"


class Receiver:
    """A user's receiver behind ``httpx.MockTransport``: verifies, parses, answers ``answers`` in turn."""

    def __init__(self, secrets: dict[str, str], answers: list[int | Exception] | None = None) -> None:
        self.secrets = secrets  # URL -> signing secret
        self.answers = list(answers or [])
        self.events: list[WebhookEvent] = []
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        event = parse_event(request.content, request.headers, secret=self.secrets[str(request.url)])
        self.events.append(event)
        answer = self.answers.pop(0) if self.answers else 204
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer)


def _subscribe(fake: FakeCircleCI, project_id: str, **fields: Any) -> str:
    body = {
        "name": "notifier",
        "events": ["workflow-completed", "job-completed"],
        "url": URL,
        "verify_tls": True,
        "signing_secret": SECRET,
        "scope": {"id": project_id, "type": "project"},
        **fields,
    }
    with fake.client() as client:
        return str(client.webhooks.create(**body).id)


def _run(fake: FakeCircleCI, outcome: str = "success", slug: str = SLUG) -> str:
    fake.script_run(outcome)  # type: ignore[arg-type]
    with fake.client() as client:
        result = client.pipelines.run_and_wait(slug, poll_interval=1, clock=VirtualClock())
        return str(result.pipeline.id)


def _kinds(events: list[WebhookEvent]) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.type, e.job.name if isinstance(e, JobCompletedEvent) else None, str(e.workflow.status))  # type: ignore[attr-defined]
        for e in events
    ]


@pytest.mark.anyio
@pytest.mark.parametrize(("outcome", "final"), [("success", "success"), ("failure", "failed")])
async def test_a_run_delivers_job_then_workflow_events_from_the_fakes_state(
    fake: FakeCircleCI, kind: str, outcome: str, final: str
) -> None:
    project = fake.add_project(SLUG)
    hook_id = _subscribe(fake, project.id)
    receiver = Receiver({URL: SECRET})
    fake.webhook_transport = httpx.MockTransport(receiver)
    fake.script_run(outcome, hidden_polls=0)  # type: ignore[arg-type]
    front = Front("in_process", fake, fake.base_url)  # type: ignore[arg-type]
    async with open_client(front, kind) as client:
        run = await done(client.pipelines.run(SLUG))
        waited = client.pipelines.wait(run.id, poll_interval=1, clock=virtual_clock(kind))
        result = await done(waited)
        workflow = (await collect(client.pipelines.workflows(run.id)))[0]
        jobs = {j.name: j for j in await collect(client.workflows.jobs(workflow.id))}
        pipeline = await done(client.pipelines.get(run.id))
    assert str(result.status) == final
    assert _kinds(receiver.events) == [
        ("job-completed", "build", "running"),
        ("job-completed", "test", final),
        ("workflow-completed", None, final),
    ]
    build, test, done_event = receiver.events
    assert isinstance(build, JobCompletedEvent)
    assert isinstance(test, JobCompletedEvent)
    assert isinstance(done_event, WorkflowCompletedEvent)
    for event in receiver.events:
        assert isinstance(event, JobCompletedEvent | WorkflowCompletedEvent)
        assert (event.webhook.id, event.webhook.name) == (hook_id, "notifier")
        assert (event.project.id, event.project.slug, event.project.name) == (project.id, SLUG, "api")
        assert (event.organization.id, event.organization.name) == (project.org.id, "acme")
        assert (event.pipeline_id, event.pipeline.number) == (run.id, pipeline.number)
        assert event.pipeline.created_at == pipeline.created_at
        assert event.pipeline.trigger.type == "api"
        assert event.pipeline.vcs.revision == pipeline.vcs.revision
        assert event.pipeline.vcs.branch == "main"
        assert event.workflow_id == workflow.id
        assert event.workflow.name == "build-and-test"
        assert event.workflow.url.endswith(
            f"/pipelines/github/acme/api/{pipeline.number}/workflows/{workflow.id}"
        )
        assert event.happened_at is not None
        assert event.happened_at.tzinfo is not None
    assert (build.job.number, build.job.id, str(build.job.status)) == (
        jobs["build"].job_number,
        jobs["build"].id,
        "success",
    )
    assert (test.job.number, str(test.job.status)) == (jobs["test"].job_number, final)
    assert test.job.stopped_at == jobs["test"].stopped_at == test.happened_at
    assert done_event.workflow.stopped_at == workflow.stopped_at == done_event.happened_at
    assert len({e.id for e in receiver.events}) == 3

    # What was recorded is what was sent.
    assert [d.body for d in fake.webhook_deliveries] == [r.content for r in receiver.requests]
    for delivery in fake.webhook_deliveries:
        assert (delivery.url, delivery.status, delivery.ok, delivery.sent, delivery.attempt) == (
            URL,
            204,
            True,
            True,
            1,
        )
        assert delivery.headers["User-Agent"] == "CircleCI-Webhook/1.0"
        assert delivery.headers["Content-Type"] == "application/json"
        assert delivery.headers["Circleci-Event-Type"] == delivery.event_type
        verify_signature(delivery.body, delivery.headers["Circleci-Signature"], SECRET)
        assert delivery.event(SECRET).id == delivery.event_id
        assert delivery.webhook_id == hook_id


def test_each_webhook_gets_its_own_signed_events_for_what_it_subscribed(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    elsewhere = fake.add_project("gh/acme/web")
    urls = {
        "jobs": "https://a.example.com/jobs",
        "workflows": "https://b.example.com/wf",
        "web": "https://c.example.com/",
    }
    secrets = {
        urls["jobs"]: "secret-for-jobs-1",
        urls["workflows"]: "secret-for-workflows-2",
        urls["web"]: "web-3",
    }
    _subscribe(
        fake, project.id, url=urls["jobs"], events=["job-completed"], signing_secret=secrets[urls["jobs"]]
    )
    _subscribe(
        fake,
        project.id,
        url=urls["workflows"],
        events=["workflow-completed"],
        signing_secret=secrets[urls["workflows"]],
    )
    _subscribe(fake, elsewhere.id, url=urls["web"], signing_secret=secrets[urls["web"]])
    receiver = Receiver(secrets)
    fake.webhook_transport = httpx.MockTransport(receiver)
    _run(fake, "failure")
    by_url = [(str(r.url), r.headers["circleci-event-type"]) for r in receiver.requests]
    assert by_url == [
        (urls["jobs"], "job-completed"),
        (urls["jobs"], "job-completed"),
        (urls["workflows"], "workflow-completed"),
    ]
    # Each was verified with its own webhook's secret by the receiver; another secret fails.
    with pytest.raises(Exception, match="does not match"):
        parse_event(
            receiver.requests[0].content, receiver.requests[0].headers, secret=secrets[urls["workflows"]]
        )


def test_without_a_transport_the_in_process_fake_only_records(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id)
    _run(fake, "success")
    assert [(d.event_type, d.sent, d.status, d.ok) for d in fake.webhook_deliveries] == [
        ("job-completed", False, None, True),
        ("job-completed", False, None, True),
        ("workflow-completed", False, None, True),
    ]
    event = fake.webhook_deliveries[-1].event(SECRET)
    assert isinstance(event, WorkflowCompletedEvent)
    assert str(event.workflow.status) == "success"


def test_no_webhooks_no_deliveries_and_old_runs_are_not_replayed(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _run(fake, "success")
    assert fake.webhook_deliveries == []
    hook_id = _subscribe(fake, project.id)
    with fake.client() as client:  # more reads of the finished run announce nothing
        for pipeline in client.pipelines.list_for_project(SLUG):
            for workflow in client.pipelines.workflows(pipeline.id):
                client.workflows.get(workflow.id)
    assert fake.webhook_deliveries == []
    _run(fake, "success")
    assert len(fake.webhook_deliveries) == 3
    with fake.client() as client:
        client.webhooks.delete(hook_id)
    _run(fake, "failure")
    assert len(fake.webhook_deliveries) == 3


def test_an_updated_secret_and_url_are_used_from_then_on(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    hook_id = _subscribe(fake, project.id)
    with fake.client() as client:
        client.webhooks.update(
            hook_id, signing_secret="rotated-secret-xyz", url="https://new.example.com/hook"
        )
    receiver = Receiver({"https://new.example.com/hook": "rotated-secret-xyz"})
    fake.webhook_transport = httpx.MockTransport(receiver)
    _run(fake, "success")
    assert len(receiver.events) == 3
    with pytest.raises(Exception, match="does not match"):
        fake.webhook_deliveries[0].event(SECRET)


def test_a_failing_receiver_is_retried_with_backoff(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id, events=["workflow-completed"])
    receiver = Receiver({URL: SECRET}, answers=[500, 503, 200])
    fake.webhook_transport = httpx.MockTransport(receiver)
    waits: list[float] = []
    fake.script_webhooks(attempts=4, backoff=0.25, sleep=waits.append)
    _run(fake, "failure")
    attempts = [(d.attempt, d.status, d.ok) for d in fake.webhook_deliveries]
    assert attempts == [(1, 500, False), (2, 503, False), (3, 200, True)]
    assert waits == [0.25, 0.5]
    assert len({d.event_id for d in fake.webhook_deliveries}) == 1
    assert len({d.body for d in fake.webhook_deliveries}) == 1  # the same bytes each time
    seen = Deduplicator()
    assert [seen.add(e) for e in receiver.events] == [True, False, False]


def test_a_receiver_that_never_accepts_gets_a_few_attempts_then_the_next_event(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id)
    receiver = Receiver({URL: SECRET}, answers=[410] * 3)
    fake.webhook_transport = httpx.MockTransport(receiver)
    waits: list[float] = []
    fake.script_webhooks(sleep=waits.append)  # defaults: 3 attempts, 0.5 s doubling
    _run(fake, "success")
    assert [(d.event_type, d.attempt, d.ok) for d in fake.webhook_deliveries] == [
        ("job-completed", 1, False),
        ("job-completed", 2, False),
        ("job-completed", 3, False),
        ("job-completed", 1, True),
        ("workflow-completed", 1, True),
    ]
    assert waits == [0.5, 1.0]


def test_timeouts_and_receiver_exceptions_are_failed_attempts(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id, events=["workflow-completed"])
    receiver = Receiver(
        {URL: SECRET}, answers=[httpx.ReadTimeout("slow"), RuntimeError("bug in handler"), 202]
    )
    fake.webhook_transport = httpx.MockTransport(receiver)
    fake.script_webhooks(sleep=lambda seconds: None)
    _run(fake, "success")
    assert [(d.status, d.error, d.ok) for d in fake.webhook_deliveries] == [
        (None, "timeout", False),
        (None, "the transport raised RuntimeError: bug in handler", False),
        (202, None, True),
    ]


def test_fail_first_fails_attempts_that_reached_the_receiver(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id)
    receiver = Receiver({URL: SECRET})
    fake.webhook_transport = httpx.MockTransport(receiver)
    fake.script_webhooks(fail_first=2, sleep=lambda seconds: None)
    _run(fake, "success")
    assert [(d.event_type, d.attempt, d.status, d.ok) for d in fake.webhook_deliveries] == [
        ("job-completed", 1, 204, False),
        ("job-completed", 2, 204, False),
        ("job-completed", 3, 204, True),
        ("job-completed", 1, 204, True),
        ("workflow-completed", 1, 204, True),
    ]
    assert "fail_first" in str(fake.webhook_deliveries[0].error)
    assert len(receiver.events) == 5
    seen = Deduplicator()
    handled = [e for e in receiver.events if seen.add(e)]
    assert [e.type for e in handled] == ["job-completed", "job-completed", "workflow-completed"]


def test_duplicate_sends_every_event_twice(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id)
    receiver = Receiver({URL: SECRET})
    fake.webhook_transport = httpx.MockTransport(receiver)
    fake.script_webhooks(duplicate=True)
    _run(fake, "failure")
    assert len(receiver.events) == 6
    first, second = receiver.events[0::2], receiver.events[1::2]
    assert all(b.is_duplicate_of(a) for a, b in zip(first, second, strict=True))
    assert [r.content for r in receiver.requests[0::2]] == [r.content for r in receiver.requests[1::2]]
    seen = Deduplicator()
    assert [e.type for e in receiver.events if seen.add(e)] == [
        "job-completed",
        "job-completed",
        "workflow-completed",
    ]
    fake.script_webhooks()  # back to single deliveries
    _run(fake, "success")
    assert len(receiver.events) == 9


def test_approval_jobs_send_no_event_but_the_job_after_them_does(fake: FakeCircleCI) -> None:
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id)
    fake.script_run("on_hold", approve_after=1)
    with fake.client() as client:
        result = client.pipelines.run_and_wait(SLUG, poll_interval=1, clock=VirtualClock())
    assert str(result.status) == "success"
    events = [d.event() for d in fake.webhook_deliveries]
    assert _kinds(events) == [
        ("job-completed", "build", "on_hold"),  # the workflow waits for approval as build ends
        ("job-completed", "deploy", "success"),
        ("workflow-completed", None, "success"),
    ]


def test_a_standalone_project_sends_trigger_parameters(fake: FakeCircleCI) -> None:
    org_id, project_id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b"
    slug = f"circleci/{org_id}/{project_id}"
    project = fake.add_project(slug, project_id=project_id)
    _subscribe(fake, project.id, events=["workflow-completed"])
    pipeline_id = _run(fake, "success", slug=slug)
    event = fake.webhook_deliveries[0].event(SECRET)
    assert isinstance(event, WorkflowCompletedEvent)
    assert event.pipeline.vcs is None
    params = event.pipeline.trigger_parameters
    assert params is not None
    assert params["circleci"]["trigger_type"] == "api"
    assert dt.datetime.fromisoformat(params["circleci"]["event_time"]) == event.pipeline.created_at
    with fake.client() as client:
        pipeline = client.pipelines.get(pipeline_id)
    assert (event.pipeline.branch, event.pipeline.revision) == ("main", pipeline.vcs.revision)
    assert event.project_slug == slug


def test_a_receiver_may_call_the_fake_back() -> None:
    # A plain fake: the spec-checking subclass reads "the last request" after each answer, which a
    # receiver calling back during the delivery changes.
    fake = FakeCircleCI(seed=17)
    project = fake.add_project(SLUG)
    _subscribe(fake, project.id, events=["workflow-completed"])
    looked_up: list[str] = []

    def receiver(request: httpx.Request) -> httpx.Response:
        event = parse_event(request.content, request.headers, secret=SECRET)
        assert isinstance(event, WorkflowCompletedEvent)
        with fake.client() as client:  # the fake is not locked while it delivers
            looked_up.append(str(client.workflows.get(event.workflow_id).status))
        return httpx.Response(200)

    fake.webhook_transport = httpx.MockTransport(receiver)
    _run(fake, "failure")
    assert looked_up == ["failed"]
    assert [d.ok for d in fake.webhook_deliveries] == [True]


def test_settings_are_checked(fake: FakeCircleCI) -> None:
    with pytest.raises(TypeError, match="synchronous httpx transport"):
        fake.webhook_transport = object()  # type: ignore[assignment]
    with pytest.raises(TypeError, match="AsyncHTTPTransport"):
        fake.webhook_transport = httpx.AsyncHTTPTransport()  # type: ignore[assignment]
    assert fake.webhook_transport is None
    for bad in ({"fail_first": -1}, {"attempts": 0}, {"backoff": -1.0}, {"timeout": 0.0}):
        with pytest.raises(ValueError, match=r"must be"):
            fake.script_webhooks(**bad)  # type: ignore[arg-type]
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    fake.webhook_transport = transport
    assert fake.webhook_transport is transport
    assert isinstance(WebhookDelivery, type)
