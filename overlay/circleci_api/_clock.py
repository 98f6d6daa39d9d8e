"""How the wait helpers read time and pause: injectable, so tests never really sleep.

A clock has ``monotonic()`` (seconds, only differences matter) and ``sleep(seconds)``.  The async
helpers take an ``AsyncClock`` whose ``sleep`` is a coroutine.  The defaults use ``time.monotonic``
with ``time.sleep`` and ``asyncio.sleep``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, runtime_checkable

__all__ = ["SYSTEM_CLOCK", "AsyncClock", "AsyncSystemClock", "Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """Time source and pause for the synchronous wait helpers."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    def sleep(self, seconds: float) -> None:
        """Pause for ``seconds``."""
        ...


@runtime_checkable
class AsyncClock(Protocol):
    """Time source and pause for the asynchronous wait helpers."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Pause for ``seconds`` without blocking the event loop."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic`` and ``time.sleep``."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


class AsyncSystemClock:
    """The real clock for async code: ``time.monotonic`` and ``asyncio.sleep``."""

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "AsyncSystemClock()"


SYSTEM_CLOCK = SystemClock()
ASYNC_SYSTEM_CLOCK = AsyncSystemClock()
