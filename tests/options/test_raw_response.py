"""client.with_raw_response mirrors every namespace and returns RawResponse objects, sync and async."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from circleci_api import (
    NotFoundError,
    Page,
    RateLimit,
    RawResponse,
    RequestValidationError,
    ResponseValidationError,
)
from circleci_api.models import Pipeline
from circleci_api_generated._operations import OPERATIONS
from tests.client.conftest import TOKEN, Harness, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
LIMITS = {"x_ratelimit_limit": "100", "x_ratelimit_remaining": "99", "x_ratelimit_reset": "60"}
OK = reply(200, {"id": PIPELINE_ID, "number": 7}, x_request_id="req-1", **LIMITS)


def resolve(root: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        root = getattr(root, name)
    return root


def test_every_operation_has_a_raw_twin_with_the_same_parameters(h: Harness) -> None:
    client = h.client(recorder())
    for info in OPERATIONS.values():
        normal = resolve(client, info.client_method)
        raw = resolve(client.with_raw_response, info.client_method)
        assert callable(raw), info.client_method
        assert list(inspect.signature(raw).parameters) == list(inspect.signature(normal).parameters), (
            info.client_method
        )


def test_raw_get_returns_status_headers_response_and_parses_on_demand(h: Harness) -> None:
    rec = recorder(OK, OK)
    client = h.client(rec)
    raw = h.run(client.with_raw_response.pipelines.get(PIPELINE_ID))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-1"
    assert raw.http_response.json() == {"id": PIPELINE_ID, "number": 7}
    assert raw.http_response.request.headers["circle-token"] == "<redacted>"
    pipeline = raw.parse()
    assert isinstance(pipeline, Pipeline)
    assert pipeline.number == 7
    assert raw.parse() is pipeline  # parsed once
    assert raw.rate_limit == RateLimit(100, 99, 60.0, None, raw.rate_limit.headers if raw.rate_limit else {})
    assert repr(raw) == f"<RawResponse [200] GET /api/v2/pipeline/{PIPELINE_ID}>"
    # the request is exactly the normal call's
    h.run(client.pipelines.get(PIPELINE_ID))
    assert rec.sent[0].url == rec.sent[1].url
    assert rec.sent[0].headers["circle-token"] == TOKEN


def test_raw_calls_take_the_per_call_options(h: Harness) -> None:
    rec = recorder(OK)
    raw = h.run(
        h.client(rec).with_raw_response.pipelines.get(
            PIPELINE_ID, extra_headers={"X-A": "1"}, extra_query={"q": 1}
        )
    )
    assert raw.status_code == 200
    assert rec.last.headers["x-a"] == "1"
    assert rec.last.query == [("q", "1")]


def test_nested_namespaces_are_mirrored(h: Harness) -> None:
    body = {"items": [{"id": "r1", "project_id": "p", "name": "n", "restriction_type": "project"}]}
    rec = recorder(reply(200, body))
    client = h.client(rec)
    raw = h.run(client.with_raw_response.contexts.restrictions.list("ctx-1"))
    assert raw.status_code == 200
    assert rec.last.raw_path == "/api/v2/context/ctx-1/restrictions"
    assert raw.parse() is not None
    assert client.with_raw_response.contexts.restrictions is client.with_raw_response.contexts.restrictions


def test_a_paginated_operation_returns_its_first_page_raw(h: Harness) -> None:
    rec = recorder(reply(200, {"items": [{"id": "a"}, {"id": "b"}], "next_page_token": "t2"}, **LIMITS))
    raw = h.run(h.client(rec).with_raw_response.pipelines.list_for_project("gh/acme/api", branch="main"))
    assert rec.count == 1  # one request, no walking
    page = raw.parse()
    assert isinstance(page, Page)
    assert [p.id for p in page.items] == ["a", "b"]
    assert page.next_page_token == "t2"
    assert raw.rate_limit is not None
    assert raw.rate_limit.remaining == 99
    # and a page token starts where asked
    rec2 = recorder(reply(200, {"items": [], "next_page_token": None}))
    raw2 = h.run(h.client(rec2).with_raw_response.pipelines.list(org_slug="gh/acme", page_token="t2"))
    assert dict(rec2.last.query)["page-token"] == "t2"
    assert raw2.parse().next_page_token is None


def test_parse_is_lenient_or_strict_as_the_client_is(h: Harness) -> None:
    deviant = reply(200, {"id": PIPELINE_ID, "number": "seven"})
    lenient = h.run(h.client(recorder(deviant)).with_raw_response.pipelines.get(PIPELINE_ID))
    assert lenient.parse().id == PIPELINE_ID
    strict = h.run(h.client(recorder(deviant), strict=True).with_raw_response.pipelines.get(PIPELINE_ID))
    assert strict.status_code == 200  # the response itself is there ...
    with pytest.raises(ResponseValidationError, match="number"):
        strict.parse()  # ... and parsing raises where the normal call would
    copy = h.client(recorder(deviant)).with_options(strict=True)
    with pytest.raises(ResponseValidationError):
        h.run(copy.with_raw_response.pipelines.get(PIPELINE_ID)).parse()


def test_errors_still_raise_and_carry_the_rate_limit(h: Harness) -> None:
    rec = recorder(reply(404, {"message": "Not found"}, **LIMITS))
    with pytest.raises(NotFoundError) as info:
        h.run(h.client(rec).with_raw_response.pipelines.get(PIPELINE_ID))
    assert info.value.rate_limit is not None
    assert info.value.rate_limit.limit == 100


def test_raw_usage_create_export_keeps_the_window_check(h: Harness) -> None:
    rec = recorder(reply(201, {"usage_export_job_id": "job", "state": "created"}))
    raw_usage = h.client(rec).with_raw_response.usage
    with pytest.raises(RequestValidationError, match="31 days"):
        h.run(raw_usage.create_export("org", start="2025-01-01T00:00:00Z", end="2025-03-01T00:00:00Z"))
    assert rec.count == 0
    raw = h.run(raw_usage.create_export("org", start="2025-01-01T00:00:00Z", end="2025-01-05T00:00:00Z"))
    assert raw.status_code == 201
    assert raw.parse().usage_export_job_id == "job"
    assert raw_usage.get_export is not None


def test_empty_bodies_parse_to_none(h: Harness) -> None:
    rec = recorder(reply(202))
    raw = h.run(
        h.client(rec).with_raw_response.pipelines.continue_pipeline(continuation_key="k", configuration="c")
    )
    assert raw.status_code == 202
    assert raw.parse() is None


def test_raw_namespaces_do_not_shadow_overrides(h: Harness) -> None:
    client = h.client(recorder(reply(201, {"usage_export_job_id": "job", "state": "created"})))
    usage = client.with_raw_response.usage
    bound = type(usage).__mro__[1].__dict__["create_export"].__get__(usage)  # the generated method, read once
    assert callable(bound)
    with pytest.raises(RequestValidationError):  # the override still runs afterwards
        h.run(usage.create_export("org", start="2025-01-01T00:00:00Z", end="2025-06-01T00:00:00Z"))


def test_raw_methods_describe_themselves(h: Harness) -> None:
    raw = h.client(recorder()).with_raw_response
    assert repr(raw.pipelines.get) == "<raw operation getPipelineById: GET /pipeline/{pipeline_id}>"
    doc = raw.pipelines.list.__doc__ or ""
    assert doc.startswith("Signature: (*, org_slug")
    assert "extra_headers" in doc
    assert "RawResponse" in doc
    assert repr(raw) == "<with_raw_response namespaces>"
