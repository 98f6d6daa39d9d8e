"""One client, many calls: what a script that reuses its client sees on the second use (issue 13).

Each test reproduces one way the same client behaved differently on a later call, sync and async.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import pickle
import warnings
from typing import Any
from unittest import mock

import httpx
import pytest

from circleci_api import (
    APIStatusError,
    CircleCI,
    ConfigurationError,
    NotFoundError,
    Page,
    RateLimitError,
    RequestValidationError,
    RetryPolicy,
)
from circleci_api import errors as e
from circleci_api import models as m
from circleci_api.resources.pipelines import AsyncPipelines, Pipelines
from circleci_api.slugs import InvalidProjectSlug
from circleci_api.testing import FakeCircleCI
from tests.client import conftest as harness_module
from tests.client.conftest import TOKEN, Harness, recorder, reply

ORG_ID = "b9291e0d-a11e-41fb-8517-c545388b5953"
PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
PROJECT_ID = "f1c9a2a4-3c4e-4b5f-9d1e-0a2b3c4d5e6f"
DEFINITION_ID = "2338d0ae-5541-4bbf-88a2-55e9f7281f80"


# --------------------------------------------------------------------------- overrides


def test_an_overlay_method_runs_on_every_call(h: Harness) -> None:
    """``usage.create_export`` checks the 31-day window; the generated method it wraps must not
    take its place after the first call."""
    job = {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "state": "created"}
    rec = recorder(reply(201, job), repeat_last=True)
    client = h.client(rec)
    for _ in range(2):
        h.run(client.usage.create_export(ORG_ID, start="2025-01-01T00:00:00Z", end="2025-01-20T00:00:00Z"))
    for _ in range(2):
        with pytest.raises(RequestValidationError, match="31 days"):
            h.run(
                client.usage.create_export(ORG_ID, start="2025-01-01T00:00:00Z", end="2025-02-10T00:00:00Z")
            )
    assert rec.count == 2  # the 40-day windows were never sent


def test_patching_a_resource_class_works_after_the_first_call(h: Harness) -> None:
    body = {"id": PIPELINE_ID, "number": 1}
    rec = recorder(reply(200, body), repeat_last=True)
    client = h.client(rec)
    assert h.run(client.pipelines.get(PIPELINE_ID)).number == 1
    cls = AsyncPipelines if h.is_async else Pipelines

    async def fake_get(self: Any, pipeline_id: str) -> str:
        return f"patched {pipeline_id}"

    def fake_sync_get(self: Any, pipeline_id: str) -> str:
        return f"patched {pipeline_id}"

    with mock.patch.object(cls, "get", fake_get if h.is_async else fake_sync_get):
        assert h.run(client.pipelines.get("x")) == "patched x"
        assert h.run(client.pipelines.get("y")) == "patched y"
    assert h.run(client.pipelines.get(PIPELINE_ID)).number == 1  # unpatched again
    assert rec.count == 2


def test_a_subclass_override_wins_even_after_the_base_method_was_bound(h: Harness) -> None:
    rec = recorder(reply(200, {"id": PIPELINE_ID, "number": 1}), repeat_last=True)
    client = h.client(rec)
    base = AsyncPipelines if h.is_async else Pipelines

    class Counting(base):  # type: ignore[misc, valid-type]
        calls = 0

        def get(self, pipeline_id: str) -> Any:
            type(self).calls += 1
            return super().get(pipeline_id)

    resource = Counting(client)
    for _ in range(3):
        assert h.run(resource.get(PIPELINE_ID)).number == 1
    assert Counting.calls == 3


def test_argument_errors_name_the_users_method(h: Harness) -> None:
    client = h.client(recorder())
    with pytest.raises(
        TypeError, match=r"^pipelines\.run\(\) got an unexpected keyword argument 'definitionid'"
    ):
        client.pipelines.run("gh/acme/api", definitionid=DEFINITION_ID)
    with pytest.raises(TypeError, match=r"^pipelines\.get\(\) takes 1 positional argument but 2 were given"):
        client.pipelines.get(PIPELINE_ID, "extra")
    with pytest.raises(TypeError, match=r"^contexts\.restrictions\.list\(\) missing a required argument"):
        client.contexts.restrictions.list()
    with pytest.raises(
        TypeError, match=r"^pipelines\.list_for_project\(\) takes 1 positional argument but 2"
    ):
        client.pipelines.list_for_project("gh/acme/api", "main")


# --------------------------------------------------------------------------- list shapes


def definition(n: int) -> dict[str, Any]:
    return {
        "id": f"{n:08d}-5541-4bbf-88a2-55e9f7281f80",
        "name": f"definition-{n}",
        "description": "",
        "created_at": "2025-01-02T03:04:05Z",
        "config_source": {"provider": "github_app", "repo": {"full_name": "acme/api", "external_id": "1"}},
        "checkout_source": {"provider": "github_app", "repo": {"full_name": "acme/api", "external_id": "1"}},
    }


def test_a_wrapper_list_iterates_over_its_items(h: Harness) -> None:
    rec = recorder(reply(200, {"items": [definition(1), definition(2)]}), repeat_last=True)
    client = h.client(rec)
    for _ in range(2):
        result = h.run(client.pipeline_definitions.list(PROJECT_ID))
        assert isinstance(result, m.PipelineDefinitionList)  # still the response model
        assert [d.name for d in result] == ["definition-1", "definition-2"]
        assert [d.name for d in result] == ["definition-1", "definition-2"]  # and again
        assert all(isinstance(d, m.PipelineDefinition) for d in result)
        page = result.first_page()
        assert isinstance(page, Page)
        assert page.next_page_token is None
        assert page.response is result
        assert [d.name for d in page.items] == ["definition-1", "definition-2"]
        assert [len(p.items) for p in result.pages()] == [2]
        assert result.items is not None
        assert len(result.items) == 2
    assert rec.count == 2


def test_each_wrapper_list_operation_iterates(h: Harness) -> None:
    trigger = {"id": "t1", "event_source": {"provider": "webhook"}, "created_at": "2025-01-02T03:04:05Z"}
    entry = {"id": "e1", "name": "orbs", "prefix": "https://example.com/", "auth": "none"}
    rec = recorder(reply(200, {"items": [trigger]}), reply(200, {"items": [entry, entry]}))
    client = h.client(rec)
    triggers = h.run(client.triggers.list(PROJECT_ID, DEFINITION_ID))
    assert [t.id for t in triggers] == ["t1"]
    assert isinstance(triggers, m.TriggerList)
    allowed = h.run(client.organizations.url_orb_allow_list.list("gh/acme"))
    assert [a.name for a in allowed] == ["orbs", "orbs"]
    assert isinstance(allowed, m.UrlOrbAllowList)


def test_array_bodies_are_lists_with_first_page(h: Harness) -> None:
    collaboration = {"id": ORG_ID, "vcs-type": "github", "name": "acme", "avatar_url": "", "slug": "gh/acme"}
    decision = {"created_at": "2025-01-02T03:04:05Z", "decision": {"status": "PASS"}}
    rec = recorder(reply(200, [collaboration]), reply(200, [decision, decision]))
    client = h.client(rec)
    collaborations = h.run(client.users.collaborations())
    assert isinstance(collaborations, list)
    assert [c.slug for c in collaborations] == ["gh/acme"]
    assert collaborations.first_page().items == list(collaborations)
    decisions = h.run(client.policies.decisions.list(ORG_ID, "config"))
    assert len(list(decisions)) == 2
    assert decisions.first_page().next_page_token is None


def test_a_wrapper_list_pickles_and_still_iterates(h: Harness) -> None:
    rec = recorder(reply(200, {"items": [definition(1)]}))
    result = h.run(h.client(rec).pipeline_definitions.list(PROJECT_ID))
    copy = pickle.loads(pickle.dumps(result))
    assert [d.name for d in copy] == ["definition-1"]
    assert isinstance(copy, m.PipelineDefinitionList)
    assert copy == result
    plain = m.PipelineDefinitionList.from_dict({"items": [definition(1)]})
    assert result == plain
    assert plain == result
    assert result != m.PipelineDefinitionList.from_dict({"items": [definition(2)]})


def test_every_list_like_operation_is_declared_as_one() -> None:
    """Each operation whose 200 answer is an array, or an object with an ``items`` array, either
    paginates or is marked ``list_items`` (so it iterates)."""
    import importlib

    from circleci_api._models import ListConverter, ModelConverter
    from circleci_api_generated._operations import OPERATIONS

    paged, one_page = [], []
    for info in OPERATIONS.values():
        endpoint = importlib.import_module(info.module).ENDPOINT
        ok = endpoint.responses.get(200) or endpoint.responses.get(201)
        lists = isinstance(ok, ListConverter) or (
            isinstance(ok, ModelConverter) and "items" in vars(ok.model)
        )
        if endpoint.paginated:
            paged.append(info.client_method)
        elif endpoint.list_items is not None:
            one_page.append(info.client_method)
        else:
            assert not lists, f"{info.client_method} lists but neither paginates nor iterates"
    assert len(paged) == 22
    assert sorted(one_page) == [
        "organizations.url_orb_allow_list.list",
        "otel.exporters.list",  # new in CircleCI's 2026-08 document: a plain array
        "pipeline_definitions.list",
        "policies.decisions.list",
        "triggers.list",
        "users.collaborations",
    ]


# --------------------------------------------------------------------------- pickling errors


def _errors() -> list[Exception]:
    kwargs: dict[str, Any] = {"status_code": 404, "method": "GET", "url": f"{e.__name__}/x"}
    return [
        e.APIStatusError("teapot", **{**kwargs, "status_code": 418}, body={"message": "teapot"}),
        e.BadRequestError("bad", **{**kwargs, "status_code": 400}),
        e.AuthenticationError("who", **{**kwargs, "status_code": 401}),
        e.PermissionDeniedError("no", **{**kwargs, "status_code": 403}),
        e.NotFoundError("Pipeline not found", **kwargs, response=httpx.Response(404)),
        e.ConflictError("exists", **{**kwargs, "status_code": 409}),
        e.UnprocessableEntityError("invalid", violations=["a: b"], **{**kwargs, "status_code": 422}),
        e.RateLimitError("slow down", retry_after=12.5, **{**kwargs, "status_code": 429}),
        e.InternalServerError("oops", **{**kwargs, "status_code": 503}),
        e.APIConnectionError("request failed (ConnectError)", method="GET", url="https://x/y"),
        e.APITimeoutError("request failed (ReadTimeout)", method="POST", url="https://x/y"),
        e.ConfigurationError("no token"),
        e.PaginationError("loop"),
        e.WaitTimeoutError("gave up", last_state={"state": "running"}),
        e.UsageExportFailed("failed", error_reason="quota"),
        e.ResponseValidationError("not JSON", status_code=200, method="GET", url="https://x/y", path="A.b"),
        RequestValidationError("Pipeline.number", "expected an integer"),
        InvalidProjectSlug("acme", "must have three parts"),
    ]


@pytest.mark.parametrize("error", _errors(), ids=lambda error: type(error).__name__)
def test_every_error_pickles_to_the_same_type_and_attributes(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    expected = {k: v for k, v in vars(error).items() if k != "response"}
    assert {k: v for k, v in vars(copy).items() if k != "response"} == expected
    assert getattr(copy, "response", None) is None


def _worker_get(status: int) -> None:
    answer = httpx.Response(status, json={"message": "Pipeline not found"}, headers={"retry-after": "120"})
    http = httpx.Client(transport=httpx.MockTransport(lambda request: answer))
    with CircleCI(token=TOKEN, http_client=http, max_retries=0) as client:
        client.pipelines.get(PIPELINE_ID)


@pytest.mark.parametrize(("status", "kind"), [(404, NotFoundError), (429, RateLimitError)])
def test_an_error_crosses_a_process_boundary(status: int, kind: type[APIStatusError]) -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_worker_get, status)
        with pytest.raises(kind) as raised:
            future.result(timeout=60)
    error = raised.value
    assert error.status_code == status
    assert error.message == "Pipeline not found"
    assert error.method == "GET"
    assert error.url == f"https://circleci.com/api/v2/pipeline/{PIPELINE_ID}"
    if isinstance(error, RateLimitError):
        assert error.retry_after == 120.0
    assert TOKEN not in repr(vars(error))


# --------------------------------------------------------------------------- deprecation warnings


def _deprecated_call(client: Any) -> Any:
    return client.projects.create_from_vcs("gh/acme/api")


def test_a_deprecated_operation_warns_on_each_call_under_always(h: Harness) -> None:
    settings = {"advanced": {}}
    client = h.client(recorder(reply(201, settings), repeat_last=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            h.run(_deprecated_call(client))
    found = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(found) == 3
    # The user's line: where the call is made, or (async) where the coroutine is awaited.
    assert {w.filename for w in found} == {harness_module.__file__ if h.is_async else __file__}


def test_a_deprecated_model_field_warns_at_the_users_line_every_time(h: Harness) -> None:
    restriction = {"id": PROJECT_ID, "restriction_type": "project", "restriction_value": PROJECT_ID}
    client = h.client(recorder(reply(201, restriction), repeat_last=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(2):
            h.run(
                client.contexts.restrictions.create(
                    PROJECT_ID,
                    project_id=PROJECT_ID,
                    restriction_type="project",
                    restriction_value=PROJECT_ID,
                )
            )
    found = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(found) == 2
    assert "project_id is deprecated" in str(found[0].message)
    # The line that called (async too: arguments are converted at the call, before the await),
    # never sys:1, which the default filters would hide.
    assert {w.filename for w in found} == {__file__}


# --------------------------------------------------------------------------- redaction


def test_a_short_token_does_not_mangle_messages_or_the_body(h: Harness) -> None:
    body = {"message": "Project test not found", "te": ["te", "tests"]}
    client = h.client(recorder(reply(404, body), repeat_last=True), token="te")
    for _ in range(2):
        with pytest.raises(NotFoundError) as raised:
            h.run(client.pipelines.get(PIPELINE_ID))
        assert raised.value.message == "Project test not found"
        assert raised.value.body == body


def test_a_short_token_standing_alone_is_still_redacted(h: Harness) -> None:
    client = h.client(recorder(reply(401, {"message": "bad token te, see tests"})), token="te")
    with pytest.raises(APIStatusError) as raised:
        h.run(client.pipelines.get(PIPELINE_ID))
    assert raised.value.message == "bad token <redacted>, see tests"


def test_a_real_token_is_redacted_from_the_message_but_the_body_is_kept(h: Harness) -> None:
    body = {"message": f"invalid token {TOKEN}", TOKEN: TOKEN}
    client = h.client(recorder(reply(401, body)))
    with pytest.raises(APIStatusError) as raised:
        h.run(client.pipelines.get(PIPELINE_ID))
    assert TOKEN not in str(raised.value)
    assert TOKEN not in repr(raised.value)
    assert raised.value.message == "invalid token <redacted>"
    assert raised.value.body == body


# --------------------------------------------------------------------------- smaller ones


def test_request_expands_list_values_into_repeated_parameters(h: Harness) -> None:
    rec = recorder(reply(200, {}), repeat_last=True)
    client = h.client(rec)
    for _ in range(2):
        h.run(client.request("GET", "/insights/gh/acme/api/workflows", params={"branches": ["main", "dev"]}))
        assert rec.last.query == [("branches", "main"), ("branches", "dev")]
    h.run(client.request("GET", "/x", params={"all-branches": True, "n": 3, "skip": None, "t": ("a",)}))
    assert rec.last.query == [("all-branches", "true"), ("n", "3"), ("t", "a")]
    h.run(client.request("GET", "/x", params=[("a", "1"), ("a", "2")]))
    assert rec.last.query == [("a", "1"), ("a", "2")]


@pytest.mark.parametrize(
    "settings",
    [
        {"initial_delay": -1},
        {"max_delay": -0.5},
        {"max_retry_after": float("nan")},
        {"jitter": 1.5},
        {"jitter": -0.1},
        {"initial_delay": "1"},
        {"max_delay": True},
    ],
    ids=str,
)
def test_a_bad_retry_policy_is_refused_at_construction(settings: dict[str, Any]) -> None:
    name = next(iter(settings))
    with pytest.raises(ConfigurationError, match=f"RetryPolicy.{name}"):
        RetryPolicy(**settings)


def test_a_retry_policy_that_is_not_one_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="retry_policy must be a RetryPolicy"):
        CircleCI(token=TOKEN, retry_policy={"initial_delay": 1})  # type: ignore[arg-type]


def test_edge_retry_policies_work(h: Harness) -> None:
    policy = RetryPolicy(initial_delay=0, max_delay=0, jitter=1)
    rec = recorder(reply(500, {}), reply(200, {"id": PIPELINE_ID}))
    client = h.client(rec, retry_policy=policy)
    assert h.run(client.pipelines.get(PIPELINE_ID)).id == PIPELINE_ID
    assert h.sleeps == [0]


def test_a_fake_client_closes_with_its_with_block() -> None:
    fake = FakeCircleCI()
    with fake.client() as client:
        client.users.me()
        http = client._transport.http
    assert http.is_closed
    with pytest.raises(ConfigurationError, match="closed"):
        client.users.me()


def test_a_fake_async_client_closes_with_its_async_with_block() -> None:
    fake = FakeCircleCI()

    async def use() -> Any:
        async with fake.async_client() as client:
            await client.users.me()
            http = client._transport.http
        assert http.is_closed
        with pytest.raises(ConfigurationError, match="closed"):
            await client.users.me()

    asyncio.run(use())


def test_a_closed_client_on_a_lent_httpx_client_refuses_calls_and_leaves_it_open(h: Harness) -> None:
    rec = recorder(reply(200, {"id": PIPELINE_ID}), repeat_last=True)
    lent = h.http_client(rec)
    client = h.client(http_client=lent)
    h.run(client.pipelines.get(PIPELINE_ID))
    h.close(client)
    for _ in range(2):
        with pytest.raises(ConfigurationError, match="closed"):
            h.run(client.pipelines.get(PIPELINE_ID))
        with pytest.raises(ConfigurationError, match="closed"):
            h.run(client.request("GET", "/me"))
    assert not lent.is_closed
    assert rec.count == 1
    response = h.run(lent.get("https://circleci.com/api/v2/me"))  # the owner can still use it
    assert response.status_code == 200


SLUG_MESSAGE = "project_slug: 'acme' must have three parts: vcs/organization/project"


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.pipelines.list_for_project("acme"),
        lambda c: c.pipelines.list_mine("acme"),
        lambda c: c.pipelines.run("acme"),
        lambda c: c.pipelines.trigger("acme"),
        lambda c: c.pipelines.get_by_number("acme", 1),
        lambda c: c.projects.get("acme"),
        lambda c: c.schedules.list("acme"),
    ],
    ids=[
        "list_for_project",
        "list_mine",
        "run",
        "trigger",
        "get_by_number",
        "projects.get",
        "schedules.list",
    ],
)
def test_a_bad_slug_raises_when_the_method_is_called_with_one_message(h: Harness, call: Any) -> None:
    rec = recorder()
    client = h.client(rec)
    for _ in range(2):
        # Every generated method checks its arguments when it is called, sync and async alike
        # (an async one raises before any coroutine exists to await).
        with pytest.raises(InvalidProjectSlug) as raised:
            call(client)
        assert str(raised.value) == SLUG_MESSAGE
    assert rec.count == 0


def test_an_async_body_error_raises_at_the_call_not_at_the_await() -> None:
    rec = recorder()
    client = Harness(is_async=True).client(rec)
    with pytest.raises(RequestValidationError, match=r"body\.checkout\.branch"):
        client.pipelines.run("gh/acme/api", checkout={"branch": 7})
    assert rec.count == 0


def test_a_bad_path_argument_of_a_paginated_method_raises_at_the_call(h: Harness) -> None:
    client = h.client(recorder())
    with pytest.raises(RequestValidationError, match="must not be empty"):
        client.pipelines.workflows("")


def test_reading_an_operation_twice_gives_the_same_bound_method(h: Harness) -> None:
    client = h.client(recorder())
    assert client.pipelines.get is client.pipelines.get
    assert client.contexts.restrictions is client.contexts.restrictions
    assert "get" not in vars(client.pipelines)  # nothing in the instance hides the class
