"""Load against a local server: 1,000 concurrent async calls, and a server that rate-limits.

These tests really wait (the rate-limit one for Retry-After), so they take a few seconds; they
assert counts and bounds, never durations.  The numbers they measure are printed and attached to
the test report (``record_property``).
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from typing import Any

import httpx

from circleci_api import APITimeoutError, AsyncCircleCI
from tests.hostile.conftest import TOKEN
from tests.hostile.server import Answer, MisbehavingServer, Request, json_answer

CONCURRENT = 1_000


def test_1000_concurrent_calls_stay_within_the_connection_pool(record_property: Any) -> None:
    def behave(request: Request) -> Answer:
        number = request.path.rsplit("/", 1)[-1]
        answer = json_answer(200, {"id": number, "number": 1})
        return Answer(body=answer.body, headers=answer.headers, delay=0.01)  # hold the connection a while

    async def run(server: MisbehavingServer) -> tuple[list[Any], int, float]:
        async with AsyncCircleCI(TOKEN, base_url=server.base_url) as client:
            transport: Any = client._transport.http._transport
            pool_limit = transport._pool._max_connections  # httpcore's connection pool
            started = time.perf_counter()
            results = await asyncio.gather(*(client.pipelines.get(str(n)) for n in range(CONCURRENT)))
            return results, pool_limit, time.perf_counter() - started

    with MisbehavingServer(behave) as server:
        results, pool_limit, elapsed = asyncio.run(run(server))
        open_after_close = server.open_connections()
    assert [r.id for r in results] == [str(n) for n in range(CONCURRENT)]
    assert sorted(int(r.path.rsplit("/", 1)[-1]) for r in server.requests) == list(range(CONCURRENT))
    assert pool_limit is not None
    assert 1 < server.stats.peak_open <= pool_limit
    assert open_after_close == 0
    record_property("peak_connections", server.stats.peak_open)
    record_property("pool_limit", pool_limit)
    record_property("connections_accepted", server.stats.accepted)
    print(
        f"\n{CONCURRENT} concurrent calls: peak {server.stats.peak_open} connections (pool limit "
        f"{pool_limit}), {server.stats.accepted} accepted, {CONCURRENT / elapsed:.0f} requests/s"
    )


class RateLimiter:
    """At most ``limit`` successful requests per ``window`` seconds; the rest get 429 + Retry-After.

    Remembers, per path, when a retry was allowed again, to catch a client that comes back early.
    """

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.start: float | None = None
        self.served: dict[int, int] = {}
        self.allowed_again: dict[str, float] = {}
        self.early: list[tuple[str, float]] = []
        self.ok_times: list[float] = []
        self.limited = 0
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> Answer:
        with self._lock:
            now = request.at
            if self.start is None:
                self.start = now
            promised = self.allowed_again.get(request.path)
            if promised is not None and now < promised:
                self.early.append((request.path, promised - now))
            window = int((now - self.start) // self.window)
            if self.served.get(window, 0) < self.limit:
                self.served[window] = self.served.get(window, 0) + 1
                self.ok_times.append(now)
                return json_answer(200, {"id": request.path.rsplit("/", 1)[-1], "number": 1})
            self.limited += 1
            wait = max(1, math.ceil(self.start + (window + 1) * self.window - now))
            self.allowed_again[request.path] = now + wait
            return json_answer(429, {"message": "Too many requests"}, ("Retry-After", str(wait)))


def test_a_rate_limited_server_is_obeyed(record_property: Any) -> None:
    limiter = RateLimiter(limit=20, window=1.0)
    calls = 60

    async def run(server: MisbehavingServer) -> list[Any]:
        async with AsyncCircleCI(TOKEN, base_url=server.base_url, max_retries=10) as client:
            return await asyncio.gather(*(client.pipelines.get(str(n)) for n in range(calls)))

    with MisbehavingServer(limiter) as server:
        results = asyncio.run(run(server))
        attempts = server.requests
    assert sorted(r.id for r in results) == sorted(str(n) for n in range(calls))
    assert limiter.early == [], f"retried before Retry-After allowed: {limiter.early[:5]}"
    assert limiter.limited > 0
    first, last_ok = attempts[0].at, max(limiter.ok_times)
    windows = math.floor((last_ok - first) / limiter.window) + 1
    observed = calls / (windows * limiter.window)  # successes per second over the windows used
    attempt_rate = len(attempts) / (windows * limiter.window)
    assert observed <= limiter.limit / limiter.window
    record_property("allowed_rate_per_s", limiter.limit / limiter.window)
    record_property("observed_success_rate_per_s", round(observed, 1))
    record_property("attempt_rate_per_s", round(attempt_rate, 1))
    record_property("responses_429", limiter.limited)
    print(
        f"\nrate limit {limiter.limit}/s: {calls} calls succeeded over {windows} one-second windows "
        f"({observed:.1f} successful requests/s, first to last success {last_ok - first:.2f} s); "
        f"{len(attempts)} attempts ({attempt_rate:.1f}/s), {limiter.limited} answered 429; "
        "no retry came before its Retry-After"
    )


def test_calls_waiting_longer_than_the_pool_timeout_fail_with_a_timeout_error() -> None:
    """Calls beyond the pool's 100 connections wait in the client; the pool timeout still applies."""

    def behave(request: Request) -> Answer:
        answer = json_answer(200, {"id": "p", "number": 1})
        return Answer(body=answer.body, headers=answer.headers, delay=1.0)

    async def run(server: MisbehavingServer) -> list[Any]:
        timeout = httpx.Timeout(30.0, pool=0.2)
        async with AsyncCircleCI(TOKEN, base_url=server.base_url, timeout=timeout, max_retries=0) as client:
            calls = (client.pipelines.get(str(n)) for n in range(150))
            return await asyncio.gather(*calls, return_exceptions=True)

    with MisbehavingServer(behave) as server:
        results = asyncio.run(run(server))
    failed = [r for r in results if isinstance(r, BaseException)]
    assert len(results) - len(failed) == 100
    assert all(isinstance(r, APITimeoutError) and "PoolTimeout" in str(r) for r in failed), failed[:3]
    assert server.count() == 100
