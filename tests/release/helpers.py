"""Small helpers for the release tests: clients over MockTransport that record what was sent."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from circleci_api import AsyncCircleCI, CircleCI

TOKEN = "cci-release-test-token-0123456789"
PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
PIPELINE = {
    "id": PIPELINE_ID,
    "number": 7,
    "project_slug": "gh/acme/api",
    "state": "created",
    "created_at": "2025-01-01T00:00:00Z",
    "errors": [],
    "trigger": {
        "type": "api",
        "received_at": "2025-01-01T00:00:00Z",
        "actor": {"login": "a", "avatar_url": None},
    },
}
PROJECT_SETTINGS: dict[str, Any] = {"advanced": {}}

T = TypeVar("T")


@dataclass
class Recorder:
    """Answers every request with ``status``/``body``/``headers`` and keeps the requests."""

    status: int = 200
    body: Any = field(default_factory=lambda: PIPELINE)
    headers: dict[str, str] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body, headers=self.headers)

    def sync_client(self, **options: Any) -> CircleCI:
        return CircleCI(TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(self)), **options)

    def async_client(self, **options: Any) -> AsyncCircleCI:
        transport = httpx.MockTransport(self)
        return AsyncCircleCI(TOKEN, http_client=httpx.AsyncClient(transport=transport), **options)


def run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine factory to completion on a fresh event loop."""
    return asyncio.run(make())
