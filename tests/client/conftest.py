"""A harness that runs each client test against ``CircleCI`` and ``AsyncCircleCI`` over MockTransport.

``Recorder`` answers requests from a script of replies and keeps a snapshot of every request the
transport received (headers are copied when the request arrives).  ``Harness.run`` awaits what the
async client returns, so one test body covers both clients.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI

#: A fake token; the token-safety tests look for it everywhere it must not be.
TOKEN = "cci-test-token-0123456789abcdef"
BASE = "https://circleci.com/api/v2"
ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT")

Reply = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real CircleCI settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def reply(status: int = 200, json_body: Any = None, *, text: str | None = None, **headers: str) -> Reply:
    """A reply factory: a fresh response for each request (JSON unless ``text`` is given)."""
    header_items = {k.replace("_", "-"): v for k, v in headers.items()}

    def make(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=header_items)
        if json_body is None:
            return httpx.Response(status, headers=header_items)
        return httpx.Response(status, json=json_body, headers=header_items)

    return make


def fail(exc_type: type[httpx.RequestError], message: str = "simulated") -> Reply:
    """A reply that raises an httpx transport error, as a real network failure would."""

    def make(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

    return make


@dataclass(frozen=True)
class Sent:
    """What the transport received for one request."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: bytes

    @property
    def raw_path(self) -> str:
        """The path exactly as sent (still percent-encoded), without the query."""
        return self.url.raw_path.decode("ascii").split("?", 1)[0]

    @property
    def query(self) -> list[tuple[str, str]]:
        return list(self.url.params.multi_items())

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Recorder:
    """A MockTransport handler: answers with ``replies`` in order and records each request."""

    replies: list[Reply] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    repeat_last: bool = False
    #: More requests than this means the client is looping: fail fast instead of hanging.
    limit: int = 50

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if len(self.sent) >= self.limit:
            raise AssertionError(f"more than {self.limit} requests: the client is looping")
        self.sent.append(
            Sent(request.method, request.url, httpx.Headers(request.headers), bytes(request.read()))
        )
        index = len(self.sent) - 1
        if index >= len(self.replies):
            if not (self.repeat_last and self.replies):
                raise AssertionError(f"unexpected request #{index + 1}: {request.method} {request.url}")
            index = len(self.replies) - 1
        return self.replies[index](request)

    @property
    def count(self) -> int:
        return len(self.sent)

    @property
    def last(self) -> Sent:
        assert self.sent, "no request was sent"
        return self.sent[-1]


def recorder(*replies: Reply, repeat_last: bool = False) -> Recorder:
    return Recorder(list(replies), repeat_last=repeat_last)


class Harness:
    """Builds a client of one flavour and runs calls on it; ``sleeps`` records retry delays."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.sleeps: list[float] = []

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def http_client(self, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
        transport = httpx.MockTransport(handler)
        if self.is_async:
            return httpx.AsyncClient(transport=transport)
        return httpx.Client(transport=transport)

    def client(self, handler: Callable[[httpx.Request], httpx.Response] | None = None, **kwargs: Any) -> Any:
        """A ``CircleCI`` or ``AsyncCircleCI`` whose requests go to ``handler`` (token set by default)."""
        kwargs.setdefault("token", TOKEN)
        kwargs.setdefault("sleep", self._async_sleep if self.is_async else self._sleep)
        if handler is not None:
            kwargs.setdefault("http_client", self.http_client(handler))
        cls = AsyncCircleCI if self.is_async else CircleCI
        return cls(**kwargs)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def run(self, value: Any) -> Any:
        """The result of a client call: awaited for the async client, as is for the sync one."""
        if inspect.isawaitable(value):

            async def wait() -> Any:
                return await value

            return asyncio.run(wait())
        return value

    def collect(self, paginator: Any, limit: int | None = None, into: list[Any] | None = None) -> list[Any]:
        """Items of a paginator (``for`` or ``async for``), stopping after ``limit`` items if given.

        Items are appended to ``into`` as they arrive, so they are visible even if iteration raises.
        """
        items: list[Any] = [] if into is None else into
        if self.is_async:

            async def gather() -> list[Any]:
                async for item in paginator:
                    items.append(item)
                    if limit is not None and len(items) >= limit:
                        break
                return items

            return asyncio.run(gather())
        for item in paginator:
            items.append(item)
            if limit is not None and len(items) >= limit:
                break
        return items

    def pages(self, paginator: Any) -> list[Any]:
        """Every remaining page of a paginator."""
        if self.is_async:

            async def gather() -> list[Any]:
                return [page async for page in paginator.pages()]

            return asyncio.run(gather())
        return list(paginator.pages())

    def close(self, client: Any) -> None:
        self.run(client.close())


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def h(request: pytest.FixtureRequest) -> Harness:
    """Each test using ``h`` runs once with ``CircleCI`` and once with ``AsyncCircleCI``."""
    return Harness(is_async=bool(request.param))


def iter_chunks(chunks: Iterable[bytes]) -> Iterator[bytes]:
    yield from chunks


async def aiter_chunks(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
