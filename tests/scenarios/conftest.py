"""A scenario suite: the library used the way scripts use it.

Each module gets ONE client per flavour (sync and async, reached in process or over HTTP) and
reuses it for every test in the module, as automation reuses its client for a whole run.  The
async client lives on one event loop for the whole module (``asyncio.Runner``), so its pooled
connections stay valid between tests.  Clients parse strictly: the fake promises answers that
follow the spec, and a lenient client would hide a broken one.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from circleci_api import AsyncCircleCI, CircleCI
from circleci_api.testing import FakeCircleCI, FakeServer

ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT")
SLUG = "gh/acme/api"


@dataclass
class Scene:
    """One fake, one client of one flavour, and a way to run calls on it (awaited when async)."""

    fake: FakeCircleCI
    client: CircleCI | AsyncCircleCI
    is_async: bool
    served: bool
    runner: asyncio.Runner | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"{'async' if self.is_async else 'sync'}-{'served' if self.served else 'in_process'}"

    def run(self, value: Any) -> Any:
        """The result of a client call: awaited on the module's loop for the async client."""
        if inspect.isawaitable(value):
            assert self.runner is not None

            async def wait() -> Any:
                return await value

            return self.runner.run(wait())
        return value

    def items(self, result: Any) -> list[Any]:
        """Every item of a list operation's result: ``for`` / ``async for`` over a paginator, else ``for``."""
        if hasattr(result, "__aiter__"):
            assert self.runner is not None

            async def gather() -> list[Any]:
                return [item async for item in result]

            return list(self.runner.run(gather()))
        return list(self.run(result))


def _scene(request: pytest.FixtureRequest) -> Iterator[Scene]:
    is_async, served = request.param
    fake = FakeCircleCI()
    fake.add_project(SLUG)
    server: FakeServer | None = None
    runner = asyncio.Runner() if is_async else None
    try:
        if served:
            server = fake.serve()
            server.__enter__()
            client: Any = server.async_client(strict=True) if is_async else server.client(strict=True)
        else:
            client = fake.async_client(strict=True) if is_async else fake.client(strict=True)
        scene = Scene(fake, client, is_async, served, runner)
        yield scene
        scene.run(client.close())
    finally:
        if server is not None:
            server.__exit__(None, None, None)
        if runner is not None:
            runner.close()


FLAVOURS = [(False, False), (True, False), (False, True), (True, True)]
FLAVOUR_IDS = ["sync-in_process", "async-in_process", "sync-served", "async-served"]


@pytest.fixture(scope="module", params=FLAVOURS, ids=FLAVOUR_IDS)
def scene(request: pytest.FixtureRequest) -> Iterator[Scene]:
    """This module's one client of each flavour, reused by every test that asks for it."""
    yield from _scene(request)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real CircleCI settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
