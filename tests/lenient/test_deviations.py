"""Lenient by default, strict on request: one payload per way real responses deviate from the spec."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, ResponseValidationError

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
WORKFLOW_ID = "fda08377-fe7e-46b1-8992-3a7aaecac9c3"


def clean_pipeline() -> dict[str, Any]:
    return {
        "id": PIPELINE_ID,
        "errors": [],
        "project_slug": "gh/acme/api",
        "updated_at": "2025-09-01T10:00:00.123Z",
        "number": 42,
        "trigger_parameters": {"deploy": True},
        "state": "created",
        "created_at": "2025-09-01T09:59:58Z",
        "trigger": {
            "type": "webhook",
            "received_at": "2025-09-01T09:59:57.5Z",
            "actor": {"login": "octo", "avatar_url": None},
        },
        "vcs": {
            "provider_name": "GitHub",
            "target_repository_url": "https://github.com/acme/api",
            "branch": "main",
            "review_id": "1",
            "review_url": "https://github.com/acme/api/pull/1",
            "revision": "f454a02b5d10fcccfd7d9dd7608a76d6493a98b4",
            "tag": "v1",
            "commit": {"subject": "Fix", "body": ""},
            "origin_repository_url": "https://github.com/acme/api",
        },
    }


def clean_job() -> dict[str, Any]:
    return {
        "dependencies": [],
        "job_number": 7,
        "id": "d1c4a6a4-4f3d-4c8e-9d56-3f3d0f2c1a7e",
        "started_at": "2025-09-01T10:00:00Z",
        "name": "hold",
        "approved_by": "0d5a4a8b-62a1-4a3c-bb2a-0b8f1a3b7e47",
        "project_slug": "gh/acme/api",
        "status": "on_hold",
        "type": "approval",
        "stopped_at": None,
        "approval_request_id": "a8b3c1d2-0000-4000-8000-000000000001",
    }


@dataclass(frozen=True)
class Case:
    """One deviation: where it is served, the payload, the call, what lenient mode reads, the strict path."""

    name: str
    path: str
    payload: dict[str, Any]
    call: Callable[[Any], Any]
    read: Callable[[Any], Any]
    expected: Any
    strict_path: str


def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    out = dict(data)
    for key in keys:
        del out[key]
    return out


CASES = [
    Case(
        name="missing required field",
        path="/me",
        payload={"id": "0d5a4a8b-62a1-4a3c-bb2a-0b8f1a3b7e47", "login": "octo", "name": "Octo"},
        call=lambda c: c.users.me(),
        read=lambda user: (user.login, user.avatar_url),
        expected=("octo", None),
        strict_path="User.avatar_url",
    ),
    Case(
        name="missing nested required field",
        path=f"/pipeline/{PIPELINE_ID}",
        payload={**clean_pipeline(), "trigger": {**clean_pipeline()["trigger"], "actor": {"login": "octo"}}},
        call=lambda c: c.pipelines.get(PIPELINE_ID),
        read=lambda p: (p.trigger.actor.login, p.trigger.actor.avatar_url),
        expected=("octo", None),
        strict_path="Pipeline.trigger.actor.avatar_url",
    ),
    Case(
        name="null where the spec forbids it",
        path=f"/workflow/{WORKFLOW_ID}/job",
        payload={"items": [{**clean_job(), "started_at": None}], "next_page_token": None},
        call=lambda c: c.workflows.jobs(WORKFLOW_ID).first_page(),
        read=lambda page: [(job.name, job.started_at) for job in page.items],
        expected=[("hold", None)],
        strict_path="WorkflowJobListResponse.items[0].started_at",
    ),
    Case(
        name="extra field on a closed schema",
        path="/context/ctx-1",
        payload={"id": "ctx-1", "name": "deploy", "created_at": "2025-09-01T10:00:00Z", "owner_kind": "org"},
        call=lambda c: c.contexts.get("ctx-1"),
        read=lambda ctx: (ctx.name, ctx.additional_properties),
        expected=("deploy", {"owner_kind": "org"}),
        strict_path="Context.owner_kind",
    ),
    Case(
        name="enum value the spec does not list",
        path=f"/pipeline/{PIPELINE_ID}",
        payload={**clean_pipeline(), "trigger": {**clean_pipeline()["trigger"], "type": "schedule"}},
        call=lambda c: c.pipelines.get(PIPELINE_ID),
        read=lambda p: (p.trigger.type.value, p.trigger.type.is_known, p.trigger.type == "schedule"),
        expected=("schedule", False, True),
        strict_path="Pipeline.trigger.type",
    ),
    Case(
        name="value of another shape",
        path=f"/pipeline/{PIPELINE_ID}",
        payload={**clean_pipeline(), "number": "42", "errors": {"type": "config"}},
        call=lambda c: c.pipelines.get(PIPELINE_ID),
        read=lambda p: (p.number, p.errors),
        expected=("42", {"type": "config"}),
        strict_path="Pipeline.errors",
    ),
    Case(
        name="timestamp that is not RFC 3339",
        path=f"/pipeline/{PIPELINE_ID}",
        payload={**clean_pipeline(), "created_at": "yesterday"},
        call=lambda c: c.pipelines.get(PIPELINE_ID),
        read=lambda p: p.created_at,
        expected="yesterday",
        strict_path="Pipeline.created_at",
    ),
]


def serve(payload: dict[str, Any], path: str, seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        assert request.url.path == "/api/v2" + path
        return httpx.Response(200, json=payload)

    return httpx.MockTransport(handler)


def sync_client(payload: dict[str, Any], path: str, *, strict: bool) -> CircleCI:
    return CircleCI(token="t0k", strict=strict, http_client=httpx.Client(transport=serve(payload, path)))


def async_client(payload: dict[str, Any], path: str, *, strict: bool) -> AsyncCircleCI:
    return AsyncCircleCI(
        token="t0k", strict=strict, http_client=httpx.AsyncClient(transport=serve(payload, path))
    )


def run_async(case: Case, *, strict: bool) -> Any:
    async def go() -> Any:
        async with async_client(case.payload, case.path, strict=strict) as client:
            result = case.call(client)
            return case.read(await result)

    return asyncio.run(go())


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_lenient_mode_parses_and_keeps_the_data(case: Case) -> None:
    with sync_client(case.payload, case.path, strict=False) as client:
        assert case.read(case.call(client)) == case.expected
    assert run_async(case, strict=False) == case.expected


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_strict_mode_raises_with_the_json_path(case: Case) -> None:
    with (
        sync_client(case.payload, case.path, strict=True) as client,
        pytest.raises(ResponseValidationError) as info,
    ):
        case.call(client)
    assert info.value.path == case.strict_path
    assert case.strict_path in str(info.value)
    with pytest.raises(ResponseValidationError) as async_info:
        run_async(case, strict=True)
    assert async_info.value.path == case.strict_path


def test_clean_payload_parses_identically_in_both_modes() -> None:
    results = []
    for strict in (False, True):
        with sync_client(clean_pipeline(), f"/pipeline/{PIPELINE_ID}", strict=strict) as client:
            pipeline = client.pipelines.get(PIPELINE_ID)
            results.append(
                (
                    pipeline.raw_json,
                    pipeline.number,
                    pipeline.created_at,
                    pipeline.updated_at,
                    pipeline.trigger.received_at,
                    pipeline.vcs.commit.subject if pipeline.vcs and pipeline.vcs.commit else None,
                    pipeline.state,
                )
            )
    assert results[0] == results[1]
    assert results[0][2] == dt.datetime(2025, 9, 1, 9, 59, 58, tzinfo=dt.UTC)
    assert results[0][3] == dt.datetime(2025, 9, 1, 10, 0, 0, 123000, tzinfo=dt.UTC)


def test_every_model_keeps_the_raw_json() -> None:
    payload = {**clean_pipeline(), "brand_new_field": {"nested": [1, 2]}}
    with sync_client(payload, f"/pipeline/{PIPELINE_ID}", strict=False) as client:
        pipeline = client.pipelines.get(PIPELINE_ID)
    assert pipeline.raw_json == payload
    assert pipeline["brand_new_field"] == {"nested": [1, 2]}
    assert pipeline.trigger.raw_json == payload["trigger"]
    assert pipeline.additional_properties == {"brand_new_field": {"nested": [1, 2]}}


def test_strict_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[0]
    monkeypatch.setenv("CIRCLECI_STRICT", "1")
    client = CircleCI(token="t0k", http_client=httpx.Client(transport=serve(case.payload, case.path)))
    assert client.strict
    with pytest.raises(ResponseValidationError):
        case.call(client)
    monkeypatch.setenv("CIRCLECI_STRICT", "0")
    relaxed = CircleCI(token="t0k", http_client=httpx.Client(transport=serve(case.payload, case.path)))
    assert case.read(case.call(relaxed)) == case.expected


def test_each_deviation_is_logged_once_per_model_and_field(caplog: pytest.LogCaptureFixture) -> None:
    case = CASES[1]
    caplog.set_level(logging.DEBUG, logger="circleci_api")
    with sync_client(case.payload, case.path, strict=False) as client:
        for _ in range(3):
            case.call(client)
    deviations = [r.getMessage() for r in caplog.records if "deviates from the spec" in r.getMessage()]
    assert len(deviations) == 1
    assert "Pipeline.trigger.actor.avatar_url: missing" in deviations[0]


FLAKY_PATH = "/insights/gh/acme/api/flaky-tests"


@pytest.mark.parametrize(
    "spelling",
    [
        {"flaky_tests": [{"time_wasted": 12, "test_name": "t", "job_number": 3}], "total_flaky_tests": 1},
        {"flaky-tests": [{"time-wasted": 12, "test-name": "t", "job-number": 3}], "total-flaky-tests": 1},
    ],
    ids=["snake_case as sent", "kebab-case as documented"],
)
def test_both_key_spellings_are_read(spelling: dict[str, Any]) -> None:
    with sync_client(spelling, FLAKY_PATH, strict=False) as client:
        report = client.insights.flaky_tests("gh/acme/api")
    assert report.total_flaky_tests == 1
    assert [(t.test_name, t.time_wasted, t.job_number) for t in report.flaky_tests] == [("t", 12, 3)]
