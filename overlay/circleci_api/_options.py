"""Per-call options and ``with_options`` overrides, checked once where the user passes them.

Every generated operation takes three keyword-only options, after its own parameters:

``extra_headers``
    Headers added to this call's request (they win over the client's defaults).  They can never
    set, replace or remove the credentials: naming ``Circle-Token`` or ``Authorization`` raises
    ``ConfigurationError``.
``extra_query``
    Query parameters added to this call (a name the operation already sends is replaced; a list
    value repeats the name).  On a list operation they are sent with every page.
``timeout``
    Seconds (or an ``httpx.Timeout``) for this call instead of the client's timeout.

Bad values raise ``ConfigurationError`` before anything is sent.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

import httpx

from circleci_api.errors import ConfigurationError

if TYPE_CHECKING:
    from circleci_api._config import ClientConfig, RetryPolicy

__all__ = [
    "ExtraHeaders",
    "ExtraQuery",
    "RequestOptions",
    "TimeoutValue",
    "check_headers",
    "check_timeout",
    "overridden_config",
    "request_options",
]

#: Headers no option may name: the credentials are the client's alone.
PROTECTED_HEADERS = frozenset({"circle-token", "authorization"})
#: RFC 9110 token characters: what a header name may contain.
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

#: What ``extra_headers=`` accepts.
ExtraHeaders = Mapping[str, str]
#: What ``extra_query=`` accepts: names to values (a list or tuple repeats the name).
ExtraQuery = Mapping[str, Union[str, int, float, bool, Sequence[str], None]]  # noqa: UP007
#: What ``timeout=`` accepts: seconds, or an ``httpx.Timeout`` for each phase.
TimeoutValue = Union[float, httpx.Timeout]  # noqa: UP007


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """The per-call options every operation takes, keyword-only, after its own parameters.

    ``extra_headers`` (mapping of names to values)
        Headers added to this call's request; they win over the client's defaults.  They can
        never set, replace or remove the credentials: naming ``Circle-Token`` or ``Authorization``
        raises ``ConfigurationError``.
    ``extra_query`` (mapping of names to values; a list value repeats the name)
        Query parameters added to this call; a name the operation already sends is replaced.  On
        a list operation they go with every page (a ``page-token`` here is where the walk starts).
    ``timeout`` (seconds, or an ``httpx.Timeout``)
        This call's timeout instead of the client's; must be positive.

    Bad values raise ``ConfigurationError`` before anything is sent.  Instances are built by the
    operations themselves (``request_options``); users pass the three keywords.
    """

    headers: dict[str, str] | None = None
    query: tuple[tuple[str, str], ...] = ()
    timeout: httpx.Timeout | None = None

    def merged_query(self, query: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The operation's query pairs with these extra ones replacing pairs of the same name."""
        if not self.query:
            return query
        names = {name for name, _ in self.query}
        return [pair for pair in query if pair[0] not in names] + list(self.query)

    def without_query(self, name: str) -> tuple[str | None, RequestOptions]:
        """(value of extra query parameter ``name`` or None, these options without it)."""
        value = next((v for k, v in self.query if k == name), None)
        if value is None:
            return None, self
        rest = tuple(pair for pair in self.query if pair[0] != name)
        return value, dataclasses.replace(self, query=rest)


def _is_text(value: str, *, allow_space: bool) -> bool:
    low = " " if allow_space else "!"
    return all(low <= char <= "~" or char == "\t" for char in value)


def check_headers(headers: object, what: str) -> dict[str, str]:
    """``headers`` as a dict after checking names and values; raises ``ConfigurationError``."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"{what} must be a mapping of header names to values, got {type(headers).__name__}"
        )
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
            raise ConfigurationError(f"{what}: {name!r} is not a valid header name")
        if name.lower() in PROTECTED_HEADERS:
            raise ConfigurationError(
                f"{what} may not set {name!r}: the client sends the credentials itself "
                "(choose the scheme with CircleCI(auth_scheme=...))"
            )
        if not isinstance(value, str) or not _is_text(value, allow_space=True):
            raise ConfigurationError(
                f"{what}: the value of {name!r} must be printable ASCII text without line breaks"
            )
        out[name] = value
    return out


def _check_query(query: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(query, Mapping):
        raise ConfigurationError(
            f"extra_query must be a mapping of names to values, got {type(query).__name__}"
        )
    from circleci_api._endpoint import query_params
    from circleci_api._models import RequestValidationError

    for name in query:
        if not isinstance(name, str) or not name:
            raise ConfigurationError(f"extra_query: {name!r} is not a parameter name")
    try:
        return tuple(query_params(query))
    except RequestValidationError as exc:
        raise ConfigurationError(f"extra_query: {exc}") from None


def check_timeout(timeout: object, what: str = "timeout") -> httpx.Timeout:
    """A positive number of seconds (or an ``httpx.Timeout``) as an ``httpx.Timeout``."""
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ConfigurationError(f"{what} must be a positive number of seconds, got {timeout!r}")
    if timeout == float("inf"):
        raise ConfigurationError(f"{what} must be a finite number of seconds (use httpx.Timeout(None))")
    return httpx.Timeout(float(timeout))


def request_options(
    extra_headers: ExtraHeaders | None, extra_query: ExtraQuery | None, timeout: TimeoutValue | None
) -> RequestOptions | None:
    """Checked options for one call, or None when none was given (the common, free case)."""
    if extra_headers is None and extra_query is None and timeout is None:
        return None
    return RequestOptions(
        headers=check_headers(extra_headers, "extra_headers") or None if extra_headers is not None else None,
        query=_check_query(extra_query) if extra_query is not None else (),
        timeout=check_timeout(timeout) if timeout is not None else None,
    )


def overridden_config(
    config: ClientConfig,
    *,
    timeout: TimeoutValue | None,
    max_retries: int | None,
    retry_policy: RetryPolicy | None,
    strict: bool | None,
    default_headers: ExtraHeaders | None,
) -> ClientConfig:
    """``config`` with the ``with_options`` overrides applied (None keeps a setting as it is)."""
    from circleci_api._config import RetryPolicy

    changes: dict[str, Any] = {}
    if timeout is not None:
        changes["timeout"] = check_timeout(timeout)
    if max_retries is not None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
        changes["max_retries"] = max_retries
    if retry_policy is not None:
        if not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy must be a circleci_api.RetryPolicy, got {type(retry_policy).__name__}"
            )
        changes["retry"] = retry_policy
    if strict is not None:
        if not isinstance(strict, bool):
            raise ConfigurationError(f"strict must be True or False, got {strict!r}")
        changes["strict"] = strict
    if default_headers is not None:
        added = check_headers(default_headers, "default_headers")
        lowered = {name.lower() for name in added}
        kept = [(name, value) for name, value in config.default_headers if name.lower() not in lowered]
        changes["default_headers"] = (*kept, *added.items())
    return dataclasses.replace(config, **changes) if changes else config
