"""The library's own httpx client keeps no cookies; a client the user lends keeps its own behaviour.

These run against a real HTTP server on 127.0.0.1, because only a client the library creates itself
(no ``http_client=``) is cookieless, and that one cannot be given a MockTransport.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI
from tests.client.conftest import TOKEN
from tests.hostile.server import Answer, MisbehavingServer, Request, json_answer

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
PIPELINE = {"id": PIPELINE_ID, "number": 7, "state": "created", "created_at": "2026-01-02T03:04:05Z"}


def _answer(request: Request) -> Answer:
    # What a load balancer with session affinity answers: every response sets a cookie.
    return json_answer(200, PIPELINE, ("Set-Cookie", "affinity=node-7; Path=/"))


@pytest.fixture
def server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer(_answer) as running:
        yield running


def _cookies_received(server: MisbehavingServer) -> list[str | None]:
    return [{k.lower(): v for k, v in r.headers.items()}.get("cookie") for r in server.requests]


def _calls(client: Any) -> None:
    for _ in range(3):
        assert client.pipelines.get(PIPELINE_ID).number == 7
    client.request("GET", "/me")
    client.with_options(timeout=5).pipelines.get(PIPELINE_ID)  # a copy shares the same pool


async def _async_calls(client: Any) -> None:
    for _ in range(3):
        assert (await client.pipelines.get(PIPELINE_ID)).number == 7
    await client.request("GET", "/me")
    await client.with_options(timeout=5).pipelines.get(PIPELINE_ID)


def test_the_library_client_never_sends_back_a_cookie_it_was_given(server: MisbehavingServer) -> None:
    with CircleCI(token=TOKEN, base_url=server.base_url) as client:
        _calls(client)
    assert _cookies_received(server) == [None] * 5


def test_the_async_library_client_never_sends_back_a_cookie_it_was_given(server: MisbehavingServer) -> None:
    async def main() -> None:
        async with AsyncCircleCI(token=TOKEN, base_url=server.base_url) as client:
            await _async_calls(client)
            # Concurrent calls on one client: none of them picks up a cookie from another.
            await asyncio.gather(*(client.pipelines.get(PIPELINE_ID) for _ in range(10)))

    asyncio.run(main())
    assert _cookies_received(server) == [None] * 15


def test_the_cookie_is_still_visible_on_the_raw_response(server: MisbehavingServer) -> None:
    with CircleCI(token=TOKEN, base_url=server.base_url) as client:
        raw = client.with_raw_response.pipelines.get(PIPELINE_ID)
        assert raw.headers["set-cookie"] == "affinity=node-7; Path=/"
        assert raw.http_response.cookies["affinity"] == "node-7"
        assert raw.parse().number == 7


def test_a_lent_http_client_keeps_its_own_cookies(server: MisbehavingServer) -> None:
    with httpx.Client() as http, CircleCI(token=TOKEN, base_url=server.base_url, http_client=http) as client:
        client.pipelines.get(PIPELINE_ID)
        client.pipelines.get(PIPELINE_ID)
        assert http.cookies["affinity"] == "node-7"
    assert _cookies_received(server) == [None, "affinity=node-7"]


def test_a_lent_async_http_client_keeps_its_own_cookies(server: MisbehavingServer) -> None:
    async def main() -> None:
        async with httpx.AsyncClient() as http:
            client = AsyncCircleCI(token=TOKEN, base_url=server.base_url, http_client=http)
            await client.pipelines.get(PIPELINE_ID)
            await client.pipelines.get(PIPELINE_ID)

    asyncio.run(main())
    assert _cookies_received(server) == [None, "affinity=node-7"]
