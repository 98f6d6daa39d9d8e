"""Every operation of the vendored document, called through ``circleci_api`` against Prism.

Each pass has ONE client per flavour, shared by every operation, and calls each operation at least
twice through it with the same arguments: the requests must be identical (and, against the static
mock, the results equal), as a script reusing its client expects.
Static pass: two calls per operation and client flavour; Prism must accept the request (no
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
from collections.abc import AsyncIterator, Iterator
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
    """Deprecated operations warn (on every call) naming themselves."""
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


@dataclass
class Shared:
    """One client of one flavour, shared by every operation of a pass, and what it received."""

    client: Any
    recorder: Recorder


def _sent(response: httpx.Response) -> tuple[str, str, bytes]:
    request = response.request
    return (request.method, str(request.url), request.content)


def _value(result: Any) -> Any:
    """What a call returned, for checking: a paginator's first page's response, else the result."""
    if isinstance(result, SyncPaginator):
        return result.first_page().response
    if hasattr(result, "first_page"):  # a one-page list: it iterates over its items
        assert list(result) == result.first_page().items
    return result


def check_same_twice(operation_id: str, sent: list[tuple[str, str, bytes]], values: list[Any]) -> None:
    """Every call of one operation with the same arguments sent the same request; against the
    static mock (same payload every time) the results are equal too."""
    assert len(set(sent)) == 1, f"{operation_id}: the calls sent different requests: {sent}"
    assert len(values) >= 2


def run_sync(
    shared: Shared, operation_id: str, case: Case, times: int, headers: dict[str, str] | None = None
) -> list[Any]:
    """Call the operation ``times`` times on the shared sync client; return the checked values."""
    recorder = shared.recorder
    sent: list[tuple[str, str, bytes]] = []
    values: list[Any] = []
    with expected_warnings(operation_id):
        method = method_of(shared.client, operation_id)
        for _ in range(times):
            recorder.responses.clear()
            try:
                value = _value(method(*case.args, **case.kwargs))
            except Exception as exc:
                pytest.fail(failure_context(operation_id, recorder, exc), pytrace=False)
            check_exchange(operation_id, value, recorder)
            if headers:
                assert headers["Prefer"] == f"code={recorder.last().status_code}"
            sent.append(_sent(recorder.responses[0]))
            values.append(value)
    check_same_twice(operation_id, sent, values)
    return values


async def run_async(shared: Shared, operation_id: str, case: Case, times: int) -> list[Any]:
    """Async twin of ``run_sync``."""
    recorder = shared.recorder
    sent: list[tuple[str, str, bytes]] = []
    values: list[Any] = []
    with expected_warnings(operation_id):
        method = method_of(shared.client, operation_id)
        for _ in range(times):
            recorder.responses.clear()
            try:
                result = method(*case.args, **case.kwargs)
                if isinstance(result, AsyncPaginator):
                    value = (await result).response
                else:
                    value = _value(await result)
            except Exception as exc:
                pytest.fail(failure_context(operation_id, recorder, exc), pytrace=False)
            check_exchange(operation_id, value, recorder)
            sent.append(_sent(recorder.responses[0]))
            values.append(value)
    check_same_twice(operation_id, sent, values)
    return values


def same_results(values: list[Any]) -> bool:
    """Whether the static mock's answers parsed to the same thing each time."""
    dumped = [v.to_dict() if hasattr(v, "to_dict") else v for v in values]
    return all(d == dumped[0] for d in dumped)


# --------------------------------------------------------------------------- the shared clients

#: Every pass calls each operation at least this often through its one shared client.
CALLS = 2


@pytest.fixture(scope="module")
def static_sync(prism_static: PrismServer) -> Iterator[Shared]:
    """The one sync client of the static pass."""
    recorder = Recorder()
    with sync_client(prism_static, recorder) as client:
        yield Shared(client, recorder)


@pytest.fixture(scope="module")
def dynamic_sync(prism_dynamic: PrismServer) -> Iterator[Shared]:
    """The one sync client of the dynamic pass."""
    recorder = Recorder()
    with sync_client(prism_dynamic, recorder) as client:
        yield Shared(client, recorder)


async def _async_shared(server: PrismServer) -> AsyncIterator[Shared]:
    recorder = Recorder()
    client, http = async_client(server, recorder)
    try:
        yield Shared(client, recorder)
    finally:
        await client.close()
        await http.aclose()


@pytest.fixture(scope="module")
async def static_async(prism_static: PrismServer, anyio_backend: Any) -> AsyncIterator[Shared]:
    """The one async client of the static pass (on the module's event loop, which anyio keeps
    while this fixture lives)."""
    async for shared in _async_shared(prism_static):
        yield shared


@pytest.fixture(scope="module")
async def dynamic_async(prism_dynamic: PrismServer, anyio_backend: Any) -> AsyncIterator[Shared]:
    """The one async client of the dynamic pass."""
    async for shared in _async_shared(prism_dynamic):
        yield shared


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
    assert len(vendored) == len(built) == len(OPERATIONS)
    assert set(OPERATIONS) == built
    assert sorted(set(OPERATIONS) - set(CASES)) == [], "operations without contract arguments"
    assert sorted(set(CASES) - set(OPERATIONS)) == [], "contract arguments for unknown operations"


# --------------------------------------------------------------------------- the passes


@pytest.mark.contract
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_static_sync(static_sync: Shared, operation_id: str, record_property: Any) -> None:
    values = run_sync(static_sync, operation_id, CASES[operation_id], CALLS)
    assert same_results(values), f"{operation_id}: the same static answer parsed differently"
    record_property("contract", json.dumps(["static", operation_id, len(values)]))


@pytest.mark.contract
@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_static_async(static_async: Shared, operation_id: str, record_property: Any) -> None:
    values = await run_async(static_async, operation_id, CASES[operation_id], CALLS)
    assert same_results(values), f"{operation_id}: the same static answer parsed differently"
    record_property("contract", json.dumps(["static", operation_id, len(values)]))


@pytest.mark.contract
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_dynamic_sync(dynamic_sync: Shared, operation_id: str, record_property: Any) -> None:
    values = run_sync(dynamic_sync, operation_id, CASES[operation_id], max(PAYLOADS, CALLS))
    record_property("contract", json.dumps(["dynamic", operation_id, len(values)]))


@pytest.mark.contract
@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", OPERATION_IDS)
async def test_dynamic_async(dynamic_async: Shared, operation_id: str, record_property: Any) -> None:
    values = await run_async(dynamic_async, operation_id, CASES[operation_id], max(PAYLOADS, CALLS))
    record_property("contract", json.dumps(["dynamic", operation_id, len(values)]))


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
    times = CALLS if mode == "static" else max(PAYLOADS, CALLS)
    prefer = {"Prefer": f"code={status}"}  # a header of the client: this test has its own
    recorder = Recorder()
    with sync_client(server, recorder, prefer) as client:
        values = run_sync(Shared(client, recorder), operation_id, CASES[operation_id], times, prefer)
    record_property("contract", json.dumps([mode, operation_id, len(values)]))
