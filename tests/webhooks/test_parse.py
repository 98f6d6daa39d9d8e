"""parse_event: full payloads of both kinds and both pipeline shapes, leniency, refusals, helpers."""

from __future__ import annotations

import datetime as dt
import json
import threading

import attrs
import httpx
import pytest

from circleci_api import CircleCI
from circleci_api.webhooks import (
    Deduplicator,
    EventPipeline,
    JobCompletedEvent,
    JobEventStatus,
    WebhookEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    WorkflowCompletedEvent,
    WorkflowEventStatus,
    parse_event,
)

from . import payloads
from .payloads import SECRET

UTC = dt.UTC


def test_a_workflow_completed_event_with_a_vcs_pipeline() -> None:
    raw, headers = payloads.signed(payloads.workflow_completed())
    event = parse_event(raw, headers, secret=SECRET)
    assert type(event) is WorkflowCompletedEvent
    assert event.id == "3888f21b-eaa7-38e3-8f3d-75a63bba8895"
    assert event.type == "workflow-completed"
    assert event.happened_at == dt.datetime(2025, 11, 20, 14, 3, 27, 412000, tzinfo=UTC)
    assert (event.webhook.id, event.webhook.name) == (
        "0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b",
        "deploy-notifier",
    )
    assert (event.project.id, event.project.slug, event.project.name) == (
        "b2f1c0de-1111-4222-8333-444455556666",
        "gh/acme/api",
        "api",
    )
    assert (event.organization.id, event.organization.name) == (
        "c0ffee00-aaaa-4bbb-8ccc-dddddddddddd",
        "acme",
    )
    workflow = event.workflow
    assert workflow.status is WorkflowEventStatus.FAILED
    assert workflow.status == "failed"
    assert workflow.name == "build-and-test"
    assert workflow.created_at == dt.datetime(2025, 11, 20, 13, 58, 1, 2000, tzinfo=UTC)
    assert workflow.stopped_at == dt.datetime(2025, 11, 20, 14, 3, 27, 300000, tzinfo=UTC)
    assert workflow.url.startswith("https://app.circleci.com/pipelines/github/acme/api/318/")
    pipeline = event.pipeline
    assert (pipeline.id, pipeline.number, pipeline.trigger.type) == (
        "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716",
        318,
        "webhook",
    )
    assert pipeline.created_at == dt.datetime(2025, 11, 20, 13, 57, 59, 870000, tzinfo=UTC)
    assert pipeline.trigger_parameters is None
    vcs = pipeline.vcs
    assert (vcs.provider_name, vcs.branch, vcs.tag) == ("github", "main", None)
    assert vcs.origin_repository_url == vcs.target_repository_url == "https://github.com/acme/api"
    assert vcs.revision == "9fceb02d0ae598e95dc970b74767f19372d61af8"
    commit = vcs.commit
    assert commit.subject == "Raise the connection pool size"
    assert commit.body == "The API was queueing requests under load."
    assert (commit.author.name, commit.author.email) == ("Ada Lovelace", "ada@acme.example")
    assert (commit.committer.name, commit.committer.email) == ("GitHub", "noreply@github.com")
    assert commit.authored_at == dt.datetime(2025, 11, 20, 13, 50, 12, tzinfo=UTC)
    assert commit.committed_at == dt.datetime(
        2025, 11, 20, 12, 57, 40, tzinfo=UTC
    )  # +01:00 kept as an offset
    assert commit.committed_at.utcoffset() == dt.timedelta(hours=1)
    assert (pipeline.branch, pipeline.revision) == ("main", vcs.revision)
    # What the API's calls back take.
    assert (event.pipeline_id, event.workflow_id, event.project_slug) == (
        pipeline.id,
        workflow.id,
        "gh/acme/api",
    )
    assert event.raw_body == raw
    assert event.raw_json == json.loads(raw)
    assert event.additional_properties == {}


def test_a_job_completed_event_with_trigger_parameters() -> None:
    raw, headers = payloads.signed(payloads.job_completed())
    event = parse_event(raw, headers, secret=SECRET)
    assert type(event) is JobCompletedEvent
    assert not isinstance(event, WorkflowCompletedEvent)
    assert event.type == "job-completed"
    job = event.job
    assert (job.id, job.number, job.name) == ("f0e1d2c3-b4a5-4968-8776-655443322110", 2047, "test")
    assert job.status is JobEventStatus.FAILED
    assert job.started_at == dt.datetime(2025, 11, 20, 13, 59, 10, 500000, tzinfo=UTC)
    assert job.stopped_at == dt.datetime(2025, 11, 20, 14, 3, 27, 200000, tzinfo=UTC)
    assert event.job_number == 2047
    assert event.workflow.status is WorkflowEventStatus("running")
    assert not event.workflow.status.is_known  # running is not a terminal status
    assert event.workflow.stopped_at is None
    pipeline = event.pipeline
    assert pipeline.vcs is None
    params = pipeline.trigger_parameters
    assert params["circleci"]["trigger_type"] == "gitlab"
    assert params["gitlab"] == {"type": "push", "project_id": "51234567", "user_username": "ada"}
    assert (pipeline.branch, pipeline.revision) == (
        "feature/pool",
        "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
    )
    assert (event.pipeline_id, event.workflow_id) == (pipeline.id, event.workflow.id)


def test_the_other_pairings_of_event_and_pipeline_shape() -> None:
    workflow = parse_event(
        payloads.encode(payloads.workflow_completed(payloads.trigger_parameters_pipeline()))
    )
    assert isinstance(workflow, WorkflowCompletedEvent)
    assert workflow.pipeline.vcs is None
    assert workflow.pipeline.branch == "feature/pool"
    job = parse_event(payloads.encode(payloads.job_completed(payloads.vcs_pipeline())))
    assert isinstance(job, JobCompletedEvent)
    assert job.pipeline.vcs.commit.author.name == "Ada Lovelace"


def test_a_tag_pipeline_has_no_branch() -> None:
    pipeline = payloads.vcs_pipeline()
    del pipeline["vcs"]["branch"]
    del pipeline["vcs"]["commit"]
    pipeline["vcs"]["tag"] = "v1.4.0"
    event = parse_event(payloads.encode(payloads.workflow_completed(pipeline)))
    assert isinstance(event, WorkflowCompletedEvent)
    assert (event.pipeline.vcs.tag, event.pipeline.branch, event.pipeline.vcs.commit) == (
        "v1.4.0",
        None,
        None,
    )


def test_unknown_keys_are_kept_at_every_level() -> None:
    body = payloads.job_completed(payloads.vcs_pipeline())
    body["delivery_attempt"] = 2
    body["job"]["executor"] = {"type": "docker", "resource_class": "medium"}
    body["pipeline"]["vcs"]["commit"]["signed"] = True
    body["workflow"]["tags"] = ["release"]
    event = parse_event(payloads.encode(body))
    assert isinstance(event, JobCompletedEvent)
    assert event.additional_properties == {"delivery_attempt": 2}
    assert event.job.additional_properties == {"executor": {"type": "docker", "resource_class": "medium"}}
    assert event.pipeline.vcs.commit.additional_properties == {"signed": True}
    assert event.workflow.additional_properties == {"tags": ["release"]}
    assert event.job.raw_json["executor"]["type"] == "docker"


def test_unknown_statuses_become_open_enum_values() -> None:
    body = payloads.job_completed()
    body["workflow"]["status"] = "paused-by-policy"
    body["job"]["status"] = "quarantined"
    event = parse_event(json.dumps(body))  # a str body works too
    assert isinstance(event, JobCompletedEvent)
    assert event.workflow.status == "paused-by-policy"
    assert isinstance(event.workflow.status, WorkflowEventStatus)
    assert not event.workflow.status.is_known
    assert event.job.status == "quarantined"
    assert not event.job.status.is_known
    assert JobEventStatus("success").is_known


def test_missing_and_mistyped_values_read_as_none() -> None:
    body = payloads.workflow_completed()
    del body["organization"]
    body["happened_at"] = "yesterday-ish"
    body["pipeline"]["number"] = "318"
    body["project"] = ["not", "an", "object"]
    body["workflow"]["status"] = 3
    event = parse_event(payloads.encode(body))
    assert isinstance(event, WorkflowCompletedEvent)
    assert event.organization is None
    assert event.happened_at is None
    assert event.pipeline.number is None
    assert event.project is None
    assert event.project_slug is None
    assert event.workflow.status is None
    assert event.raw_json["pipeline"]["number"] == "318"  # the raw value stays reachable


def test_times_are_timezone_aware() -> None:
    body = payloads.workflow_completed()
    body["happened_at"] = "2025-11-20T14:03:27"  # no offset: read as UTC
    body["workflow"]["created_at"] = "2025-11-20T15:58:01.5+02:00"
    body["workflow"]["stopped_at"] = "2025-11-20T14:03:27.123456789Z"  # more digits than Python keeps
    event = parse_event(payloads.encode(body))
    assert isinstance(event, WorkflowCompletedEvent)
    assert event.happened_at == dt.datetime(2025, 11, 20, 14, 3, 27, tzinfo=UTC)
    assert event.workflow.created_at == dt.datetime(2025, 11, 20, 13, 58, 1, 500000, tzinfo=UTC)
    assert event.workflow.created_at.utcoffset() == dt.timedelta(hours=2)
    assert event.workflow.stopped_at is not None
    assert event.workflow.stopped_at.tzinfo is not None
    assert event.workflow.stopped_at.replace(microsecond=0) == dt.datetime(
        2025, 11, 20, 14, 3, 27, tzinfo=UTC
    )


def test_an_unknown_event_type_gives_a_plain_event_keeping_the_body() -> None:
    body = {
        "id": "11111111-2222-4333-8444-555555555555",
        "type": "deploy-completed",
        "happened_at": "2025-11-20T14:03:27Z",
        "webhook": {"id": "w", "name": "n"},
        "deploy": {"environment": "production", "status": "success"},
    }
    raw, headers = payloads.signed(body)
    event = parse_event(raw, headers, secret=SECRET)
    assert type(event) is WebhookEvent
    assert event.type == "deploy-completed"
    assert event.happened_at == dt.datetime(2025, 11, 20, 14, 3, 27, tzinfo=UTC)
    assert event.webhook.name == "n"
    assert event.raw_body == raw
    assert event.raw_json["deploy"]["environment"] == "production"
    assert event.additional_properties == {"deploy": {"environment": "production", "status": "success"}}


@pytest.mark.parametrize("body", [b"{}", b'{"type": 7}', b'{"type": null, "id": "x"}'])
def test_a_body_without_a_readable_type_still_parses(body: bytes) -> None:
    event = parse_event(body)
    assert type(event) is WebhookEvent
    assert event.type is None


def test_the_event_type_header_decides_when_the_body_has_no_type() -> None:
    body = payloads.workflow_completed()
    del body["type"]
    event = parse_event(payloads.encode(body), {"circleci-event-type": "workflow-completed"})
    assert isinstance(event, WorkflowCompletedEvent)
    assert event.type == "workflow-completed"
    assert event.workflow.name == "build-and-test"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"", "body is empty"),
        (b"  \n", "body is empty"),
        (
            b'{"id": "x",',
            "not valid JSON: Expecting property name enclosed in double quotes at line 1 column 12",
        ),
        (b"{'id': 'x'}", "not valid JSON"),
        (b'{"id": "\xff"}', "not UTF-8"),
        (b'[{"id": "x"}]', "must be a JSON object, got an array"),
        (b'"workflow-completed"', "must be a JSON object, got a string"),
        (b"null", "must be a JSON object, got null"),
        (b"3.5", "must be a JSON object, got a number"),
        (b"true", "must be a JSON object, got a boolean"),
        (b'{"number": ' + b"9" * 5000 + b"}", "cannot be decoded: Exceeds the limit"),
        (b"[" * 100_000 + b"]" * 100_000, "cannot be decoded"),
    ],
)
def test_malformed_bodies_raise_payload_errors_naming_the_problem(body: bytes, problem: str) -> None:
    with pytest.raises(WebhookPayloadError, match=problem.replace("(", r"\(")):
        parse_event(body)
    assert issubclass(WebhookPayloadError, ValueError)


def test_with_a_secret_the_signature_is_verified_first() -> None:
    raw, headers = payloads.signed(payloads.workflow_completed())
    # Header names are matched case-insensitively, whatever mapping the framework gives.
    lowered = {k.lower(): v for k, v in headers.items()}
    assert isinstance(parse_event(raw, lowered, secret=SECRET), WorkflowCompletedEvent)
    assert isinstance(
        parse_event(raw, httpx.Headers(headers), secret=SECRET.encode()), WorkflowCompletedEvent
    )
    with pytest.raises(WebhookSignatureError, match="does not match"):
        parse_event(raw, headers, secret="the wrong secret")
    with pytest.raises(WebhookSignatureError, match="does not match"):
        parse_event(raw.replace(b'"failed"', b'"success"'), headers, secret=SECRET)
    with pytest.raises(WebhookSignatureError, match="headers are required"):
        parse_event(raw, secret=SECRET)
    without = {k: v for k, v in headers.items() if k != "Circleci-Signature"}
    with pytest.raises(WebhookSignatureError, match="missing or empty"):
        parse_event(raw, without, secret=SECRET)
    # A bad signature is refused before the body is read: even broken JSON gives a signature error.
    with pytest.raises(WebhookSignatureError):
        parse_event(b"{not json", headers, secret=SECRET)


def test_the_same_delivery_twice_is_a_duplicate() -> None:
    raw, headers = payloads.signed(payloads.workflow_completed())
    first = parse_event(raw, headers, secret=SECRET)
    again = parse_event(raw, headers, secret=SECRET)
    other = parse_event(payloads.encode(payloads.job_completed()))
    assert again.is_duplicate_of(first)
    assert first.is_duplicate_of(again)
    assert not other.is_duplicate_of(first)
    no_id = parse_event(b'{"type": "workflow-completed"}')
    assert not no_id.is_duplicate_of(parse_event(b'{"type": "workflow-completed"}'))


def test_the_deduplicator_remembers_the_last_ids() -> None:
    seen = Deduplicator(maxlen=2)
    first = parse_event(payloads.encode(payloads.workflow_completed()))
    second = parse_event(payloads.encode(payloads.job_completed()))
    assert seen.add(first)
    assert not seen.add(first)
    assert first in seen
    assert first.id in seen
    assert seen.add(second)
    assert seen.add("third-id")
    assert len(seen) == 2
    assert first not in seen  # the oldest was forgotten
    assert seen.add(first)
    assert seen.add(parse_event(b"{}"))  # no id: never a duplicate
    assert seen.add(parse_event(b"{}"))
    assert "remembered=2" in repr(seen)
    with pytest.raises(ValueError, match="maxlen must be >= 1"):
        Deduplicator(0)


def test_the_deduplicator_lets_one_of_many_concurrent_copies_through() -> None:
    seen = Deduplicator()
    event = parse_event(payloads.encode(payloads.workflow_completed()))
    results: list[bool] = []
    barrier = threading.Barrier(8)

    def receive() -> None:
        barrier.wait()
        results.append(seen.add(event))

    threads = [threading.Thread(target=receive) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True]


def test_the_event_ids_call_back_into_the_api() -> None:
    event = parse_event(payloads.encode(payloads.workflow_completed()))
    assert isinstance(event, WorkflowCompletedEvent)
    sent: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"workflow_id": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"})

    with CircleCI(token="t", http_client=httpx.Client(transport=httpx.MockTransport(api))) as client:
        client.workflows.rerun(event.workflow_id, from_failed=True)
    assert sent[0].url.path == f"/api/v2/workflow/{event.workflow_id}/rerun"
    assert json.loads(sent[0].content) == {"from_failed": True}


def test_parts_build_from_dicts_leniently() -> None:
    pipeline = EventPipeline.from_dict({"id": "p", "number": 3, "vcs": "not-a-map", "future": 1})
    assert (pipeline.id, pipeline.number, pipeline.vcs) == ("p", 3, None)
    assert pipeline.additional_properties == {"future": 1}
    assert pipeline.raw_json["vcs"] == "not-a-map"
    assert EventPipeline.from_dict("nope").id is None  # type: ignore[arg-type]


def test_events_are_slotted_attrs_classes() -> None:
    event = parse_event(payloads.encode(payloads.job_completed()))
    assert attrs.has(type(event))
    assert not hasattr(event, "__dict__")
    with pytest.raises(AttributeError):
        event.unexpected = 1  # type: ignore[attr-defined]
    assert attrs.asdict(event)["job"]["number"] == 2047
