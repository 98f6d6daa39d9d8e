"""Fixtures for the helper tests: a simulated CircleCI and a way to call either client flavour."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from circleci_api import AsyncCircleCI, CircleCI

from .sim import AsyncFakeClock, FakeClock, Sim

T = TypeVar("T")


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(flavour: str) -> Sim:
    return Sim(clock=AsyncFakeClock() if flavour == "async" else FakeClock())


class Both:
    """Runs the same scenario on ``CircleCI`` or ``AsyncCircleCI``, with the simulated clock."""

    def __init__(self, sim: Sim, flavour: str) -> None:
        self.sim = sim
        self.flavour = flavour

    def __call__(
        self,
        sync: Callable[[CircleCI, FakeClock], T],
        async_: Callable[[AsyncCircleCI, AsyncFakeClock], Awaitable[T]],
        **client_kwargs: Any,
    ) -> T:
        if self.flavour == "sync":
            with self.sim.client(**client_kwargs) as client:
                return sync(client, self.sim.clock)

        async def go() -> T:
            clock = self.sim.clock
            assert isinstance(clock, AsyncFakeClock)
            async with self.sim.async_client(**client_kwargs) as client:
                return await async_(client, clock)

        return asyncio.run(go())


@pytest.fixture
def both(sim: Sim, flavour: str) -> Both:
    return Both(sim, flavour)
