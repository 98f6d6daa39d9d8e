"""Faults injected by a real server on 127.0.0.1, sync and async.

Connection resets, closed connections, read timeouts, truncated bodies, 502 HTML pages, 429 storms
with and without Retry-After, slow answers and a port nobody listens on.  The client must retry
within its rules (GET/PUT/DELETE: 408, 429, 5xx and connection failures; POST/PATCH: 429 and
failures before the request was sent), never send a POST twice once it reached the server, give up
with the right typed error, and leave no connection behind, even after 1,000 failing calls.

Retries wait through the client's ``sleep`` argument, which records the delays instead of sleeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from circleci_api import (
    APIConnectionError,
    APITimeoutError,
    AsyncCircleCI,
    CircleCI,
    CircleCIError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from tests.hostile.conftest import TOKEN, Leaks
from tests.hostile.server import (
    CLOSE,
    HANG,
    RESET,
    SLOW,
    TRUNCATE,
    Answer,
    MisbehavingServer,
    Request,
    free_port,
    json_answer,
)

PIPELINE = {"id": "5034460f-c7c4-4c43-9457-de07e2029e7b", "number": 1}
OK = json_answer(200, PIPELINE)
CREATED = json_answer(201, PIPELINE)
HTML_502 = Answer(
    status=502,
    body=b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
    headers=(("Content-Type", "text/html"),),
)
RETRIES = 2
NO_JITTER = RetryPolicy(jitter=0)

#: One operation per HTTP method (the server answers all of them the same way).
CALLS: dict[str, Callable[[Any], Any]] = {
    "GET": lambda c: c.pipelines.get("p1"),
    "PUT": lambda c: c.contexts.env_vars.set("ctx", "NAME", value="v"),
    "DELETE": lambda c: c.contexts.delete("ctx"),
    "POST": lambda c: c.pipelines.trigger("gh/acme/api", branch="main"),
    "PATCH": lambda c: c.triggers.update("p", "t", disabled=True),
}
IDEMPOTENT = ("GET", "PUT", "DELETE")
UNSAFE = ("POST", "PATCH")


@dataclass
class Flavor:
    """Builds sync or async clients against a server; records retry delays instead of sleeping."""

    is_async: bool
    sleeps: list[float] = field(default_factory=list)

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def client(self, base_url: str, **kwargs: Any) -> Any:
        kwargs.setdefault("max_retries", RETRIES)
        kwargs.setdefault("timeout", 5.0)
        kwargs.setdefault("retry_policy", NO_JITTER)
        if self.is_async:

            async def record(seconds: float) -> None:
                self.sleeps.append(seconds)

            return AsyncCircleCI(TOKEN, base_url=base_url, sleep=record, **kwargs)
        return CircleCI(TOKEN, base_url=base_url, sleep=self.sleeps.append, **kwargs)

    def call(self, client: Any, method: str) -> Any:
        """One call, awaited if the client is async; the client is closed afterwards."""
        if self.is_async:

            async def run() -> Any:
                try:
                    return await CALLS[method](client)
                finally:
                    await client.close()

            return asyncio.run(run())
        try:
            return CALLS[method](client)
        finally:
            client.close()


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> Flavor:
    return Flavor(bool(request.param))


class Script:
    """Answers from a list, repeating the last one; thread-safe enough for one client at a time."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = answers
        self.index = 0

    def __call__(self, request: Request) -> Answer:
        answer = self.answers[min(self.index, len(self.answers) - 1)]
        self.index += 1
        return answer


class ScriptedServer(MisbehavingServer):
    """One server for the module; each test gives it a new script and fresh counts."""

    def __init__(self) -> None:
        self.script = Script(OK)
        super().__init__(lambda request: self.script(request))


@pytest.fixture(scope="module")
def shared_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def server(shared_server: ScriptedServer) -> Iterator[ScriptedServer]:
    shared_server.open_connections()  # let the previous test's connections close
    yield shared_server
    shared_server.script = Script(OK)


def scripted(server: ScriptedServer, *answers: Answer) -> None:
    server.script = Script(*answers)
    server.reset_counts()


def expect_error(flavor: Flavor, client: Any, method: str, error: type[CircleCIError]) -> CircleCIError:
    with pytest.raises(error) as info:
        flavor.call(client, method)
    Leaks.current().exception(info.value)
    return info.value


# --------------------------------------------------------------------------- connection faults

CONNECTION_FAULTS = {
    "reset": Answer(RESET),
    "closed": Answer(CLOSE),
    "truncated": Answer(TRUNCATE, body=b'{"id": "' + b"x" * 300 + b'"}'),
}


@pytest.mark.parametrize("fault", list(CONNECTION_FAULTS))
@pytest.mark.parametrize("method", IDEMPOTENT)
def test_idempotent_calls_retry_connection_faults_then_give_up(
    flavor: Flavor, server: ScriptedServer, fault: str, method: str
) -> None:
    scripted(server, CONNECTION_FAULTS[fault])
    error = expect_error(flavor, flavor.client(server.base_url), method, APIConnectionError)
    assert not isinstance(error, APITimeoutError)
    assert server.count(method) == RETRIES + 1
    assert flavor.sleeps == [0.5, 1.0]
    assert server.open_connections() == 0


@pytest.mark.parametrize("fault", list(CONNECTION_FAULTS))
@pytest.mark.parametrize("method", UNSAFE)
def test_a_post_that_reached_the_server_is_never_sent_again(
    flavor: Flavor, server: ScriptedServer, fault: str, method: str
) -> None:
    scripted(server, CONNECTION_FAULTS[fault])
    expect_error(flavor, flavor.client(server.base_url, max_retries=5), method, APIConnectionError)
    assert server.count(method) == 1
    assert flavor.sleeps == []


@pytest.mark.parametrize("fault", list(CONNECTION_FAULTS))
def test_a_fault_then_success_recovers(flavor: Flavor, server: ScriptedServer, fault: str) -> None:
    scripted(server, CONNECTION_FAULTS[fault], OK)
    pipeline = flavor.call(flavor.client(server.base_url), "GET")
    assert pipeline.id == PIPELINE["id"]
    assert server.count("GET") == 2


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
def test_a_refused_connection_is_retried_for_every_method(flavor: Flavor, method: str) -> None:
    """Nothing listens, so nothing was sent: even a POST may be tried again."""
    client = flavor.client(f"http://127.0.0.1:{free_port()}/api/v2")
    expect_error(flavor, client, method, APIConnectionError)
    assert flavor.sleeps == [0.5, 1.0]


# --------------------------------------------------------------------------- timeouts and slow answers


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_server_that_never_answers_times_out(flavor: Flavor, server: ScriptedServer, method: str) -> None:
    scripted(server, Answer(HANG))
    client = flavor.client(server.base_url, timeout=0.2)
    expect_error(flavor, client, method, APITimeoutError)
    assert server.count(method) == (RETRIES + 1 if method == "GET" else 1)
    assert server.open_connections() == 0


def test_a_slow_answer_within_the_timeout_is_not_an_error(flavor: Flavor, server: ScriptedServer) -> None:
    scripted(server, Answer(SLOW, body=OK.body, headers=OK.headers, delay=0.2))
    pipeline = flavor.call(flavor.client(server.base_url, timeout=3.0), "GET")
    assert pipeline.id == PIPELINE["id"]
    assert server.count() == 1
    assert flavor.sleeps == []


def test_a_body_slower_than_the_read_timeout_is_a_timeout(flavor: Flavor, server: ScriptedServer) -> None:
    body = b'{"id": "' + b"x" * 64 + b'"}'  # trickles out 8 bytes at a time, 0.1 s apart
    scripted(server, Answer(SLOW, body=body, headers=OK.headers, delay=0.4))
    expect_error(flavor, flavor.client(server.base_url, timeout=0.2, max_retries=1), "GET", APITimeoutError)
    assert server.count() == 2


def _in_flavor(flavor: Flavor, client: Any, calls: Callable[[Any], Any]) -> list[Any]:
    """Run ``calls(client)`` (a list of thunks, each one call) in order; each outcome or error."""
    outcomes: list[Any] = []

    async def run_async() -> None:
        for thunk in calls(client):
            try:
                outcomes.append(await thunk())
            except CircleCIError as exc:
                outcomes.append(exc)
        await client.close()

    if flavor.is_async:
        asyncio.run(run_async())
        return outcomes
    for thunk in calls(client):
        try:
            outcomes.append(thunk())
        except CircleCIError as exc:
            outcomes.append(exc)
    client.close()
    return outcomes


def test_per_call_timeouts_override_the_library_clients_own_and_do_not_stick(
    flavor: Flavor, server: ScriptedServer
) -> None:
    """The library's own httpx client carries the client's timeout; a call's or a copy's must still win."""
    late = Answer(body=OK.body, headers=OK.headers, delay=0.6)  # the whole answer, 0.6 s late
    scripted(server, late)
    slow_ok = flavor.client(server.base_url, timeout=5.0, max_retries=0)
    first, copy_call, plain, second = _in_flavor(
        flavor,
        slow_ok,
        lambda c: [
            lambda: c.pipelines.get("p1", timeout=0.2),
            lambda: c.with_options(timeout=0.2).pipelines.get("p1"),
            lambda: c.pipelines.get("p1"),  # the client's 5 s again
            lambda: c.pipelines.get("p1", timeout=0.2),
        ],
    )
    assert isinstance(first, APITimeoutError)
    assert isinstance(copy_call, APITimeoutError)
    assert plain.id == PIPELINE["id"]
    assert isinstance(second, APITimeoutError)

    scripted(server, late)
    impatient = flavor.client(server.base_url, timeout=0.2, max_retries=0)
    patient, short = _in_flavor(
        flavor,
        impatient,
        lambda c: [lambda: c.pipelines.get("p1", timeout=5.0), lambda: c.pipelines.get("p1")],
    )
    assert patient.id == PIPELINE["id"]
    assert isinstance(short, APITimeoutError)


# --------------------------------------------------------------------------- error statuses


@pytest.mark.parametrize("method", IDEMPOTENT)
def test_a_502_html_page_is_retried_then_raised_with_its_text(
    flavor: Flavor, server: ScriptedServer, method: str
) -> None:
    scripted(server, HTML_502)
    error = expect_error(flavor, flavor.client(server.base_url), method, InternalServerError)
    assert isinstance(error, InternalServerError)
    assert error.status_code == 502
    assert "Bad Gateway" in str(error)
    assert server.count(method) == RETRIES + 1


@pytest.mark.parametrize("method", UNSAFE)
def test_a_502_after_a_post_is_not_retried(flavor: Flavor, server: ScriptedServer, method: str) -> None:
    scripted(server, HTML_502)
    expect_error(flavor, flavor.client(server.base_url, max_retries=5), method, InternalServerError)
    assert server.count(method) == 1


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
def test_a_429_storm_with_retry_after_is_waited_out_then_raised(
    flavor: Flavor, server: ScriptedServer, method: str
) -> None:
    scripted(server, json_answer(429, {"message": "slow down"}, ("Retry-After", "7")))
    error = expect_error(flavor, flavor.client(server.base_url, max_retries=4), method, RateLimitError)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0
    assert server.count(method) == 5
    assert flavor.sleeps == [7.0] * 4


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
def test_a_429_storm_without_retry_after_backs_off_exponentially(
    flavor: Flavor, server: ScriptedServer, method: str
) -> None:
    scripted(server, json_answer(429, {"message": "slow down"}))
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0)
    client = flavor.client(server.base_url, max_retries=5, retry_policy=policy)
    error = expect_error(flavor, client, method, RateLimitError)
    assert isinstance(error, RateLimitError)
    assert error.retry_after is None
    assert flavor.sleeps == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert server.count(method) == 6


def test_a_retry_after_beyond_the_limit_is_not_waited_for(flavor: Flavor, server: ScriptedServer) -> None:
    scripted(server, json_answer(429, {"message": "come back tomorrow"}, ("Retry-After", "86400")))
    error = expect_error(flavor, flavor.client(server.base_url, max_retries=5), "GET", RateLimitError)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 86400.0
    assert server.count() == 1
    assert flavor.sleeps == []


def test_a_429_then_success_sends_a_post_exactly_twice(flavor: Flavor, server: ScriptedServer) -> None:
    scripted(server, json_answer(429, {}, ("Retry-After", "1")), CREATED)
    created = flavor.call(flavor.client(server.base_url), "POST")
    assert created.id == PIPELINE["id"]
    assert server.count("POST") == 2
    assert flavor.sleeps == [1.0]


# --------------------------------------------------------------------------- 1,000 failing calls

#: The faults the leak test cycles through (a hang every 100 calls: each costs a timeout).
LEAK_FAULTS = [
    Answer(RESET),
    Answer(CLOSE),
    Answer(TRUNCATE, body=b'{"id": "' + b"y" * 90 + b'"}'),
    HTML_502,
    json_answer(429, {"message": "no"}),
    json_answer(500, {"message": "boom"}),
    json_answer(404, {"message": "not found"}),
]
FAILING_CALLS = 1_000
#: Only reading may time out (the hangs); connecting and waiting for a pooled connection may not.
LEAK_TIMEOUT = httpx.Timeout(10.0, read=0.25)


def leak_behaviour(request: Request) -> Answer:
    number = int(request.path.rsplit("/", 1)[-1])
    if number % 100 == 99:
        return Answer(HANG)
    return LEAK_FAULTS[number % len(LEAK_FAULTS)]


def test_no_connection_leaks_after_1000_failing_sync_calls(record_property: Any) -> None:
    with MisbehavingServer(leak_behaviour) as server:
        client = CircleCI(TOKEN, base_url=server.base_url, max_retries=0, timeout=LEAK_TIMEOUT)
        errors: dict[str, int] = {}
        for number in range(FAILING_CALLS):
            try:
                client.pipelines.get(str(number))
            except CircleCIError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
        check_after_failures(server, client, errors, record_property)
        client.close()
        assert server.open_connections() == 0


def test_no_connection_leaks_after_1000_failing_async_calls(record_property: Any) -> None:
    errors: dict[str, int] = {}

    async def one(client: AsyncCircleCI, number: int, gate: asyncio.Semaphore) -> None:
        async with gate:
            try:
                await client.pipelines.get(str(number))
            except CircleCIError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1

    async def run(server: MisbehavingServer) -> None:
        client = AsyncCircleCI(TOKEN, base_url=server.base_url, max_retries=0, timeout=LEAK_TIMEOUT)
        gate = asyncio.Semaphore(20)
        await asyncio.gather(*(one(client, number, gate) for number in range(FAILING_CALLS)))
        check_after_failures(server, client, errors, record_property)
        await client.close()

    with MisbehavingServer(leak_behaviour) as server:
        asyncio.run(run(server))
        assert server.open_connections() == 0


def check_after_failures(server: MisbehavingServer, client: Any, errors: dict[str, int], record: Any) -> None:
    assert sum(errors.values()) == FAILING_CALLS, errors
    assert server.count() == FAILING_CALLS
    assert set(errors) == {
        "APIConnectionError",
        "APITimeoutError",
        "InternalServerError",
        "RateLimitError",
        "NotFoundError",
    }
    pool = client._transport.http._transport._pool
    pooled = list(pool.connections)
    assert pool._max_connections is not None  # bounded
    assert pool._max_keepalive_connections is not None
    assert len(pooled) <= pool._max_keepalive_connections
    assert all(connection.is_idle() or connection.is_closed() for connection in pooled)
    open_on_server = server.open_connections()
    assert open_on_server <= len([c for c in pooled if not c.is_closed()])
    record("pooled_connections_after_1000_failures", len(pooled))
    record("server_connections_open_after_1000_failures", open_on_server)
    record("server_connections_accepted", server.stats.accepted)
    print(
        f"\n1,000 failing calls: {errors}; pool holds {len(pooled)}, server sees {open_on_server} open, "
        f"{server.stats.accepted} accepted in all"
    )
