"""One decision procedure, two I/O flavours.

The wait helpers are written once as generators ("plans") that yield the I/O they need (an API call,
a pause) and receive its result, or the exception it raised, at the ``yield``.  ``drive`` runs a plan
with blocking calls and ``adrive`` with awaited ones, so the sync and async clients can never
disagree on what to do next.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["Action", "Plan", "Sleep", "adrive", "check_seconds", "drive"]

R = TypeVar("R")


class Action:
    """Something a plan asks its driver to do."""


@dataclass(frozen=True)
class Sleep(Action):
    """Pause for ``seconds`` (the driver uses its clock)."""

    seconds: float


Plan = Generator[Action, Any, R]


def drive(plan: Plan[R], execute: Callable[[Action], Any]) -> R:
    """Run ``plan`` to completion, performing each action with ``execute``.

    Exceptions raised by ``execute`` (subclasses of ``Exception``) are thrown into the plan at its
    ``yield``, so it can decide to back off or give up.
    """
    try:
        action = next(plan)
        while True:
            try:
                result = execute(action)
            except Exception as exc:
                action = plan.throw(exc)
            else:
                action = plan.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        plan.close()


async def adrive(plan: Plan[R], execute: Callable[[Action], Awaitable[Any]]) -> R:
    """Async twin of ``drive``."""
    try:
        action = next(plan)
        while True:
            try:
                result = await execute(action)
            except Exception as exc:
                action = plan.throw(exc)
            else:
                action = plan.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        plan.close()


def check_seconds(name: str, value: object, *, allow_zero: bool = False) -> float:
    """``value`` as a finite number of seconds (> 0, or >= 0 with ``allow_zero``).

    Raises ``RequestValidationError`` (a ``ValueError``) naming ``name`` otherwise.
    """
    from circleci_api._models import RequestValidationError

    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RequestValidationError(name, f"expected a number of seconds, got {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise RequestValidationError(name, f"must be a finite number of seconds {bound}, got {value!r}")
    return seconds
