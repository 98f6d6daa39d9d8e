"""Sending requests: auth that never leaves the API host, redirects by hand, retries, errors, logging.

``SyncTransport`` and ``AsyncTransport`` share every decision (``_retry``, ``_errors_from``); only
the waiting and the I/O differ.  The token is added by ``TokenAuth`` inside httpx, per request, and
only when the request goes to the API's own origin, so redirects to other hosts never carry it;
once the response (or a failure) is back, the sent request keeps ``<redacted>`` in its place.
"""

from __future__ import annotations

import copy
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Self

import httpx

from circleci_api._config import ClientConfig, Secret, origin_of
from circleci_api._http import CookielessAsyncClient, CookielessClient
from circleci_api._retry import backoff_delay, retry_after_seconds, retryable_exception, retryable_status
from circleci_api.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    RateLimitError,
    UnprocessableEntityError,
    error_class,
    excerpt,
)
from circleci_api.ratelimit import RateLimitTracker

if TYPE_CHECKING:
    from httpx._client import UseClientDefault

__all__ = ["AsyncTransport", "SyncTransport", "TokenAuth"]

logger = logging.getLogger("circleci_api")

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
TOKEN_HEADER = "Circle-Token"
BEARER_HEADER = "Authorization"
REDACTED = "<redacted>"
#: CircleCI's error messages are one line; a server's may be a whole page.
MESSAGE_CHARS = 1_000
#: Connection limits of the httpx clients the library creates (httpx's defaults, stated once: the
#: async transport sizes its queue by them).
POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class TokenAuth(httpx.Auth):
    """Adds the token to requests for the API origin only.

    ``scheme`` ``"circle-token"`` sends ``Circle-Token: <token>``; ``"bearer"`` sends
    ``Authorization: Bearer <token>``.  Either header is removed from requests to any other origin,
    and replaced by ``<redacted>`` in a sent request as soon as httpx hands back its response.
    """

    def __init__(
        self, token: Secret | None, origin: tuple[str, str, int | None], scheme: str = "circle-token"
    ) -> None:
        self._token = token
        self._origin = origin
        self.header = BEARER_HEADER if scheme == "bearer" else TOKEN_HEADER
        self._prefix = "Bearer " if scheme == "bearer" else ""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = request.headers
        header = self.header
        if self._token is None or origin_of(request.url) != self._origin:
            if header in headers:
                del headers[header]
            yield request
            return
        headers[header] = self._prefix + self._token.reveal()  # replaces any copy a lent client sets
        try:
            yield request  # httpx sends it and resumes here with the response, body not yet read
        finally:
            # The response keeps the sent request (``exc.response.request.headers`` is easy to
            # print), and so does an httpx error when the send failed: neither may hold the token.
            headers[header] = REDACTED

    def __repr__(self) -> str:
        token = "<redacted>" if self._token else None
        return f"TokenAuth(origin={self._origin!r}, header={self.header!r}, token={token})"


def missing_token_error() -> ConfigurationError:
    return ConfigurationError(
        "no CircleCI API token: pass CircleCI(token=...) or set the CIRCLECI_TOKEN "
        "(or CIRCLE_TOKEN) environment variable to a personal API token"
    )


def _safe_url(url: httpx.URL) -> str:
    """The URL without query string (page tokens and pre-signed signatures stay out of messages)."""
    return str(url.copy_with(query=None, fragment=None))


def _violations(response: httpx.Response, body: Any = None) -> list[str]:
    """Prism's validation findings: the ``sl-violations`` header, else the ``validation`` list of its
    problem+json body (where Prism puts them when it rejects a request with 422)."""
    raw = response.headers.get("sl-violations")
    if raw:
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return [excerpt(raw)]
    elif isinstance(body, dict) and isinstance(body.get("validation"), list):
        data = body["validation"]
    else:
        return []
    out = []
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            location = item.get("location") or item.get("path") or []
            where = ".".join(str(p) for p in location) if isinstance(location, list) else str(location)
            out.append(f"{where}: {item.get('message', '')}".strip(": "))
        else:
            out.append(str(item))
    return out


def _no_redaction(text: str) -> str:
    return text


def status_error(
    response: httpx.Response, method: str, redact: Callable[[str], str] = _no_redaction
) -> APIStatusError:
    """The typed exception for a non-2xx response (its body must already be read).

    ``redact`` cleans text taken from the response (the message, Prism's findings) of the token;
    ``body`` is the decoded JSON exactly as the server sent it.
    """
    body: Any = None
    message = response.reason_phrase or "error"
    text = response.text if response.content else ""
    try:
        body = json.loads(text) if text else None
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python can decode
        body = None
        if text and response.status_code == 429:
            message = excerpt(redact(text))  # CircleCI's plain-text "Rate limited."
        elif text:
            message = f"{message}: {excerpt(redact(text))}"
    if isinstance(body, dict):
        for key in ("message", "error"):
            if isinstance(body.get(key), str) and body[key]:
                message = redact(body[key])
                if len(message) > MESSAGE_CHARS:
                    message = message[: MESSAGE_CHARS - 1] + "…"
                break
    cls = error_class(response.status_code)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "method": method,
        "url": _safe_url(response.request.url),
        "response": response,
        "body": body,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after_seconds(response.headers), **kwargs)
    violations = [redact(violation) for violation in _violations(response, body)]
    if cls is UnprocessableEntityError:
        return UnprocessableEntityError(message, violations=violations, **kwargs)
    if violations:
        message = f"{message}: {'; '.join(violations)}"
    return cls(message, **kwargs)


def _connection_error(exc: httpx.RequestError, method: str, url: httpx.URL) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    detail = type(exc).__name__
    text = str(exc)
    if text:
        detail = f"{detail}: {excerpt(text, 120)}"
    return kind(f"request failed ({detail})", method=method, url=_safe_url(url))


def _redirect_target(response: httpx.Response) -> httpx.URL | None:
    if response.status_code not in REDIRECT_STATUSES:
        return None
    location = response.headers.get("location")
    if not location:
        return None
    return response.request.url.join(location)


def _closed_error() -> ConfigurationError:
    return ConfigurationError(
        "this client is closed; create a new one (or keep using it inside its `with` block)"
    )


def _redirect_headers(request: httpx.Request, target: httpx.URL) -> dict[str, str]:
    """Headers for the next hop: never the token, and no credentials at all across origins."""
    dropped = {"host", "content-length", TOKEN_HEADER.lower()}
    if origin_of(target) != origin_of(request.url):
        dropped |= {"authorization", "cookie", "proxy-authorization"}
    return {k: v for k, v in request.headers.items() if k.lower() not in dropped}


#: What a read response keeps as its stream: it holds nothing, so every response may share it.
_EMPTY_STREAM = httpx.ByteStream(b"")


def _unbind(response: httpx.Response) -> httpx.Response:
    """Drop the link between a fully read response and its network stream.

    httpx makes the response and its stream refer to each other, so a response (and its body) is
    only freed by the cyclic garbage collector; long paginations would hold many page bodies.
    """
    response.stream = _EMPTY_STREAM
    return response


def _read(response: httpx.Response) -> None:
    """Read the body; on failure close the response so the connection is not leaked."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


def _redirect_request(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    status: int,
    target: httpx.URL,
    timeout: httpx.Timeout,
) -> httpx.Request:
    """The request for the next hop: 303 (and 301/302 for non-GET) become GET, 307/308 keep the body."""
    method = request.method
    if method != "HEAD" and (status == 303 or (status in (301, 302) and method != "GET")):
        method = "GET"
    keep_body = method == request.method and method not in ("GET", "HEAD")
    headers = _redirect_headers(request, target)
    if not keep_body:
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    return http.build_request(
        method,
        target,
        headers=headers,
        content=request.content if keep_body else None,
        timeout=timeout,
    )


class _Base:
    def __init__(self, config: ClientConfig, owns_client: bool) -> None:
        self.config = config
        #: True when the httpx client is the library's own (made here, closed by ``close()``).
        self.owns_client = owns_client
        #: The timeout the library's own httpx client was made with (None for a lent client).
        self.pool_timeout = config.timeout if owns_client else None
        self.auth = TokenAuth(config.token, config.origin, config.auth_scheme)
        #: Set by ``close()``: a closed client refuses requests whoever owns the httpx client.
        self.closed = False
        #: True when a lent httpx client was made for this client alone (``FakeCircleCI.client()``),
        #: so ``close()`` closes it too.
        self.closes_lent_client = False
        #: The headers of the latest API response (``client.last_rate_limit``); shared by ``derive``.
        self.rate_limits = RateLimitTracker()
        #: For a derived transport, the one it came from: when that one is closed, so is this.
        self.root: _Base | None = None

    def derive(self, config: ClientConfig) -> Self:
        """A transport with another configuration on the same pool, sleep and rate-limit record
        (``with_options`` copies and per-call timeouts).  Closing it never closes the pool."""
        twin = copy.copy(self)
        twin.config = config
        twin.auth = TokenAuth(config.token, config.origin, config.auth_scheme)
        twin.closed = self.closed  # a copy of a closed client is closed too
        twin.root = self.root or self
        return twin

    def close_copy(self) -> None:
        """``close`` of a derived transport: refuse further requests; the pool is the original's."""
        self.closed = True

    def request_timeout(self) -> httpx.Timeout | UseClientDefault:
        """The timeout to pass with each request: the httpx client's own where that is the
        configured one (httpx builds a new ``Timeout`` from every one passed per request)."""
        timeout = self.config.timeout
        return httpx.USE_CLIENT_DEFAULT if timeout is self.pool_timeout else timeout

    def check_token(self, url: httpx.URL) -> None:
        if self.config.token is None and origin_of(url) == self.config.origin:
            raise missing_token_error()

    def default_headers(self) -> dict[str, str]:
        return {"User-Agent": self.config.user_agent, "Accept": "application/json"}

    def headers(self, extra: dict[str, str] | None, owns_client: bool) -> dict[str, str] | None:
        """Per-request headers.  A client this library created already carries the defaults
        (merging them on every request costs about a tenth of the client's own overhead)."""
        configured = self.config.default_headers
        if owns_client and not extra and not configured:
            return None
        # Lower-case names, so an override replaces a default whatever its spelling.
        headers = {name.lower(): value for name, value in self.default_headers().items()}
        for name, value in configured:
            headers[name.lower()] = value
        if extra:
            for name, value in extra.items():
                headers[name.lower()] = value
        return headers

    def log(self, method: str, url: httpx.URL, outcome: str, attempt: int, started: float) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            logger.debug("%s %s -> %s (attempt %d, %.1f ms)", method, url.path, outcome, attempt + 1, elapsed)

    def retry_delay(
        self, attempt: int, method: str, response: httpx.Response | None, exc: Exception | None
    ) -> float | None:
        """Seconds to wait before retrying, or None to stop."""
        if attempt >= self.config.max_retries:
            return None
        hint = None
        if response is not None:
            if not retryable_status(method, response.status_code):
                return None
            hint = retry_after_seconds(response.headers)
            if hint is not None and hint > self.config.retry.max_retry_after:
                return None
        elif exc is None or not retryable_exception(method, exc):
            return None
        delay = backoff_delay(attempt, self.config.retry, hint)
        if logger.isEnabledFor(logging.INFO):
            what = type(exc).__name__ if response is None else f"HTTP {response.status_code}"
            path = response.request.url.path if response is not None else "request"
            logger.info(
                "retrying %s %s after %s in %.2f s (retry %d of %d)",
                method,
                path,
                what,
                delay,
                attempt + 1,
                self.config.max_retries,
            )
        return delay


#: How the sync transport waits between retries (seconds); ``time.sleep`` unless the client is given one.
SyncSleep = Callable[[float], object]
#: How the async transport waits between retries (seconds); ``asyncio.sleep`` unless given one.
AsyncSleep = Callable[[float], Awaitable[object]]


class SyncTransport(_Base):
    """Sends requests with ``httpx.Client``; see the module docstring."""

    def __init__(
        self, config: ClientConfig, http_client: httpx.Client | None, sleep: SyncSleep | None = None
    ) -> None:
        super().__init__(config, owns_client=http_client is None)
        self.http = http_client or CookielessClient(
            timeout=config.timeout, follow_redirects=False, limits=POOL_LIMITS, headers=self.default_headers()
        )
        self.sleep: SyncSleep = sleep or time.sleep

    def close(self) -> None:
        self.closed = True  # a lent client stays open for its owner, but this client is done with it
        if self.owns_client or self.closes_lent_client:
            self.http.close()

    def check_open(self) -> None:
        if self.closed or self.http.is_closed or (self.root is not None and self.root.closed):
            raise _closed_error()

    @contextmanager
    def stream(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        raise_for_status: bool = True,
    ) -> Iterator[httpx.Response]:
        """Send with retries and hand-followed redirects; yield the final response, body not yet read.

        Errors while the caller reads the body are the caller's to handle (they are raw httpx errors).
        """
        response = self._checked(method, url, params, json_body, headers, False, raise_for_status)
        try:
            yield response
        finally:
            response.close()

    def request(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send and read the whole body (a failed read counts as a failed attempt); raise for non-2xx.

        The final response's headers are kept for ``last_rate_limit`` (error responses too).
        """
        try:
            response = self._checked(method, url, params, json_body, headers, True, True)
        except APIStatusError as exc:
            if exc.response is not None:
                self.rate_limits.record(exc.response.headers)
            raise
        self.rate_limits.record(response.headers)
        response.close()
        return _unbind(response)

    def _checked(
        self,
        method: str,
        url: httpx.URL,
        params: list[tuple[str, str]] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        read_body: bool,
        raise_for_status: bool,
    ) -> httpx.Response:
        self.check_open()
        self.check_token(url)
        response = self._send(method, url, params, json_body, headers, read_body)
        if raise_for_status and not response.is_success:
            response.close()  # the body was read by _send
            raise status_error(response, method, self.config.redact)
        return response

    def _send(
        self,
        method: str,
        url: httpx.URL,
        params: list[tuple[str, str]] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        read_body: bool,
    ) -> httpx.Response:
        attempt = 0
        timeout = self.request_timeout()
        while True:
            request = self.http.build_request(
                method,
                url,
                params=tuple(params) if params else None,
                json=json_body,
                headers=self.headers(headers, self.owns_client),
                timeout=timeout,
            )
            started = time.perf_counter()
            try:
                response = self._follow(request)
                if read_body or not response.is_success:
                    _read(response)
            except httpx.TransportError as exc:
                self.log(method, url, type(exc).__name__, attempt, started)
                delay = self.retry_delay(attempt, method, None, exc)
                if delay is None:
                    raise _connection_error(exc, method, url) from None
                self.sleep(delay)
                attempt += 1
                continue
            except httpx.RequestError as exc:  # too many redirects, undecodable body
                self.log(method, url, type(exc).__name__, attempt, started)
                raise _connection_error(exc, method, url) from None
            self.log(method, url, str(response.status_code), attempt, started)
            delay = None if response.is_success else self.retry_delay(attempt, method, response, None)
            if delay is None:
                return response
            response.close()
            self.sleep(delay)
            attempt += 1

    def _follow(self, request: httpx.Request) -> httpx.Response:
        response = self.http.send(request, stream=True, follow_redirects=False, auth=self.auth)
        for _ in range(MAX_REDIRECTS):
            target = _redirect_target(response)
            if target is None:
                return response
            response.close()
            request = _redirect_request(self.http, request, response.status_code, target, self.config.timeout)
            response = self.http.send(request, stream=True, follow_redirects=False, auth=self.auth)
        response.close()
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)


class AsyncTransport(_Base):
    """Async twin of ``SyncTransport``."""

    def __init__(
        self, config: ClientConfig, http_client: httpx.AsyncClient | None, sleep: AsyncSleep | None = None
    ) -> None:
        super().__init__(config, owns_client=http_client is None)
        self.http = http_client or CookielessAsyncClient(
            timeout=config.timeout, follow_redirects=False, limits=POOL_LIMITS, headers=self.default_headers()
        )
        # Imported here, not at module level: asyncio costs about a third of `import httpx` and only
        # the async client needs it.
        import asyncio

        self.sleep: AsyncSleep = sleep or asyncio.sleep
        # Calls beyond the pool's size wait here, not in httpcore's queue: httpcore rescans its
        # whole queue whenever a connection frees up, so 1,000 queued calls cost ~7x the CPU of
        # 1,000 calls fed to it 100 at a time.  A lent client's limits are its owner's business.
        self._slots = asyncio.Semaphore(POOL_LIMITS.max_connections or 100) if self.owns_client else None

    async def close(self) -> None:
        self.closed = True
        if self.owns_client or self.closes_lent_client:
            await self.http.aclose()

    def check_open(self) -> None:
        if self.closed or self.http.is_closed or (self.root is not None and self.root.closed):
            raise _closed_error()

    @asynccontextmanager
    async def _slot(self) -> AsyncIterator[None]:
        """Hold one of the pool's slots while a request is sent and answered (a no-op for lent clients).

        Waiting longer than the pool timeout raises ``httpx.PoolTimeout``, as httpx itself would.
        """
        if self._slots is None:
            yield
            return
        import asyncio

        try:
            async with asyncio.timeout(self.config.timeout.pool):
                await self._slots.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout("no connection became free within the pool timeout") from None
        try:
            yield
        finally:
            self._slots.release()

    @asynccontextmanager
    async def stream(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
        raise_for_status: bool = True,
    ) -> AsyncIterator[httpx.Response]:
        response = await self._checked(method, url, params, json_body, headers, False, raise_for_status)
        try:
            yield response
        finally:
            await response.aclose()

    async def request(
        self,
        method: str,
        url: httpx.URL,
        *,
        params: list[tuple[str, str]] | None = None,
        json_body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        try:
            response = await self._checked(method, url, params, json_body, headers, True, True)
        except APIStatusError as exc:
            if exc.response is not None:
                self.rate_limits.record(exc.response.headers)
            raise
        self.rate_limits.record(response.headers)
        await response.aclose()
        return _unbind(response)

    async def _checked(
        self,
        method: str,
        url: httpx.URL,
        params: list[tuple[str, str]] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        read_body: bool,
        raise_for_status: bool,
    ) -> httpx.Response:
        self.check_open()
        self.check_token(url)
        response = await self._send(method, url, params, json_body, headers, read_body)
        if raise_for_status and not response.is_success:
            await response.aclose()
            raise status_error(response, method, self.config.redact)
        return response

    async def _send(
        self,
        method: str,
        url: httpx.URL,
        params: list[tuple[str, str]] | None,
        json_body: Any,
        headers: dict[str, str] | None,
        read_body: bool,
    ) -> httpx.Response:
        attempt = 0
        timeout = self.request_timeout()
        while True:
            request = self.http.build_request(
                method,
                url,
                params=tuple(params) if params else None,
                json=json_body,
                headers=self.headers(headers, self.owns_client),
                timeout=timeout,
            )
            started = time.perf_counter()
            try:
                async with self._slot():
                    response = await self._follow(request)
                    if read_body or not response.is_success:
                        await _aread(response)
            except httpx.TransportError as exc:
                self.log(method, url, type(exc).__name__, attempt, started)
                delay = self.retry_delay(attempt, method, None, exc)
                if delay is None:
                    raise _connection_error(exc, method, url) from None
                await self.sleep(delay)
                attempt += 1
                continue
            except httpx.RequestError as exc:
                self.log(method, url, type(exc).__name__, attempt, started)
                raise _connection_error(exc, method, url) from None
            self.log(method, url, str(response.status_code), attempt, started)
            delay = None if response.is_success else self.retry_delay(attempt, method, response, None)
            if delay is None:
                return response
            await response.aclose()
            await self.sleep(delay)
            attempt += 1

    async def _follow(self, request: httpx.Request) -> httpx.Response:
        send = self.http.send
        response = await send(request, stream=True, follow_redirects=False, auth=self.auth)
        for _ in range(MAX_REDIRECTS):
            target = _redirect_target(response)
            if target is None:
                return response
            await response.aclose()
            request = _redirect_request(self.http, request, response.status_code, target, self.config.timeout)
            response = await send(request, stream=True, follow_redirects=False, auth=self.auth)
        await response.aclose()
        raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects", request=request)
