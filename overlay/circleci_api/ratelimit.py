"""What the server says about rate limits, read from a response's headers.

CircleCI publishes no fixed numbers, so the client never guesses: ``RateLimit`` only reports what
the headers of a response said.  Two header families are understood, each with per-window variants:

* ``RateLimit-Limit`` / ``RateLimit-Remaining`` / ``RateLimit-Reset`` (the IETF draft), with
  ``RateLimit-Policy`` (``100;w=60`` or ``"name";q=100;w=60``) and the newer combined
  ``RateLimit: "name";r=50;t=30`` (or an earlier draft's ``RateLimit: limit=100, remaining=50,
  reset=50``);
* ``X-RateLimit-Limit`` / ``X-RateLimit-Remaining`` / ``X-RateLimit-Reset``;
* per-window variants of both: ``X-RateLimit-Remaining-Minute``, ``RateLimit-Limit-Hour``, …

When several quotas are reported (both families, or several windows), the stricter one wins: the
one with the fewest requests remaining.  Parsing never raises: a value that cannot be read is
``None``, and the header values as sent stay in ``RateLimit.headers``.

Headers are only parsed when ``rate_limit`` is read, never while a response is handled.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["RateLimit", "RateLimitTracker", "parse_rate_limit"]

#: A reset value at least this large is a Unix timestamp, not a number of seconds.
EPOCH_THRESHOLD = 1_000_000_000
_FAMILIES = (("x-ratelimit-", "x"), ("ratelimit-", "ietf"))
_FIELDS = ("limit", "remaining", "reset", "policy")
_UNITS = {
    "s": 1.0,
    "sec": 1.0,
    "second": 1.0,
    "m": 60.0,
    "min": 60.0,
    "minute": 60.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
    "d": 86400.0,
    "day": 86400.0,
    "w": 604800.0,
    "week": 604800.0,
    "month": 2592000.0,
    "y": 31536000.0,
    "year": 31536000.0,
}
_WINDOW = re.compile(r"^(\d+(?:\.\d+)?)?\s*([a-z]*)$")
#: Longest header value looked at; longer ones are kept in ``headers`` but not parsed.
MAX_VALUE_CHARS = 1_000


@dataclass(frozen=True)
class RateLimit:
    """One rate-limit quota as a response reported it.

    ``limit`` is how many requests the quota allows per window, ``remaining`` how many are left,
    ``reset_after`` the seconds until the quota resets (a Unix-timestamp reset is converted with
    this machine's clock when the headers are parsed), ``window`` the window's length in seconds
    when the server names it (``w=60``, ``-Minute``).  Any of them is ``None`` when the server did
    not send it or sent something unreadable.  ``headers`` holds every rate-limit header of the
    response as sent (lower-case names).
    """

    limit: int | None
    remaining: int | None
    reset_after: float | None
    window: float | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def exhausted(self) -> bool:
        """True when the server says no requests are left in this window."""
        return self.remaining is not None and self.remaining <= 0


@dataclass
class _Quota:
    limit: int | None = None
    remaining: int | None = None
    reset_after: float | None = None
    window: float | None = None

    def known(self) -> bool:
        return self.limit is not None or self.remaining is not None or self.reset_after is not None


def _count(text: str) -> int | None:
    """A non-negative whole number (``"100"``, ``"100.0"``); anything else is None."""
    text = text.strip()
    if not text or len(text) > 30 or not text.isascii():
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0 or number != int(number):
        return None
    return int(number)


def _seconds(text: str, now: float) -> float | None:
    """Seconds until a reset: a delay, a Unix timestamp, or an HTTP date; None if unreadable."""
    text = text.strip()
    if not text or len(text) > 64 or not text.isascii():
        return None
    try:
        number = float(text)
    except ValueError:
        number = math.nan
        import email.utils  # only HTTP-date values need it

        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - now)
    if not math.isfinite(number) or number < 0:
        return None
    return max(0.0, number - now) if number >= EPOCH_THRESHOLD else number


def _window(suffix: str) -> float | None:
    """``minute`` -> 60, ``hours`` -> 3600, ``60s`` -> 60; None for anything else."""
    match = _WINDOW.match(suffix.strip().lower())
    if match is None:
        return None
    amount, unit = match.groups()
    if unit.endswith("s") and unit[:-1] in _UNITS:
        unit = unit[:-1]
    scale = _UNITS.get(unit) if unit else (1.0 if amount else None)
    if scale is None:
        return None
    value = float(amount) * scale if amount else scale
    return value if math.isfinite(value) and value > 0 else None


def _items(value: str) -> list[tuple[str, dict[str, str]]]:
    """A structured-field list (``a;w=60, "b";q=5``) as (first token, parameters) pairs."""
    out = []
    for item in value.split(","):
        parts = [part.strip() for part in item.split(";")]
        if not parts[0] and len(parts) == 1:
            continue
        params = {}
        for part in parts[1:]:
            key, _, val = part.partition("=")
            params[key.strip().lower()] = val.strip().strip('"')
        out.append((parts[0].strip('"'), params))
    return out


def _param_window(params: Mapping[str, str]) -> float | None:
    value = params.get("w")
    if value is None:
        return None
    seconds = _count(value)
    return float(seconds) if seconds else None


def _collect(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    raw: dict[str, str] = {}
    for name, value in pairs:
        if name.startswith(("ratelimit", "x-ratelimit")):
            raw[name] = f"{raw[name]}, {value}" if name in raw else value
    return raw


def _quotas(raw: Mapping[str, str], now: float) -> list[_Quota]:
    groups: dict[tuple[str, str], _Quota] = {}
    policies: dict[str, dict[str, str]] = {}
    for name, value in raw.items():
        if len(value) > MAX_VALUE_CHARS:
            continue
        if name == "ratelimit":
            continue  # the combined form, read below once the policies are known
        for prefix, family in _FAMILIES:
            if not name.startswith(prefix):
                continue
            rest = name[len(prefix) :]
            kind, _, suffix = rest.partition("-")
            if kind not in _FIELDS:
                break
            quota = groups.setdefault((family, suffix), _Quota(window=_window(suffix) if suffix else None))
            if kind == "policy":
                for token, params in _items(value):
                    if token and _count(token) is None:  # a named policy: "default";q=100;w=60
                        policies[token] = params
                    else:
                        if quota.limit is None:
                            quota.limit = _count(token) if token else _count(params.get("q", ""))
                        quota.window = quota.window or _param_window(params)
            elif kind == "reset":
                # A delay, a timestamp or an HTTP date (which has a comma); else the first item.
                reset = _seconds(value, now)
                quota.reset_after = reset if reset is not None else _seconds(value.split(",")[0], now)
            else:
                items = _items(value)
                if items:
                    token, params = items[0]
                    setattr(quota, kind, _count(token))
                    if kind == "limit" and quota.window is None:
                        quota.window = _param_window(params)
            break
    combined = raw.get("ratelimit")
    if combined is not None and len(combined) <= MAX_VALUE_CHARS:
        items = _items(combined)
        if items and all("=" in token for token, _ in items):
            # An earlier draft's dictionary form: ``limit=100, remaining=50, reset=50``.
            pairs = (token.partition("=") for token, _ in items)
            fields = {key.strip().lower(): value.strip() for key, _, value in pairs}
            groups[("combined", "")] = _Quota(
                limit=_count(fields.get("limit", "")),
                remaining=_count(fields.get("remaining", "")),
                reset_after=_seconds(fields.get("reset", ""), now),
            )
        else:
            for token, params in items:
                policy = policies.get(token, {})
                groups[("combined", token)] = _Quota(
                    limit=_count(policy.get("q", "")),
                    remaining=_count(params.get("r", "")),
                    reset_after=_seconds(params.get("t", ""), now),
                    window=_param_window(policy),
                )
    return [quota for quota in groups.values() if quota.known()]


def _stricter(quotas: list[_Quota]) -> _Quota | None:
    with_remaining = [quota for quota in quotas if quota.remaining is not None]
    if with_remaining:
        # Fewest requests left wins; on a tie, the one that takes longer to reset.
        return min(with_remaining, key=lambda q: (q.remaining, -(q.reset_after or 0.0)))
    return quotas[0] if quotas else None


def parse_rate_limit(
    headers: httpx.Headers | Mapping[str, str], *, now: float | None = None
) -> RateLimit | None:
    """The stricter quota the headers report, or None when they carry no rate-limit header.

    Never raises, whatever the values: unreadable ones are ``None`` in the result.
    """
    try:
        pairs = headers.multi_items() if hasattr(headers, "multi_items") else headers.items()
        raw = _collect((str(name).lower(), str(value)) for name, value in pairs)
    except Exception:  # a mapping that fails while being read: report nothing rather than raise
        return None
    if not raw:
        return None
    try:
        best = _stricter(_quotas(raw, time.time() if now is None else now))
    except Exception:  # pragma: no cover - every value is parsed defensively; this is the backstop
        best = None
    if best is None:
        return RateLimit(None, None, None, None, raw)
    return RateLimit(best.limit, best.remaining, best.reset_after, best.window, raw)


class RateLimitTracker:
    """Keeps the headers of the most recent API response; parses them only when asked.

    Recording is one attribute assignment (atomic under threads and tasks), so the headers read
    back always belong to one response.
    """

    __slots__ = ("_headers", "_parsed")

    def __init__(self) -> None:
        self._headers: httpx.Headers | None = None
        self._parsed: tuple[httpx.Headers, RateLimit | None] | None = None

    def record(self, headers: httpx.Headers) -> None:
        self._headers = headers

    @property
    def latest(self) -> RateLimit | None:
        """The rate limit of the most recent response (None before any, or without rate-limit headers)."""
        headers = self._headers
        if headers is None:
            return None
        parsed = self._parsed
        if parsed is not None and parsed[0] is headers:
            return parsed[1]
        result = parse_rate_limit(headers)
        self._parsed = (headers, result)
        return result
