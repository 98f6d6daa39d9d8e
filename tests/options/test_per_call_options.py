"""extra_headers=, extra_query= and timeout= on every generated operation, sync and async."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from circleci_api import ConfigurationError
from circleci_api_generated._operations import OPERATIONS
from tests.client.conftest import TOKEN, Harness, Recorder, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
OK = reply(200, {"id": PIPELINE_ID, "number": 7})


class Timeouts(Recorder):
    """A recorder that also keeps the timeout httpx was told to use for each request."""

    def __init__(self, *replies: Any) -> None:
        super().__init__(list(replies))
        self.timeouts: list[dict[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.timeouts.append(dict(request.extensions["timeout"]))
        return super().__call__(request)


@pytest.mark.parametrize("module", sorted({info.module for info in OPERATIONS.values()}))
def test_every_generated_function_takes_the_three_keyword_only_options(module: str) -> None:
    import importlib

    generated = importlib.import_module(module)
    for function in (generated.sync, generated.asyncio):
        parameters = inspect.signature(function).parameters
        for name in ("extra_headers", "extra_query", "timeout"):
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, (module, name)
            assert parameters[name].default is None
        assert "RequestOptions" in (function.__doc__ or "")


def test_bound_methods_show_the_options_in_their_signature(h: Harness) -> None:
    client = h.client(recorder())
    parameters = inspect.signature(client.pipelines.get).parameters
    assert list(parameters)[-3:] == ["extra_headers", "extra_query", "timeout"]
    assert "extra_headers" in str(inspect.signature(client.contexts.restrictions.list))


def test_extra_headers_go_with_this_call_only(h: Harness) -> None:
    rec = recorder(OK, OK)
    client = h.client(rec)
    pipeline = h.run(client.pipelines.get(PIPELINE_ID, extra_headers={"X-Trace": "abc", "Accept": "text/x"}))
    assert pipeline.number == 7
    h.run(client.pipelines.get(PIPELINE_ID))
    first, second = rec.sent
    assert first.headers["x-trace"] == "abc"
    assert first.headers.get_list("accept") == ["text/x"]  # replaced, not added
    assert first.headers["circle-token"] == TOKEN
    assert "x-trace" not in second.headers
    assert second.headers["accept"] == "application/json"


@pytest.mark.parametrize("name", ["Circle-Token", "circle-token", "Authorization", "AUTHORIZATION"])
def test_extra_headers_may_not_touch_the_credentials(h: Harness, name: str) -> None:
    rec = recorder(OK)
    client = h.client(rec)
    with pytest.raises(ConfigurationError, match=name):
        h.run(client.pipelines.get(PIPELINE_ID, extra_headers={name: "stolen"}))
    assert rec.count == 0


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"X-A": "line\r\nInjected: 1"}, "printable"),
        ({"bad name": "v"}, "header name"),
        ({"X-A": 5}, "printable"),
    ],
)
def test_bad_extra_headers_are_refused_before_sending(h: Harness, headers: Any, message: str) -> None:
    rec = recorder(OK)
    with pytest.raises(ConfigurationError, match=message):
        h.run(h.client(rec).pipelines.get(PIPELINE_ID, extra_headers=headers))
    assert rec.count == 0


def test_extra_query_adds_and_replaces_parameters(h: Harness) -> None:
    page = reply(200, {"items": [], "next_page_token": None})
    rec = recorder(page)
    client = h.client(rec)
    h.collect(
        client.pipelines.list_for_project(
            "gh/acme/api", branch="main", extra_query={"branch": "dev", "debug": True, "tag": ["a", "b"]}
        )
    )
    assert rec.last.query == [("branch", "dev"), ("debug", "true"), ("tag", "a"), ("tag", "b")]


def test_extra_query_goes_with_every_page_and_a_page_token_starts_the_walk(h: Harness) -> None:
    rec = recorder(
        reply(200, {"items": [{"id": "p2"}], "next_page_token": "t3"}),
        reply(200, {"items": [{"id": "p3"}], "next_page_token": None}),
    )
    client = h.client(rec)
    items = h.collect(client.pipelines.list(org_slug="gh/acme", extra_query={"x": "1", "page-token": "t2"}))
    assert [item.id for item in items] == ["p2", "p3"]
    assert [dict(s.query) for s in rec.sent] == [
        {"org-slug": "gh/acme", "x": "1", "page-token": "t2"},
        {"org-slug": "gh/acme", "x": "1", "page-token": "t3"},
    ]


def test_bad_extra_query_is_refused(h: Harness) -> None:
    rec = recorder(OK)
    client = h.client(rec)
    with pytest.raises(ConfigurationError, match="extra_query"):
        h.run(client.pipelines.get(PIPELINE_ID, extra_query={"x": object()}))  # type: ignore[dict-item]
    with pytest.raises(ConfigurationError, match="extra_query"):
        h.run(client.pipelines.get(PIPELINE_ID, extra_query=[("x", "1")]))  # type: ignore[arg-type]
    assert rec.count == 0


def test_timeout_applies_to_this_call_only(h: Harness) -> None:
    rec = Timeouts(OK, OK, OK)
    client = h.client(rec, timeout=30)
    h.run(client.pipelines.get(PIPELINE_ID, timeout=2.5))
    h.run(client.pipelines.get(PIPELINE_ID))
    h.run(client.pipelines.get(PIPELINE_ID, timeout=httpx.Timeout(1.0, connect=4.0)))
    assert rec.timeouts[0] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert rec.timeouts[1]["read"] == 30.0
    assert rec.timeouts[2] == {"connect": 4.0, "read": 1.0, "write": 1.0, "pool": 1.0}


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_bad_per_call_timeout_is_a_configuration_error(h: Harness, bad: Any) -> None:
    rec = recorder(OK)
    with pytest.raises(ConfigurationError, match="timeout"):
        h.run(h.client(rec).pipelines.get(PIPELINE_ID, timeout=bad))
    assert rec.count == 0


def test_a_per_call_timeout_keeps_retries_and_credentials(h: Harness) -> None:
    rec = Timeouts(reply(503), OK)
    client = h.client(rec)
    assert h.run(client.pipelines.get(PIPELINE_ID, timeout=3)).number == 7
    assert [t["read"] for t in rec.timeouts] == [3.0, 3.0]
    assert all(s.headers["circle-token"] == TOKEN for s in rec.sent)


def test_options_on_posts_and_overlay_methods(h: Harness) -> None:
    rec = recorder(reply(201, {"id": "job", "state": "created"}), reply(201, {"id": "p", "number": 1}))
    client = h.client(rec)
    h.run(
        client.usage.create_export(
            "org", start="2025-01-01T00:00:00Z", end="2025-01-10T00:00:00Z", extra_headers={"X-A": "1"}
        )
    )
    h.run(client.pipelines.run("gh/acme/api", definition_id="d", extra_query={"dry": "1"}, timeout=9))
    assert rec.sent[0].headers["x-a"] == "1"
    assert rec.sent[1].query == [("dry", "1")]
    assert rec.sent[1].json() == {"definition_id": "d"}
