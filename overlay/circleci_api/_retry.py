"""Retry rules, shared by the sync and async transports (pure functions, no I/O).

* GET, HEAD, PUT, DELETE, OPTIONS: retry 408, 429, 5xx and any connection failure.
* POST and PATCH: retry 429, and failures where the request never reached the server (the
  connection could not be opened, or no pooled connection was free).  Anything else might have
  been processed, and a pipeline must never be triggered twice because of a retry.
"""

from __future__ import annotations

import random
import time

import httpx

from circleci_api._config import RetryPolicy

__all__ = [
    "IDEMPOTENT_METHODS",
    "backoff_delay",
    "retry_after_seconds",
    "retryable_exception",
    "retryable_status",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Exceptions raised before any byte of the request left this machine.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def retryable_status(method: str, status: int) -> bool:
    """Whether a response with ``status`` may be retried for ``method``."""
    if status == 429:
        return True
    if method.upper() not in IDEMPOTENT_METHODS:
        return False
    return status == 408 or status >= 500


def retryable_exception(method: str, exc: Exception) -> bool:
    """Whether a transport failure may be retried for ``method``."""
    if isinstance(exc, httpx.UnsupportedProtocol):
        return False
    if isinstance(exc, NOT_SENT):
        return True
    return method.upper() in IDEMPOTENT_METHODS and isinstance(exc, httpx.TransportError)


def retry_after_seconds(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """The server's wait hint in seconds: Retry-After (seconds or HTTP date), else a rate-limit reset."""
    current = time.time() if now is None else now
    value = headers.get("retry-after")
    if value is not None:
        value = value.strip()
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        import email.utils  # only HTTP-date hints need it; loaded on first use to keep imports cheap

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - current)
    for name in ("ratelimit-reset", "x-ratelimit-reset"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            number = float(value.strip())
        except ValueError:
            continue
        # Large values are epoch timestamps, small ones are seconds from now.
        return max(0.0, number - current) if number > 1_000_000_000 else max(0.0, number)
    return None


def backoff_delay(attempt: int, policy: RetryPolicy, hint: float | None = None) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
    if hint is not None:
        return hint
    delay: float = min(policy.max_delay, policy.initial_delay * (2**attempt))
    if policy.jitter:
        delay *= 1 - policy.jitter * random.random()
    return delay
