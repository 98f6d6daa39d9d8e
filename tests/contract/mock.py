"""A scripted MockTransport and helpers to run one call on the sync or the async client."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from circleci_api import AsyncCircleCI, CircleCI

TOKEN = "corner-test-token"


@dataclass
class Script:
    """Answers every request with 200 and ``body``, and keeps the requests."""

    body: Any = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body)

    @property
    def raw_path(self) -> str:
        """The last request's path as sent (percent-encoding kept), without the query."""
        return self.requests[-1].url.raw_path.decode().split("?", 1)[0]


def run_sync(script: Script, call: Callable[[Any], Any], *, strict: bool = True) -> Any:
    """``call(client)`` on a ``CircleCI`` whose transport is ``script``."""
    with httpx.Client(transport=httpx.MockTransport(script)) as http:
        return call(CircleCI(token=TOKEN, strict=strict, http_client=http))


async def run_async(script: Script, call: Callable[[Any], Any], *, strict: bool = True) -> Any:
    """``await call(client)`` on an ``AsyncCircleCI`` whose transport is ``script``."""
    async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as http:
        return await call(AsyncCircleCI(token=TOKEN, strict=strict, http_client=http))
