"""How the wait helpers read time and pause: injectable, so tests never really sleep.

A clock has ``monotonic()`` (seconds, only differences matter) and ``sleep(seconds)``.  The async
helpers take an ``AsyncClock`` whose ``sleep`` is a coroutine.  The defaults use ``time.monotonic``
with ``time.sleep`` and ``asyncio.sleep``.

A clock may also have ``wall_time()``, the wall-clock time as an aware ``datetime``; helpers that
need the date (the usage export's window checks, the time of the next poll shown by the CLI) call
``utc_now(clock)``, which falls back to the system's time for clocks without one.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import time
from typing import Protocol, runtime_checkable

__all__ = ["SYSTEM_CLOCK", "AsyncClock", "AsyncSystemClock", "Clock", "SystemClock", "utc_now"]


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

    def wall_time(self) -> _dt.datetime:
        return _dt.datetime.now(_dt.UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class AsyncSystemClock:
    """The real clock for async code: ``time.monotonic`` and ``asyncio.sleep``."""

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def wall_time(self) -> _dt.datetime:
        return _dt.datetime.now(_dt.UTC)

    def __repr__(self) -> str:
        return "AsyncSystemClock()"


SYSTEM_CLOCK = SystemClock()
ASYNC_SYSTEM_CLOCK = AsyncSystemClock()


def utc_now(clock: object = None) -> _dt.datetime:
    """The wall-clock time in UTC: ``clock.wall_time()`` when ``clock`` has one, else the system's.

    Raises ``TypeError`` if that ``wall_time()`` returns something other than an aware ``datetime``.
    """
    wall_time = getattr(clock, "wall_time", None)
    if not callable(wall_time):
        return _dt.datetime.now(_dt.UTC)
    value = wall_time()
    if not isinstance(value, _dt.datetime) or value.utcoffset() is None:
        raise TypeError(f"{type(clock).__name__}.wall_time() must return an aware datetime, got {value!r}")
    return value.astimezone(_dt.UTC)
