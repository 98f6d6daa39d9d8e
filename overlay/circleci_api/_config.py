"""Client configuration: token, base URL, timeouts and retry policy, with environment fallbacks."""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from typing import cast

import httpx

from circleci_api.errors import ConfigurationError

__all__ = ["DEFAULT_BASE_URL", "ClientConfig", "RetryPolicy", "Secret", "hide_token", "resolve_config"]

DEFAULT_BASE_URL = "https://circleci.com/api/v2"
API_PATH = "/api/v2"
TOKEN_ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN")
BASE_URL_ENV_VAR = "CIRCLECI_BASE_URL"
STRICT_ENV_VAR = "CIRCLECI_STRICT"
AUTH_SCHEME_ENV_VAR = "CIRCLECI_AUTH_SCHEME"
#: How the token is sent: ``Circle-Token: <token>`` (personal API tokens) or
#: ``Authorization: Bearer <token>`` (OAuth-issued tokens, the ``bearer_auth`` scheme).
AUTH_SCHEMES = ("circle-token", "bearer")
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
REDACTED = "<redacted>"
#: Tokens at least this long are redacted wherever they occur in text; shorter ones (not real
#: CircleCI tokens, which are 40 characters) only where they are not part of a longer word.
MIN_REDACTED_SUBSTRING = 8
#: Characters that continue a word around a short token (letters, digits and the token alphabet).
_TOKEN_CHARS = r"A-Za-z0-9_\-"


class Secret:
    """Holds the API token; its repr and str never show it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The token itself (only the auth flow calls this)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('<redacted>')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("the API token cannot be pickled")


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before retrying.

    Delays are in seconds: exponential from ``initial_delay`` doubling up to ``max_delay``, with
    jitter.  A ``Retry-After`` (or rate-limit reset) hint longer than ``max_retry_after`` is not
    waited for: the error is raised with the hint in ``RateLimitError.retry_after``.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        """Raise ``ConfigurationError`` now for values that would only fail at the first retry:
        delays must be finite numbers >= 0 and ``jitter`` a fraction between 0 and 1."""
        for name in ("initial_delay", "max_delay", "max_retry_after", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ConfigurationError(f"RetryPolicy.{name} must be a finite number, got {value!r}")
            if value < 0:
                raise ConfigurationError(f"RetryPolicy.{name} must be >= 0, got {value!r}")
        if self.jitter > 1:
            raise ConfigurationError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs, resolved once at construction."""

    token: Secret | None
    base_url: httpx.URL
    timeout: httpx.Timeout
    max_retries: int
    strict: bool
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    user_agent: str = ""
    #: ``"circle-token"`` or ``"bearer"`` (see ``AUTH_SCHEMES``).
    auth_scheme: str = "circle-token"
    #: Headers added to every request (``with_options(default_headers=...)``), checked already.
    default_headers: tuple[tuple[str, str], ...] = ()

    @property
    def origin(self) -> tuple[str, str, int | None]:
        """(scheme, host, port) of the API: the only place the token is sent."""
        return origin_of(self.base_url)

    def redact(self, text: str) -> str:
        """``text`` with the token replaced, for messages built from what a server sent.

        A proxy or a misbehaving server may echo request headers back in an error page.  Only text
        is redacted (never decoded JSON such as ``APIStatusError.body``).  A token of at least
        ``MIN_REDACTED_SUBSTRING`` characters is replaced wherever it occurs; a shorter one only
        where it stands alone (not inside a longer word), so a token ``te`` leaves ``test`` alone.
        """
        if self.token is None:
            return text
        secret = self.token.reveal()
        if secret not in text:
            return text
        if len(secret) >= MIN_REDACTED_SUBSTRING:
            return text.replace(secret, REDACTED)
        alone = re.compile(rf"(?<![{_TOKEN_CHARS}]){re.escape(secret)}(?![{_TOKEN_CHARS}])")
        return alone.sub(REDACTED, text)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    scheme = url.scheme
    return (scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(scheme))


def _without_userinfo(url: str) -> str:
    """``url`` for messages: a ``user:password@`` part is replaced, even when the URL is invalid."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        return url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "<redacted>@" + authority.rsplit("@", 1)[1]
    return f"{scheme}{separator}{authority}{slash}{path}"


def normalize_base_url(value: str | httpx.URL, *, allow_insecure: bool = False) -> httpx.URL:
    """``https://host`` -> ``https://host/api/v2``; a URL with a path is kept (without a trailing '/')."""
    shown = _without_userinfo(str(value))
    try:
        url = httpx.URL(str(value).strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url {shown!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url {shown!r} must be an http(s) URL with a host")
    if url.userinfo:
        raise ConfigurationError("base_url must not contain a user name or password; pass token= instead")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not contain a query string or fragment")
    if url.scheme == "http" and url.host.lower() not in LOCAL_HOSTS and not allow_insecure:
        raise ConfigurationError(
            f"refusing plain-http base_url {str(url)!r}: the token would travel unencrypted. "
            "Use https, or pass allow_insecure=True if you really mean it."
        )
    path = url.path.rstrip("/")
    if path == "":
        path = API_PATH
    return url.copy_with(path=path)


def _is_header_text(value: str, *, allow_space: bool) -> bool:
    """Whether ``value`` can be sent as an HTTP header value as is: printable ASCII only.

    Control characters (CR and LF above all) could end the header and start another.
    """
    low = " " if allow_space else "!"
    return all(low <= char <= "~" for char in value)


def user_agent(extra: str | None = None) -> str:
    """``circleci-api/<version> python/<x.y> httpx/<x.y>`` plus whatever the user adds.

    Raises ``ConfigurationError`` when ``extra`` is not a string of printable ASCII characters.
    """
    if extra is not None and (not isinstance(extra, str) or not _is_header_text(extra, allow_space=True)):
        raise ConfigurationError(
            f"user_agent must be printable ASCII text without line breaks, got {extra!r}"
        )
    from circleci_api._version import __version__

    python = f"{sys.version_info[0]}.{sys.version_info[1]}"  # not `platform`: it is slow to import
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    base = f"circleci-api/{__version__} python/{python} httpx/{httpx_version}"
    return f"{base} {extra}" if extra else base


def hide_token(token: object) -> Secret | None:
    """Wrap a token argument at once, so no frame but this short one holds it in the clear.

    Tracebacks that show local variables (``capture_locals``, error trackers such as Sentry) would
    print a plain string; a ``Secret`` prints as ``<redacted>``.  Never raises: the value is checked
    later, by ``resolve_config``, when only the ``Secret`` is around.
    """
    if token is None or isinstance(token, Secret):
        return token
    return Secret(cast(str, token))


def _checked_token(token: Secret) -> Secret:
    """The token without surrounding whitespace; raises if it cannot go into a header.

    The messages never quote it: a token is a secret even when it is malformed.
    """
    if not isinstance(token.reveal(), str):
        raise ConfigurationError(f"token must be a string, got {type(token.reveal()).__name__}")
    stripped = Secret(token.reveal().strip())
    if not stripped.reveal():
        raise ConfigurationError("token is empty")
    if not _is_header_text(stripped.reveal(), allow_space=False):
        raise ConfigurationError(
            "token may only contain printable ASCII characters without spaces "
            "(check for a stray line break, tab or non-ASCII character)"
        )
    return stripped


def _auth_scheme(value: object) -> str:
    """The auth scheme from the argument, else ``CIRCLECI_AUTH_SCHEME``, else ``circle-token``."""
    source = "auth_scheme"
    if value is None:
        value = os.environ.get(AUTH_SCHEME_ENV_VAR, "").strip() or AUTH_SCHEMES[0]
        source = AUTH_SCHEME_ENV_VAR
    scheme = value.strip().lower() if isinstance(value, str) else None
    if scheme is None or scheme not in AUTH_SCHEMES:
        raise ConfigurationError(f"{source} must be one of {', '.join(AUTH_SCHEMES)}; got {value!r}")
    return scheme


def resolve_config(
    *,
    token: Secret | None,
    base_url: str | httpx.URL | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    strict: bool | None,
    allow_insecure: bool,
    retry_policy: RetryPolicy | None,
    user_agent_extra: str | None,
    auth_scheme: str | None = None,
) -> ClientConfig:
    """Apply the documented fallbacks: explicit argument, then environment, then default.

    ``token`` comes wrapped (see ``hide_token``); one from the environment is wrapped as it is read.
    """
    if token is None:
        for name in TOKEN_ENV_VARS:
            if os.environ.get(name):
                token = Secret(os.environ[name])
                break
    if token is not None:
        token = _checked_token(token)
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV_VAR) or DEFAULT_BASE_URL
    if strict is None:
        strict = os.environ.get(STRICT_ENV_VAR, "").strip().lower() in ("1", "true", "yes", "on")
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    if not isinstance(timeout, httpx.Timeout):
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
            raise ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")
        timeout = httpx.Timeout(float(timeout))
    return ClientConfig(
        auth_scheme=_auth_scheme(auth_scheme),
        token=token,
        base_url=normalize_base_url(base_url, allow_insecure=allow_insecure),
        timeout=timeout,
        max_retries=max_retries,
        strict=strict,
        retry=retry_policy or RetryPolicy(),
        user_agent=user_agent(user_agent_extra),
    )
