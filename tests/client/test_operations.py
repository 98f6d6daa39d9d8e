"""Every operation is reachable on both clients, and bound operations describe themselves.

The ``assert_type`` lines are checked by ``mypy --strict tests/client`` (they are no-ops at run time):
they prove that mypy sees the generated signatures through the resource layer.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import uuid
from typing import Any, assert_type

import pytest

from circleci_api import AsyncCircleCI, AsyncPaginator, CircleCI, SyncPaginator
from circleci_api._resource import BoundOperation
from circleci_api.models import (
    Context,
    ContextRestriction,
    MessageResponse,
    Pipeline,
    PipelineRunCreated,
    ProjectSettings,
    UsageExportJob,
)
from circleci_api_generated._operations import OPERATIONS
from tests.client.conftest import TOKEN, Harness, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"


def loose(path: str) -> str:
    return re.sub(r"[^a-z0-9/{}]", "", path.lower())


def resolve(client: Any, dotted: str) -> Any:
    target = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


@pytest.mark.parametrize("cls", [CircleCI, AsyncCircleCI])
def test_all_115_operations_are_reachable(cls: type[CircleCI] | type[AsyncCircleCI]) -> None:
    client = cls(token=TOKEN)
    assert len(OPERATIONS) == 115  # the 111 of CircleCI's document and 4 that fixes carry over
    bound = 0
    for info in OPERATIONS.values():
        method = resolve(client, info.client_method)
        assert callable(method), info.client_method
        if isinstance(method, BoundOperation):
            bound += 1
            # The path names its parameters as the Python arguments do ({owner_id} for {ownerID}).
            prefix = f"<bound operation {info.operation_id}: {info.method} "
            text = repr(method)
            assert text.startswith(prefix), text
            assert loose(text[len(prefix) : -1]) == loose(info.path), text
        if cls is AsyncCircleCI and info.client_method.rsplit(".", 1)[0] != "pipelines":
            # Paginated operations return an AsyncPaginator; the rest return a coroutine to await
            # (generated ones check their arguments first, hand-written helpers are ``async def``).
            returns = str(inspect.signature(method).return_annotation)
            assert (
                inspect.iscoroutinefunction(method)
                or "Paginator" in returns
                or returns.startswith("Coroutine[")
            ), info.client_method
    assert bound >= 100  # a few are hand-written helpers that wrap the generated function


def test_bound_operation_repr_doc_and_signature(h: Harness) -> None:
    client = h.client(recorder())
    get = client.pipelines.get
    assert repr(get) == "<bound operation getPipelineById: GET /pipeline/{pipeline_id}>"
    assert get.__name__ == "get"
    assert get.__doc__ is not None
    assert "getPipelineById: GET /pipeline/{pipeline_id}" in get.__doc__
    assert list(inspect.signature(get).parameters) == [
        "pipeline_id",
        "extra_headers",
        "extra_query",
        "timeout",
    ]
    assert get is client.pipelines.get  # bound once per namespace
    nested = client.contexts.restrictions.create
    assert repr(nested) == (
        "<bound operation createContextRestriction: POST /context/{context_id}/restrictions>"
    )
    assert list(inspect.signature(nested).parameters) == [
        "context_id",
        "restriction_type",
        "restriction_value",
        "project_id",
        "extra_headers",
        "extra_query",
        "timeout",
    ]
    assert str(inspect.signature(get).return_annotation).startswith("Coroutine[") is h.is_async
    assert repr(type(client.pipelines).get) == "<operation getPipelineById: GET /pipeline/{pipeline_id}>"


def test_bound_operations_of_two_clients_stay_apart(h: Harness) -> None:
    first, second = recorder(reply(200, {"id": "a"})), recorder(reply(200, {"id": "b"}))
    one, two = h.client(first), h.client(second, token="other-token")
    assert h.run(one.pipelines.get("a")).id == "a"
    assert h.run(two.pipelines.get("b")).id == "b"
    assert first.last.headers["Circle-Token"] == TOKEN
    assert second.last.headers["Circle-Token"] == "other-token"


def test_sync_results_have_the_types_mypy_sees() -> None:
    rec = recorder(
        reply(200, {"id": PIPELINE_ID}),
        reply(201, {"id": "p", "number": 1}),
        reply(201, {"id": "r"}),
        reply(200, {"advanced": {}}),
        reply(200, {"items": [], "next_page_token": None}),
        reply(201, {"usage_export_job_id": "u"}),
    )
    h = Harness(is_async=False)
    client: CircleCI = h.client(rec)
    pipeline = assert_type(client.pipelines.get(uuid.UUID(PIPELINE_ID)), Pipeline)
    assert isinstance(pipeline, Pipeline)
    run = assert_type(client.pipelines.run("gh/acme/api"), MessageResponse | PipelineRunCreated)
    assert isinstance(run, PipelineRunCreated)
    restriction = assert_type(
        client.contexts.restrictions.create("c", restriction_type="project", restriction_value="p"),
        ContextRestriction,
    )
    assert isinstance(restriction, ContextRestriction)
    assert isinstance(assert_type(client.projects.settings.get("gh/a/b"), ProjectSettings), ProjectSettings)
    contexts = assert_type(client.contexts.list(owner_id="o"), SyncPaginator[Context])
    assert list(contexts) == []
    import datetime as dt

    start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    job = assert_type(client.usage.create_export("o", start=start, end=start), UsageExportJob)
    assert isinstance(job, UsageExportJob)


def test_async_results_have_the_types_mypy_sees() -> None:
    rec = recorder(reply(200, {"id": PIPELINE_ID}), reply(200, {"message": "skipped"}))
    h = Harness(is_async=True)
    client: AsyncCircleCI = h.client(rec)

    async def main() -> None:
        pipeline = assert_type(await client.pipelines.get(PIPELINE_ID), Pipeline)
        assert isinstance(pipeline, Pipeline)
        run = assert_type(await client.pipelines.run("gh/acme/api"), MessageResponse | PipelineRunCreated)
        assert isinstance(run, MessageResponse)
        assert_type(client.contexts.list(owner_id="o"), AsyncPaginator[Context])

    asyncio.run(main())
