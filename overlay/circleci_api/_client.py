"""``CircleCI`` and ``AsyncCircleCI``: configuration, the caller interface the generated code uses,
response parsing (lenient or strict), deprecation warnings, and the namespaces.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Coroutine
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, cast
from urllib.parse import quote

import httpx

from circleci_api._config import ClientConfig, RetryPolicy, hide_token, resolve_config
from circleci_api._endpoint import Endpoint, RequestParts, build_path, query_params
from circleci_api._http import EndpointURLs
from circleci_api._logenv import configure_logging_from_env
from circleci_api._models import UNSET, Deviation, RequestValidationError
from circleci_api._transport import AsyncSleep, AsyncTransport, SyncSleep, SyncTransport, _safe_url
from circleci_api._warnings import warn_deprecated
from circleci_api.errors import ConfigurationError, ResponseValidationError, excerpt, short_path
from circleci_api.pagination import AsyncPaginator, SyncPaginator, one_page_result
from circleci_api_generated.resources import AsyncNamespaces, Namespaces

if TYPE_CHECKING:
    from types import TracebackType

    from circleci_api._options import ExtraHeaders, RequestOptions, TimeoutValue
    from circleci_api._raw import AsyncRawClient, RawClient
    from circleci_api.ratelimit import RateLimit
    from circleci_api.resources.jobs import AsyncJobs, Jobs
    from circleci_api.resources.pipelines import AsyncPipelines, Pipelines
    from circleci_api.resources.usage import AsyncUsage, Usage

__all__ = ["AsyncCircleCI", "CircleCI"]

logger = logging.getLogger("circleci_api")
_DEPRECATION_HEADERS = frozenset({b"deprecation", b"sunset"})
_MISSING: Any = object()
#: Characters ``url()`` leaves as they are: RFC 3986 path characters and existing %-escapes.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _http_method(method: str) -> str:
    """``method`` upper-cased; anything but a standard HTTP method raises ``RequestValidationError``."""
    upper = method.upper() if isinstance(method, str) else ""
    if upper not in _METHODS:
        raise RequestValidationError("method", f"not an HTTP method: {method!r}")
    return upper


def _query_pairs(params: dict[str, Any] | list[tuple[str, str]] | None) -> list[tuple[str, str]] | None:
    """``request()``'s query: a dict goes through the same encoding as the operations' parameters."""
    if isinstance(params, dict):
        return query_params(params)
    return params


def _check_sleep(sleep: object) -> None:
    if sleep is not None and not callable(sleep):
        raise ConfigurationError(f"sleep must be a function taking seconds, got {type(sleep).__name__}")


class _Core:
    """What both clients share: URLs, parsing, warnings."""

    _config: ClientConfig
    _urls: EndpointURLs
    _logged_deviations: set[tuple[str, str]]
    _transport: SyncTransport | AsyncTransport
    #: True for a ``with_options`` copy: it shares its original's pool and never closes it.
    _is_copy: bool = False

    def _setup(self, config: ClientConfig) -> None:
        configure_logging_from_env()
        self._config = config
        self._urls = EndpointURLs(config.base_url)
        self._logged_deviations = set()

    def __repr__(self) -> str:
        name = type(self).__name__
        # A constructor that raised leaves a client without a configuration, and tracebacks that
        # show local variables (``capture_locals``, error trackers) still call repr on it.
        config: ClientConfig | None = getattr(self, "_config", None)
        if config is None:
            return f"{name}(<not configured>)"
        token = "set" if config.token else "missing"
        return f"{name}(base_url={str(config.base_url)!r}, token=<{token}>, strict={config.strict})"

    @property
    def base_url(self) -> httpx.URL:
        """The API root every path is appended to (e.g. ``https://circleci.com/api/v2``)."""
        return self._config.base_url

    @property
    def strict(self) -> bool:
        """True when responses that deviate from the spec raise ``ResponseValidationError``."""
        return self._config.strict

    @property
    def auth_scheme(self) -> str:
        """How the token is sent: ``"circle-token"`` (``Circle-Token`` header) or ``"bearer"``."""
        return self._config.auth_scheme

    @property
    def last_rate_limit(self) -> RateLimit | None:
        """The rate limit reported by the most recent API response this client (or a
        ``with_options`` copy of it, which spends the same token's budget) received, errors
        included; None before the first response or when it carried no rate-limit headers.
        Safe to read while other threads or tasks make calls: the value always comes from one
        response.  Headers are parsed when this is read, not when responses arrive."""
        return self._transport.rate_limits.latest

    def with_options(
        self,
        *,
        timeout: TimeoutValue | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        strict: bool | None = None,
        default_headers: ExtraHeaders | None = None,
    ) -> Self:
        """A client that shares this one's connection pool and settings, with these overridden.

        ``timeout`` in seconds (or an ``httpx.Timeout``); ``default_headers`` are added to every
        request of the copy (on top of this client's; they may not name ``Circle-Token`` or
        ``Authorization``).  An argument left as None keeps this client's setting.  This client is
        not changed.  The pool belongs to the original: closing the original closes it, and its
        copies then raise ``ConfigurationError``; closing a copy only stops that copy.  An unknown
        keyword raises ``TypeError``; a bad value ``ConfigurationError``.
        """
        from circleci_api._options import overridden_config

        config = overridden_config(
            self._config,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            strict=strict,
            default_headers=default_headers,
        )
        twin = object.__new__(type(self))
        twin._setup(config)
        twin._transport = self._transport.derive(config)
        cast("Any", twin)._caller = twin  # each flavour's namespaces read their caller from here
        twin._is_copy = True
        return twin

    def _prepare(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None
    ) -> tuple[SyncTransport | AsyncTransport, list[tuple[str, str]] | None, dict[str, str] | None]:
        """The transport, query pairs and extra headers for one call with per-call options."""
        transport = self._transport
        if options is None:
            return transport, request.query or None, None
        if options.timeout is not None:
            transport = transport.derive(dataclasses.replace(self._config, timeout=options.timeout))
        return transport, options.merged_query(request.query) or None, options.headers

    def url(self, path: str) -> httpx.URL:
        """An absolute URL for an API path such as ``/pipeline/abc`` (query strings are not allowed here).

        Non-ASCII characters and spaces are percent-encoded; control characters and ``.``/``..``
        segments (which would leave the API's path) raise ``RequestValidationError`` (a ``ValueError``).
        """
        if not isinstance(path, str) or not path.startswith("/") or "?" in path or "#" in path:
            raise RequestValidationError(
                "path", f"API path must start with '/' and have no query or fragment: {path!r}"
            )
        if any(char < " " or char == "\x7f" for char in path):
            raise RequestValidationError("path", f"API path contains a control character: {path!r}")
        if any(segment in (".", "..") for segment in path.split("/")):
            raise RequestValidationError("path", f"API path contains a '.' or '..' segment: {path!r}")
        encoded = quote(path, safe=_PATH_SAFE)
        return self._config.base_url.copy_with(
            raw_path=(self._config.base_url.raw_path.rstrip(b"/") + encoded.encode("ascii"))
        )

    def _endpoint_url(self, endpoint: Endpoint, request: RequestParts) -> httpx.URL:
        # build_path percent-encodes every segment itself, so the checks of url() are not needed.
        return self._urls.join(build_path(endpoint.path, request.path_params))

    # ------------------------------------------------------------------ warnings

    # Every call warns; the ``warnings`` filters decide how often it shows (by default once per
    # calling line), attributed to the user's line however deep inside the library it is raised.

    def _operation_warnings(self, endpoint: Endpoint) -> None:
        deprecation = _DEPRECATIONS.get(endpoint.module, _MISSING)
        if deprecation is _MISSING:
            deprecation = _DEPRECATIONS[endpoint.module] = _spec_deprecation(endpoint)
        if deprecation is not None:
            warn_deprecated(deprecation)

    def _header_warnings(self, endpoint: Endpoint, response: httpx.Response) -> None:
        # One pass over the raw names: most responses carry neither header, and two lookups by
        # name cost twice as much (this runs on every call).
        for raw_name, _ in response.headers.raw:
            if raw_name.lower() in _DEPRECATION_HEADERS:
                break
        else:
            return
        deprecation = response.headers.get("deprecation")
        sunset = response.headers.get("sunset")
        if not deprecation and not sunset:
            return
        from circleci_api_generated._operations import BY_MODULE

        info = BY_MODULE.get(endpoint.module)
        name = info.operation_id if info else endpoint.path
        parts = [f"CircleCI reports that {name} ({endpoint.method} {endpoint.path}) is deprecated"]
        if deprecation and deprecation.strip().lower() not in ("true", "?1"):
            parts.append(f"since {_deprecation_date(deprecation)}")
        if sunset:
            parts.append(f"and will be removed on {sunset.strip()}")
        warn_deprecated(" ".join(parts))

    # ------------------------------------------------------------------ parsing

    def _parse(self, endpoint: Endpoint, response: httpx.Response) -> Any:
        status = response.status_code
        converter = endpoint.responses.get(status, _MISSING)
        method = response.request.method
        if converter is _MISSING:
            url = _safe_url(response.request.url)
            if self._config.strict:
                raise ResponseValidationError(
                    f"status {status} is not documented for this operation",
                    status_code=status,
                    method=method,
                    url=url,
                    body_excerpt=excerpt(self._config.redact(response.text)),
                )
            documented = list(endpoint.responses.values())
            converter = documented[0] if len(documented) == 1 else None
        if not response.content:
            return None
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            # RecursionError: arrays or objects nested deeper than Python's recursion limit.
            url = _safe_url(response.request.url)
            problem = (
                "response body is not JSON"
                if isinstance(exc, ValueError)
                else "response body is nested too deeply"
            )
            raise ResponseValidationError(
                problem,
                status_code=status,
                method=method,
                url=url,
                body_excerpt=excerpt(self._config.redact(response.text)),
            ) from None
        if converter is None:
            return data
        if self._config.strict or logger.isEnabledFor(logging.DEBUG):
            # One pass builds the models and lists every deviation with its JSON path.
            deviations: list[Deviation] = []
            value = converter.parse(data, converter.name, deviations)
            if deviations:
                url = _safe_url(response.request.url)
                self._report(deviations, status=status, method=method, url=url, text=response.text)
        else:
            value = converter.parse(data, converter.name, None)
        if endpoint.list_items is not None:  # a one-page list: iterable over its items (``pagination``)
            return one_page_result(value, endpoint.list_items)
        return value

    def _report(self, deviations: list[Deviation], *, status: int, method: str, url: str, text: str) -> None:
        redact = self._config.redact
        if self._config.token is not None and self._config.token.reveal() in text:
            # The server echoed the token: keep it out of paths and problems (they quote values).
            deviations = [Deviation(redact(d.path), redact(d.problem)) for d in deviations]
        if self._config.strict:
            first = deviations[0]
            problem = first.problem
            if len(deviations) > 1:
                shown = "; ".join(f"{short_path(d.path)}: {d.problem}" for d in deviations[1:4])
                more = f"; and {len(deviations) - 4} more" if len(deviations) > 4 else ""
                problem = f"{problem} ({len(deviations)} deviations from the spec; also {shown}{more})"
            raise ResponseValidationError(
                problem,
                status_code=status,
                method=method,
                url=url,
                path=first.path,
                deviations=deviations,
                body_excerpt=excerpt(redact(text)),
            )
        for deviation in deviations:
            key = (deviation.field_path, deviation.problem.split(" ", 1)[0])
            if key not in self._logged_deviations:
                self._logged_deviations.add(key)
                logger.debug(
                    "response deviates from the spec: %s: %s (%s %s)",
                    short_path(deviation.path),
                    deviation.problem,
                    method,
                    url,
                )


class CircleCI(_Core, Namespaces):
    """Synchronous client for the CircleCI API v2.

    ``token`` falls back to ``CIRCLECI_TOKEN``, then ``CIRCLE_TOKEN``; ``base_url`` to
    ``CIRCLECI_BASE_URL``, then ``https://circleci.com/api/v2`` (a bare host such as
    ``https://circleci.example.com`` means ``<host>/api/v2``).  ``timeout`` is in seconds.
    ``http_client`` lends its transport, proxies, limits and TLS settings; the client still applies
    its own base URL, auth, timeout, retries and errors, and ``close()`` leaves a lent client open.
    The client the library creates when none is lent keeps no cookies (a ``Set-Cookie`` is never
    sent back); a lent one keeps its own cookie jar.
    ``strict=True`` (or ``CIRCLECI_STRICT=1``) makes responses that deviate from the spec raise
    ``ResponseValidationError`` instead of parsing leniently.  Plain-http URLs other than localhost
    need ``allow_insecure=True``.
    ``sleep(seconds)`` is how the client waits between retries (default ``time.sleep``); pass a
    function that records the delays to test retry behaviour without waiting.
    ``auth_scheme`` (or ``CIRCLECI_AUTH_SCHEME``) is ``"circle-token"`` (default: the
    ``Circle-Token`` header, for personal API tokens) or ``"bearer"`` (``Authorization: Bearer``,
    for OAuth-issued tokens); either way the token only goes to the API's origin.
    ``CIRCLECI_LOG=debug`` (or ``info``) logs what the client does to stderr, never the token.

    Every operation also takes the keyword-only per-call options ``extra_headers``,
    ``extra_query`` and ``timeout`` (see ``circleci_api.RequestOptions``);
    ``client.with_options(...)`` makes a copy with other settings, ``client.with_raw_response``
    mirrors every namespace returning ``RawResponse`` objects, and ``client.last_rate_limit`` is
    what the latest response said about the rate limit.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        strict: bool | None = None,
        allow_insecure: bool = False,
        retry_policy: RetryPolicy | None = None,
        user_agent: str | None = None,
        sleep: SyncSleep | None = None,
        auth_scheme: str | None = None,
    ) -> None:
        secret = hide_token(token)
        del token  # from here on only the Secret: tracebacks with local variables show this frame
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                "http_client must be an httpx.Client (use AsyncCircleCI for httpx.AsyncClient)"
            )
        config = resolve_config(
            token=secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
            allow_insecure=allow_insecure,
            retry_policy=retry_policy,
            user_agent_extra=user_agent,
            auth_scheme=auth_scheme,
        )
        _check_sleep(sleep)
        self._setup(config)
        self._transport: SyncTransport = SyncTransport(config, http_client, sleep)
        self._caller = self

    # ------------------------------------------------------------------ the caller interface

    def call(self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None) -> Any:
        """Send one operation and return its parsed result (used by the generated functions)."""
        return self._parse(endpoint, self._send(endpoint, request, options))

    def _send(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> httpx.Response:
        """Send one operation; the response, body read (``with_raw_response`` stops here)."""
        self._operation_warnings(endpoint)
        url = self._endpoint_url(endpoint, request)
        json_body = None if request.json is UNSET else request.json
        if options is None:
            response = self._transport.request(
                endpoint.method, url, params=request.query or None, json_body=json_body
            )
        else:
            transport, params, headers = self._prepare(endpoint, request, options)
            assert isinstance(transport, SyncTransport)
            response = transport.request(
                endpoint.method, url, params=params, json_body=json_body, headers=headers
            )
        self._header_warnings(endpoint, response)
        return response

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> SyncPaginator[Any]:
        """A paginator that calls ``endpoint`` once per page (``options`` apply to every page)."""
        self._endpoint_url(endpoint, request)  # bad path arguments raise now, not when iterated
        token_param = endpoint.page_token_param or "page-token"
        start = next((value for name, value in request.query if name == token_param), None)
        if options is not None:
            given, options = options.without_query(token_param)
            start = given or start

        def fetch(token: str | None) -> Any:
            return self.call(endpoint, request.with_query(token_param, token), options)

        return SyncPaginator(fetch, items_attr=endpoint.page_items or "items", start_token=start)

    # ------------------------------------------------------------------ low level

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | list[tuple[str, str]] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Send a raw request to an API path (``/pipeline/...``) with auth, retries and typed errors.

        ``params`` as a dict: a list or tuple value repeats the name (``branch=a&branch=b``), None is
        left out, booleans are sent as ``true``/``false``; as a list of pairs: sent as given.
        No schema checks are applied to ``json``; the response is returned unparsed.
        """
        pairs = _query_pairs(params)
        return self._transport.request(_http_method(method), self.url(path), params=pairs, json_body=json)

    def close(self) -> None:
        """Close the HTTP connection pool (only if this client created it: a lent ``http_client``
        stays open).  Afterwards every call of this client raises ``ConfigurationError``."""
        if self._is_copy:  # a with_options copy: stop the copy only, the pool is the original's
            self._transport.close_copy()
            return
        self._transport.close()

    def __enter__(self) -> CircleCI:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ namespaces with helpers

    @cached_property
    def pipelines(self) -> Pipelines:
        from circleci_api.resources.pipelines import Pipelines

        return Pipelines(self)

    @cached_property
    def usage(self) -> Usage:
        from circleci_api.resources.usage import Usage

        return Usage(self)

    @cached_property
    def jobs(self) -> Jobs:
        from circleci_api.resources.jobs import Jobs

        return Jobs(self)

    @cached_property
    def with_raw_response(self) -> RawClient:
        """Every namespace again, each method returning a ``RawResponse`` (status, headers, the
        httpx response, ``rate_limit`` and ``parse()``); list operations return their first page."""
        from circleci_api._raw import RawClient

        return RawClient(self)


class AsyncCircleCI(_Core, AsyncNamespaces):
    """Asynchronous client with the same surface as ``CircleCI`` (methods are awaited).

    List operations return an ``AsyncPaginator``: use ``async for``, or ``await`` it for the first page.
    ``sleep`` is a coroutine function waiting between retries (default ``asyncio.sleep``).
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        strict: bool | None = None,
        allow_insecure: bool = False,
        retry_policy: RetryPolicy | None = None,
        user_agent: str | None = None,
        sleep: AsyncSleep | None = None,
        auth_scheme: str | None = None,
    ) -> None:
        secret = hide_token(token)
        del token  # from here on only the Secret: tracebacks with local variables show this frame
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                "http_client must be an httpx.AsyncClient (use CircleCI for httpx.Client)"
            )
        config = resolve_config(
            token=secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            strict=strict,
            allow_insecure=allow_insecure,
            retry_policy=retry_policy,
            user_agent_extra=user_agent,
            auth_scheme=auth_scheme,
        )
        _check_sleep(sleep)
        self._setup(config)
        self._transport: AsyncTransport = AsyncTransport(config, http_client, sleep)
        self._caller = self

    def call(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Coroutine[Any, Any, Any]:
        """A coroutine that sends one operation and returns its parsed result (used by the generated
        functions).  Bad path arguments raise here, before there is anything to await."""
        url = self._endpoint_url(endpoint, request)
        return self._call(endpoint, request, options, url)

    async def _call(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None, url: httpx.URL
    ) -> Any:
        return self._parse(endpoint, await self._send(endpoint, request, options, url))

    async def _send(
        self,
        endpoint: Endpoint,
        request: RequestParts,
        options: RequestOptions | None = None,
        url: httpx.URL | None = None,
    ) -> httpx.Response:
        """Send one operation; the response, body read (``with_raw_response`` stops here).
        ``url`` is the endpoint's URL when the caller has already built (and so checked) it."""
        self._operation_warnings(endpoint)
        if url is None:
            url = self._endpoint_url(endpoint, request)
        json_body = None if request.json is UNSET else request.json
        if options is None:
            response = await self._transport.request(
                endpoint.method, url, params=request.query or None, json_body=json_body
            )
        else:
            transport, params, headers = self._prepare(endpoint, request, options)
            assert isinstance(transport, AsyncTransport)
            response = await transport.request(
                endpoint.method, url, params=params, json_body=json_body, headers=headers
            )
        self._header_warnings(endpoint, response)
        return response

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> AsyncPaginator[Any]:
        """A paginator that calls ``endpoint`` once per page (``options`` apply to every page)."""
        self._endpoint_url(endpoint, request)  # bad path arguments raise now, not when iterated
        token_param = endpoint.page_token_param or "page-token"
        start = next((value for name, value in request.query if name == token_param), None)
        if options is not None:
            given, options = options.without_query(token_param)
            start = given or start

        async def fetch(token: str | None) -> Any:
            return await self.call(endpoint, request.with_query(token_param, token), options)

        return AsyncPaginator(fetch, items_attr=endpoint.page_items or "items", start_token=start)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | list[tuple[str, str]] | None = None,
        json: Any = None,
    ) -> httpx.Response:
        """Async twin of ``CircleCI.request``."""
        pairs = _query_pairs(params)
        return await self._transport.request(
            _http_method(method), self.url(path), params=pairs, json_body=json
        )

    async def close(self) -> None:
        """Close the HTTP connection pool; see ``CircleCI.close``."""
        if self._is_copy:  # a with_options copy: stop the copy only, the pool is the original's
            self._transport.close_copy()
            return
        await self._transport.close()

    async def aclose(self) -> None:
        """Alias of ``close`` (httpx naming)."""
        await self.close()

    async def __aenter__(self) -> AsyncCircleCI:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @cached_property
    def pipelines(self) -> AsyncPipelines:
        from circleci_api.resources.pipelines import AsyncPipelines

        return AsyncPipelines(self)

    @cached_property
    def usage(self) -> AsyncUsage:
        from circleci_api.resources.usage import AsyncUsage

        return AsyncUsage(self)

    @cached_property
    def jobs(self) -> AsyncJobs:
        from circleci_api.resources.jobs import AsyncJobs

        return AsyncJobs(self)

    @cached_property
    def with_raw_response(self) -> AsyncRawClient:
        """Every namespace again, each method awaiting to a ``RawResponse``.

        See ``CircleCI.with_raw_response``."""
        from circleci_api._raw import AsyncRawClient

        return AsyncRawClient(self)


def _deprecation_date(value: str) -> str:
    """A ``Deprecation`` header value as a date: RFC 9745's ``@<unix seconds>``, else as sent."""
    text = value.strip()
    if text.startswith("@"):
        try:
            seconds = int(text[1:])
        except ValueError:
            return text[1:]
        import datetime as _dt

        try:
            return _dt.datetime.fromtimestamp(seconds, tz=_dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return text[1:]
    return text


#: endpoint module -> the warning for operations the spec marks deprecated, else None.
_DEPRECATIONS: dict[str, str | None] = {}


def _spec_deprecation(endpoint: Endpoint) -> str | None:
    from circleci_api_generated._operations import BY_MODULE, OPERATIONS

    info = BY_MODULE.get(endpoint.module)
    if info is None or not info.deprecated:
        return None
    message = f"{info.operation_id} (client.{info.client_method}) is deprecated by CircleCI"
    if info.removed_from_document:
        message = (
            f"{info.operation_id} (client.{info.client_method}, {info.method} {info.path}) is deprecated: "
            "CircleCI removed it from its published API document; this library keeps it for servers "
            "that still answer it"
        )
    if info.replaced_by and info.replaced_by in OPERATIONS:
        replacement = OPERATIONS[info.replaced_by]
        message += (
            f"; use client.{replacement.client_method} instead "
            f"({replacement.operation_id}, {replacement.method} {replacement.path})"
        )
    return message
