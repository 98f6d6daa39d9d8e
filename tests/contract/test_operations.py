"""Every operation of the vendored document, called through ``circleci_api`` against Prism.

Static pass: one call per operation and client flavour; Prism must accept the request (no
``sl-violations`` at all, not even warnings) and the strict client must parse the response.
Dynamic pass: Prism invents a new schema-conforming payload per request (nulls, empty arrays,
extra keys, odd numbers and dates); several per operation must parse strictly.  In both passes
every field of the result is read and must have its declared Python type (see ``walk``).

``CIRCLECI_CONTRACT_PAYLOADS`` sets the number of dynamic payloads per operation and flavour
(default 2, so 4 per operation); raise it to hunt for rare corners locally.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import ssl
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI
from circleci_api._endpoint import Endpoint
from circleci_api.pagination import AsyncPaginator, SyncPaginator
from circleci_api_generated._operations import OPERATIONS
from tests.contract.cases import CASES, Case
from tests.contract.prism import PrismServer
from tests.contract.walk import untyped_values

OPERATION_IDS = sorted(OPERATIONS)
PAYLOADS = int(os.environ.get("CIRCLECI_CONTRACT_PAYLOADS", "2"))
if PAYLOADS < 1:
    raise ValueError(f"CIRCLECI_CONTRACT_PAYLOADS must be at least 1, got {PAYLOADS}")
TOKEN = "contract-test-token"
# One TLS context for every test client: building one per client costs ~30 ms (nothing here uses TLS).
_TLS = ssl.create_default_context()


# --------------------------------------------------------------------------- recording exchanges


@dataclass
class Recorder:
    """Keeps every response the client received (httpx event hook), for violations and messages."""

    responses: list[httpx.Response] = field(default_factory=list)

    def on_response(self, response: httpx.Response) -> None:
        self.responses.append(response)

    async def on_response_async(self, response: httpx.Response) -> None:
        self.responses.append(response)

    def violations(self) -> list[str]:
        return [
            f"{r.request.method} {r.request.url.raw_path.decode()}: {r.headers['sl-violations']}"
            for r in self.responses
            if "sl-violations" in r.headers
        ]

    def last(self) -> httpx.Response:
        assert self.responses, "the client sent no request"
        return self.responses[-1]

    def last_body(self) -> str:
        try:
            return self.last().text
        except httpx.ResponseNotRead:
            return "(body not read)"


@contextmanager
def sync_client(
    server: PrismServer, recorder: Recorder, headers: dict[str, str] | None = None
) -> Iterator[CircleCI]:
    http = httpx.Client(verify=_TLS, headers=headers, event_hooks={"response": [recorder.on_response]})
    try:
        yield CircleCI(token=TOKEN, base_url=server.base_url, strict=True, max_retries=0, http_client=http)
    finally:
        http.close()


def async_client(server: PrismServer, recorder: Recorder) -> tuple[AsyncCircleCI, httpx.AsyncClient]:
    http = httpx.AsyncClient(verify=_TLS, event_hooks={"response": [recorder.on_response_async]})
    client = AsyncCircleCI(
        token=TOKEN, base_url=server.base_url, strict=True, max_retries=0, http_client=http
    )
    return client, http


# --------------------------------------------------------------------------- calling and checking


def method_of(client: CircleCI | AsyncCircleCI, operation_id: str) -> Any:
    """``client.projects.checkout_keys.create`` for ``createCheckoutKey`` (from the operations table)."""
    return functools.reduce(getattr, OPERATIONS[operation_id].client_method.split("."), client)


def endpoint_of(operation_id: str) -> Endpoint:
    endpoint: Endpoint = importlib.import_module(OPERATIONS[operation_id].module).ENDPOINT
    return endpoint


def expected_warnings(operation_id: str) -> AbstractContextManager[object]:
    """Deprecated operations warn (once per client) naming themselves."""
    if OPERATIONS[operation_id].deprecated:
        return pytest.warns(DeprecationWarning, match=operation_id)
    return nullcontext()


def check_exchange(operation_id: str, value: Any, recorder: Recorder) -> None:
    """No violations on any response; the value has the documented type for the status received."""
    assert recorder.violations() == [], f"{operation_id}: Prism reported violations"
    response = recorder.last()
    endpoint = endpoint_of(operation_id)
    assert response.status_code in endpoint.responses, (
        f"{operation_id}: status {response.status_code} is not documented"
    )
    converter = endpoint.responses[response.status_code]
    if converter is None:
        return
    problems = untyped_values(converter, value, converter.name)
    assert problems == [], (
        f"{operation_id}: parsed values do not have their declared types:\n  "
        + "\n  ".join(problems)
        + f"\npayload: {recorder.last_body()}"
    )


def failure_context(operation_id: str, recorder: Recorder, exc: BaseException) -> str:
    body = recorder.last_body() if recorder.responses else "(no response)"
    return f"{operation_id} failed: {exc}\npayload: {body}"


def run_sync(
    server: PrismServer, operation_id: str, case: Case, times: int, headers: dict[str, str] | None = None
) -> int:
    """Call the operation ``times`` times on one sync client; return the number of payloads checked."""
    recorder = Recorder()
    with sync_client(server, recorder, headers) as client, expected_warnings(operation_id):
        method = method_of(client, operation_id)
        for _ in range(times):
            recorder.responses.clear()
            try:
                result = method(*case.args, **case.kwargs)
                value = result.first_page().response if isinstance(result, SyncPaginator) else result
            except Exception as exc:
                pytest.fail(failure_context(operation_id, recorder, exc), pytrace=False)
            check_exchange(operation_id, value, recorder)
            if headers:
                assert headers["Prefer"] == f"code={recorder.last().status_code}"
    return times


async def run_async(server: PrismServer, operation_id: str, case: Case, times: int) -> int:
    """Async twin of ``run_sync``."""
    recorder = Recorder()
    client, http = async_client(server, recorder)
    try:
        with expected_warnings(operation_id):
            method = method_of(client, operation_id)
            for _ in range(times):
                recorder.responses.clear()
                try:
                    result = method(*case.args, **case.kwargs)
                    if isinstance(result, AsyncPaginator):
                        value = (await result).response
                    else:
                        value = await result
                except Exception as exc:
                    pytest.fail(failure_context(operation_id, recorder, exc), pytrace=False)
                check_exchange(operation_id, value, recorder)
    finally:
        await http.aclose()
    return times


# --------------------------------------------------------------------------- the table itself


def document_operation_ids(spec: dict[str, Any]) -> set[str]:
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def test_every_operation_of_the_vendored_document_has_a_case(
    vendored_spec: dict[str, Any], built_spec: dict[str, Any]
) -> None:
    """A new operation in an updated document fails here until it gets arguments in ``cases.py``."""
    vendored = document_operation_ids(vendored_spec)
    built = document_operation_ids(built_spec)
    kept = {"createProjectFromVcs", "getJobDetails", "getJobArtifacts", "getTests"}  # carried by fixes
    assert vendored | kept == built
    assert set(OPERATIONS) == built
    assert sorted(set(OPERATIONS) - set(CASES)) == [], "operations without contract arguments"
    assert sorted(set(CASES) - set(OPERATIONS)) == [], "contract arguments for unknown operations"


# --------------------------------------------------------------------------- the passes


@pytest.mark.contract
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_static_sync(prism_static: PrismServer, operation_id: str, record_property: Any) -> None:
    run_sync(prism_static, operation_id, CASES[operation_id], 1)
    record_property("contract", json.dumps(["static", operation_id, 1]))


@pytest.mark.contract
@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_static_async(prism_static: PrismServer, operation_id: str, record_property: Any) -> None:
    await run_async(prism_static, operation_id, CASES[operation_id], 1)
    record_property("contract", json.dumps(["static", operation_id, 1]))


@pytest.mark.contract
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_dynamic_sync(prism_dynamic: PrismServer, operation_id: str, record_property: Any) -> None:
    parsed = run_sync(prism_dynamic, operation_id, CASES[operation_id], PAYLOADS)
    record_property("contract", json.dumps(["dynamic", operation_id, parsed]))


@pytest.mark.contract
@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_dynamic_async(prism_dynamic: PrismServer, operation_id: str, record_property: Any) -> None:
    parsed = await run_async(prism_dynamic, operation_id, CASES[operation_id], PAYLOADS)
    record_property("contract", json.dumps(["dynamic", operation_id, parsed]))


def success_statuses() -> list[tuple[str, int]]:
    """(operationId, status) for operations that document more than one 2xx response."""
    return [
        (operation_id, status)
        for operation_id in OPERATION_IDS
        if len(statuses := sorted(endpoint_of(operation_id).responses)) > 1
        for status in statuses
    ]


@pytest.mark.contract
@pytest.mark.parametrize("mode", ["static", "dynamic"])
@pytest.mark.parametrize(("operation_id", "status"), success_statuses())
def test_every_documented_success_status(
    request: pytest.FixtureRequest, mode: str, operation_id: str, status: int, record_property: Any
) -> None:
    """Prism answers the lowest 2xx unless asked (``Prefer: code=...``): the others parse too."""
    server: PrismServer = request.getfixturevalue(f"prism_{mode}")
    times = 1 if mode == "static" else PAYLOADS
    parsed = run_sync(server, operation_id, CASES[operation_id], times, {"Prefer": f"code={status}"})
    record_property("contract", json.dumps([mode, operation_id, parsed]))
