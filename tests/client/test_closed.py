"""Using a client after close() raises a library error, not httpx's RuntimeError."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, ConfigurationError

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"


def test_a_closed_sync_client_says_so() -> None:
    with CircleCI(token="t0k") as client:
        pass
    with pytest.raises(ConfigurationError, match="closed"):
        client.pipelines.get(PIPELINE_ID)


def test_a_closed_async_client_says_so() -> None:
    async def go() -> None:
        async with AsyncCircleCI(token="t0k") as client:
            pass
        with pytest.raises(ConfigurationError, match="closed"):
            await client.pipelines.get(PIPELINE_ID)

    asyncio.run(go())


def test_a_lent_client_closed_by_its_owner_is_reported_too() -> None:
    lent = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json={})))
    client = CircleCI(token="t0k", http_client=lent)
    lent.close()
    with pytest.raises(ConfigurationError, match="closed"):
        client.pipelines.get(PIPELINE_ID)
