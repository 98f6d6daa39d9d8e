"""The four operations CircleCI dropped from its 2026-08 document stay, deprecated, and say so.

createProjectFromVcs, getJobDetails, getJobArtifacts and getTests are carried over by fixes
(openapi/fixes/005-008).  Calling one sends exactly the request it sent before and raises one
``DeprecationWarning`` per client saying CircleCI removed it from its published document, naming the
replacement where there is one.  The five operations the document added are on the client, typed.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI
from circleci_api.pagination import SyncPaginator
from circleci_api_generated._operations import OPERATIONS

from .helpers import TOKEN, Recorder, run_async
from .test_deprecations import deprecations, method_of, recorded

ROOT = Path(__file__).resolve().parents[2]
REMOVED_TEXT = "CircleCI removed it from its published API document"
JOB_ID = "0b8c4a5c-b2f0-4bb4-8bd9-b2a4a0f1e6c5"
JOB_DETAILS = {
    "number": 7,
    "name": "build",
    "status": "success",
    "web_url": "https://app.circleci.com/jobs/7",
    "project": {"slug": "gh/acme/api", "name": "api", "external_url": "https://github.com/acme/api"},
    "organization": {"name": "acme"},
    "pipeline": {"id": "5034460f-c7c4-4c43-9457-de07e2029e7b"},
    "latest_workflow": {"id": "5034460f-c7c4-4c43-9457-de07e2029e7c", "name": "main"},
    "duration": 10,
    "executor": {"type": "docker", "resource_class": "medium"},
    "messages": [],
    "contexts": [],
    "parallelism": 1,
    "parallel_runs": [],
    "created_at": "2025-01-01T00:00:00Z",
    "queued_at": "2025-01-01T00:00:00Z",
    "started_at": "2025-01-01T00:00:01Z",
    "stopped_at": "2025-01-01T00:00:11Z",
}
PAGE: dict[str, Any] = {"items": [], "next_page_token": None}

KEPT = {
    # operationId: (client method, args, method, path sent, body the fake server answers with)
    "getJobDetails": (
        "jobs.get",
        ("gh/acme/api", 7),
        "GET",
        "/api/v2/project/gh%2Facme%2Fapi/job/7",
        JOB_DETAILS,
    ),
    "getJobArtifacts": (
        "jobs.artifacts",
        ("gh/acme/api", 7),
        "GET",
        "/api/v2/project/gh%2Facme%2Fapi/7/artifacts",
        PAGE,
    ),
    "getTests": ("jobs.tests", ("gh/acme/api", 7), "GET", "/api/v2/project/gh%2Facme%2Fapi/7/tests", PAGE),
    "createProjectFromVcs": (
        "projects.create_from_vcs",
        ("gh/acme/api",),
        "POST",
        "/api/v2/project/gh/acme/api",
        {"advanced": {}},
    ),
}


def call_twice(clients: str, recorder: Recorder, name: str, args: tuple[Any, ...]) -> list[str]:
    """Call ``client.<name>(*args)`` twice on one client (lists read to the end); the warnings."""
    with recorded() as caught:
        if clients == "sync":
            with recorder.sync_client() as client:
                for _ in range(2):
                    result = method_of(client, name)(*args)
                    if isinstance(result, SyncPaginator):
                        list(result)
        else:

            async def use() -> None:
                async with recorder.async_client() as client:
                    for _ in range(2):
                        await method_of(client, name)(*args)  # a paginator awaited reads its first page

            run_async(use)
    return deprecations(caught)


def vendored() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))
    return data


def test_the_four_are_gone_from_the_vendored_document_but_on_the_client() -> None:
    routes = {
        (method.upper(), path)
        for path, item in vendored()["paths"].items()
        for method in item
        if method in ("get", "post", "put", "delete", "patch")
    }
    for operation_id in KEPT:
        info = OPERATIONS[operation_id]
        assert (info.method, info.path) not in routes, operation_id
        assert info.deprecated
        assert info.removed_from_document
    assert OPERATIONS["getJobDetails"].replaced_by == "getJob"
    assert OPERATIONS["createProjectFromVcs"].replaced_by == "createProject"
    assert not any(info.removed_from_document for name, info in OPERATIONS.items() if name not in KEPT)


@pytest.mark.parametrize("clients", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(KEPT))
def test_a_kept_operation_sends_what_it_sent_and_warns_on_every_call(clients: str, operation_id: str) -> None:
    name, args, method, path, body = KEPT[operation_id]
    status = 201 if method == "POST" else 200
    recorder = Recorder(status=status, body=body)
    messages = call_twice(clients, recorder, name, args)
    assert [(r.method, r.url.raw_path.decode()) for r in recorder.requests] == [(method, path)] * 2
    # Warnings go through the warnings module on every call; the filters decide how often they show.
    assert len(messages) == 2, messages
    assert messages[0] == messages[1]
    message = messages[0]
    assert REMOVED_TEXT in message
    assert f"{operation_id} (client.{name}, {OPERATIONS[operation_id].method} " in message
    replacement = OPERATIONS[operation_id].replaced_by
    if replacement:
        info = OPERATIONS[replacement]
        assert (
            f"use client.{info.client_method} instead ({replacement}, {info.method} {info.path})" in message
        )
    else:
        assert "instead" not in message


def test_job_details_name_get_job_as_the_replacement() -> None:
    recorder = Recorder(body=JOB_DETAILS)
    messages = call_twice("sync", recorder, "jobs.get", ("gh/acme/api", 7))
    assert messages == 2 * [
        "getJobDetails (client.jobs.get, GET /project/{project-slug}/job/{job-number}) is deprecated: "
        "CircleCI removed it from its published API document; this library keeps it for servers that "
        "still answer it; use client.jobs.get_by_id instead (getJob, GET /jobs/{job_id})"
    ]


def test_the_warning_points_at_the_callers_line() -> None:
    recorder = Recorder(body=JOB_DETAILS)
    with recorded() as caught, recorder.sync_client() as client:
        client.jobs.get("gh/acme/api", 7)
    (warning,) = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert warning.filename == __file__


NEW = {
    "getJob": ("jobs.get_by_id", "GET", "/jobs/{job_id}"),
    "getOrganization": ("organizations.get", "GET", "/organization/{org-slug-or-id}"),
    "listOtelExporters": ("otel.exporters.list", "GET", "/otel/exporters"),
    "createOtelExporter": ("otel.exporters.create", "POST", "/otel/exporters"),
    "deleteOtelExporter": ("otel.exporters.delete", "DELETE", "/otel/exporters/{otel_exporter_id}"),
}


@pytest.mark.parametrize("operation_id", sorted(NEW))
def test_the_five_new_operations_are_named_and_documented(operation_id: str) -> None:
    client_method, method, path = NEW[operation_id]
    info = OPERATIONS[operation_id]
    assert (info.client_method, info.method, info.path) == (client_method, method, path)
    assert not info.deprecated
    docs = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    assert f"| `{operation_id}` | `{method} {path}` | `client.{client_method}()` | " in docs


def test_get_job_returns_a_typed_job_sync_and_async() -> None:
    body = {"id": JOB_ID, "name": "build", "status": "success", "number": 7, "project_slug": "gh/acme/api"}
    recorder = Recorder(body=body)
    with recorder.sync_client() as client:
        job = client.jobs.get_by_id(JOB_ID)
        again = client.jobs.get_by_id(JOB_ID)
    assert type(job).__name__ == "GetJobResponse"
    assert job.name == again.name == "build"
    assert recorder.requests[0].url.raw_path.decode() == f"/api/v2/jobs/{JOB_ID}"

    async def use() -> Any:
        async with recorder.async_client() as client:
            return await client.jobs.get_by_id(JOB_ID)

    assert run_async(use).name == "build"


def test_otel_exporters_list_create_delete() -> None:
    exporter = {
        "id": "2f3c0b44-8d3a-4d83-9a30-4b3c2f4a5e61",
        "org_id": "7c4bb6c5-1b5c-4c3e-9d2e-1b0c7b9c0f11",
        "endpoint": "otel.example.invalid:4317",
        "protocol": "grpc",
        "headers": {},
    }
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "DELETE":
            return httpx.Response(204)
        if request.method == "POST":
            return httpx.Response(201, json=exporter)
        return httpx.Response(200, json=[exporter])

    transport = httpx.MockTransport(answer)
    with CircleCI(TOKEN, http_client=httpx.Client(transport=transport)) as client, warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # new operations are not deprecated
        created = client.otel.exporters.create(
            org_id=exporter["org_id"], endpoint=exporter["endpoint"], protocol="grpc"
        )
        listed = client.otel.exporters.list(org_id=exporter["org_id"])
        assert client.otel.exporters.delete(exporter["id"]) is None
    assert created.endpoint == exporter["endpoint"]
    assert created.protocol is not None
    assert created.protocol.value == "grpc"
    assert [item.id for item in listed] == [exporter["id"]]
    assert json.loads(sent[0].content) == {
        "org_id": exporter["org_id"],
        "endpoint": exporter["endpoint"],
        "protocol": "grpc",
    }
    assert sent[1].url.params["org-id"] == exporter["org_id"]
    assert sent[2].url.raw_path.decode() == f"/api/v2/otel/exporters/{exporter['id']}"


def test_async_client_has_the_new_namespaces() -> None:
    async def use() -> None:
        async with AsyncCircleCI(
            TOKEN,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(204))),
        ) as client:
            assert await client.otel.exporters.delete("x") is None

    run_async(use)
