"""``client.with_raw_response``: every operation, returning the HTTP response along with the result.

``client.with_raw_response.pipelines.get(id)`` sends exactly what ``client.pipelines.get(id)``
sends (same arguments, per-call options, retries and errors) and returns a ``RawResponse``:
``status_code``, ``headers``, ``http_response`` (the ``httpx.Response``, body already read),
``rate_limit`` and ``parse()``, which gives what the normal call would have returned, parsed
leniently or strictly as the client is configured.  A list operation returns its first page:
``parse()`` gives a ``Page`` (``items``, ``next_page_token``, ``response``).

Non-2xx answers still raise ``APIStatusError`` (the exception carries the response).  Helpers that
make many requests (``pipelines.run_and_wait``, ``usage.export``, ``jobs.download_artifacts``…) have
no raw form; ``usage.create_export`` keeps its window check.

The resource classes behind it are generated (``circleci_api_generated.resources.raw``) from the
same table as the normal ones, with ``raw_sync`` / ``raw_async`` binding each generated function to
a raw caller.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Coroutine
from functools import cached_property
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from circleci_api._resource import subresource
from circleci_api.pagination import Page
from circleci_api_generated.resources.raw import AsyncRawNamespaces, RawNamespaces

if TYPE_CHECKING:
    from circleci_api._client import AsyncCircleCI, CircleCI
    from circleci_api._endpoint import AsyncCaller, Endpoint, RequestParts, SyncCaller
    from circleci_api._options import RequestOptions
    from circleci_api.pagination import AsyncPaginator, SyncPaginator
    from circleci_api.ratelimit import RateLimit
    from circleci_api.resources.usage import AsyncRawUsage, RawUsage

__all__ = [
    "AsyncRawClient",
    "AsyncRawResource",
    "RawClient",
    "RawOperation",
    "RawResponse",
    "RawSyncResource",
    "raw_async",
    "raw_namespace",
    "raw_sync",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """An operation's HTTP response, read in full, and its result on demand (see the module docstring)."""

    __slots__ = ("_parse", "_parsed", "_rate_limit", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        #: The ``httpx.Response`` (its body is read; the token in its request is redacted).
        self.http_response = response
        self._parse = parse
        self._parsed: Any = _UNPARSED
        self._rate_limit: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status (always 2xx: other statuses raise ``APIStatusError``)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive mapping)."""
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimit | None:
        """What this response's rate-limit headers said (parsed on first read), or None."""
        if self._rate_limit is _UNPARSED:
            from circleci_api.ratelimit import parse_rate_limit

            self._rate_limit = parse_rate_limit(self.http_response.headers)
        return cast("RateLimit | None", self._rate_limit)

    def parse(self) -> T:
        """The result the normal call returns (parsed once; strict clients raise
        ``ResponseValidationError`` here for a body that breaks the spec)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return cast("T", self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def _first_page(result: Any, items_attr: str) -> Page[Any]:
    items = getattr(result, items_attr, None)
    token = getattr(result, "next_page_token", None)
    return Page(
        items=list(items) if isinstance(items, list) else [],
        next_page_token=token if isinstance(token, str) and token else None,
        response=result,
    )


class RawSyncCaller:
    """Stands in for the client when a generated function runs: sends, and returns the raw response."""

    __slots__ = ("_client",)

    def __init__(self, client: CircleCI) -> None:
        self._client = client

    def call(self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None) -> Any:
        client = self._client
        response = client._send(endpoint, request, options)
        return RawResponse(response, functools.partial(client._parse, endpoint, response))

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Any:
        client = self._client
        response = client._send(endpoint, request, options)
        items_attr = endpoint.page_items or "items"
        return RawResponse(response, lambda: _first_page(client._parse(endpoint, response), items_attr))


class RawAsyncCaller:
    """Async twin of ``RawSyncCaller``; ``paginate`` returns a coroutine for the first page."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncCircleCI) -> None:
        self._client = client

    async def call(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Any:
        client = self._client
        response = await client._send(endpoint, request, options)
        return RawResponse(response, functools.partial(client._parse, endpoint, response))

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Any:
        return self._page(endpoint, request, options)

    async def _page(self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None) -> Any:
        client = self._client
        response = await client._send(endpoint, request, options)
        items_attr = endpoint.page_items or "items"
        return RawResponse(response, lambda: _first_page(client._parse(endpoint, response), items_attr))


class RawSyncResource:
    """A namespace of ``client.with_raw_response``."""

    __slots__ = ("__dict__", "_bound", "_caller")

    def __init__(self, caller: RawSyncCaller) -> None:
        self._caller = caller
        self._bound: dict[object, object] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class AsyncRawResource:
    """A namespace of ``AsyncCircleCI.with_raw_response``."""

    __slots__ = ("__dict__", "_bound", "_caller")

    def __init__(self, caller: RawAsyncCaller) -> None:
        self._caller = caller
        self._bound: dict[object, object] = {}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"


class RawOperation(functools.partial[Any]):
    """An operation of ``client.with_raw_response``: the generated function with the raw caller filled in."""

    def __repr__(self) -> str:
        from circleci_api_generated._operations import BY_MODULE

        name = getattr(self.func, "__module__", "")
        info = BY_MODULE.get(name)
        endpoint = getattr(sys.modules.get(name), "ENDPOINT", None)
        where = f"{getattr(endpoint, 'method', '?')} {getattr(endpoint, 'path', '?')}"
        return f"<raw operation {info.operation_id if info else name}: {where}>"


def _bind(function: Callable[..., Any], caller: object) -> Any:
    """``function`` with the raw caller filled in, named and documented like the normal method.

    Not cached on the instance: a cached copy would hide a subclass's override of the same name.
    """
    bound = RawOperation(function, caller)
    summary = inspect.cleandoc(function.__doc__ or "")
    try:
        full = inspect.signature(function)
    except (TypeError, ValueError):  # pragma: no cover - generated functions always have one
        bound.__doc__ = summary
        return bound
    returned = full.return_annotation
    signature = full.replace(
        parameters=list(full.parameters.values())[1:], return_annotation=inspect.Signature.empty
    )
    bound.__signature__ = signature  # type: ignore[attr-defined]
    bound.__doc__ = (
        f"Signature: {signature} -> RawResponse\n\n{summary}\n\n"
        f"Returns a RawResponse (circleci_api.RawResponse); its parse() gives {returned}"
        " (a Page of the first page for a paginator)."
    )
    return bound


class _RawOperation:
    """What the sync and async raw descriptors share: the generated function and its name."""

    __slots__ = ("function", "name")

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.name = getattr(function, "__name__", "operation")

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name


class _RawSyncOperation(_RawOperation, Generic[P, R]):
    """Descriptor: a generated sync function bound to the raw caller; returns ``RawResponse[R]``."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _RawSyncOperation[P, R]: ...

    @overload
    def __get__(self, obj: RawSyncResource, owner: type | None = None) -> Callable[P, RawResponse[R]]: ...

    def __get__(
        self, obj: RawSyncResource | None, owner: type | None = None
    ) -> _RawSyncOperation[P, R] | Callable[P, RawResponse[R]]:
        if obj is None:
            return self
        return cast("Callable[P, RawResponse[R]]", _bind(self.function, obj._caller))


class _RawAsyncOperation(_RawOperation, Generic[P, R]):
    """Descriptor: a generated async function bound to the raw caller; awaiting gives ``RawResponse[R]``."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _RawAsyncOperation[P, R]: ...

    @overload
    def __get__(
        self, obj: AsyncRawResource, owner: type | None = None
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[R]]]: ...

    def __get__(
        self, obj: AsyncRawResource | None, owner: type | None = None
    ) -> _RawAsyncOperation[P, R] | Callable[P, Coroutine[Any, Any, RawResponse[R]]]:
        if obj is None:
            return self
        return cast(
            "Callable[P, Coroutine[Any, Any, RawResponse[R]]]",
            _bind(self.function, obj._caller),
        )


@overload
def raw_sync(  # the first matching overload (a paginator) wins
    function: Callable[Concatenate[SyncCaller, P], SyncPaginator[T]],
) -> _RawSyncOperation[P, Page[T]]: ...


@overload
def raw_sync(function: Callable[Concatenate[SyncCaller, P], R]) -> _RawSyncOperation[P, R]: ...


def raw_sync(function: Callable[..., Any]) -> _RawSyncOperation[Any, Any]:
    """Expose a generated ``sync`` function on a raw namespace (a list operation gives its first page)."""
    return _RawSyncOperation(function)


@overload
def raw_async(
    function: Callable[Concatenate[AsyncCaller, P], AsyncPaginator[T]],
) -> _RawAsyncOperation[P, Page[T]]: ...


@overload
def raw_async(
    function: Callable[Concatenate[AsyncCaller, P], Coroutine[Any, Any, R]],
) -> _RawAsyncOperation[P, R]: ...


def raw_async(function: Callable[..., Any]) -> _RawAsyncOperation[Any, Any]:
    """Expose a generated ``asyncio`` function on an async raw namespace."""
    return _RawAsyncOperation(function)


#: Nested raw namespaces are made and cached like the client's own (see ``subresource``).
raw_namespace = subresource


class RawClient(RawNamespaces):
    """``CircleCI.with_raw_response``: the client's namespaces, each method returning a ``RawResponse``."""

    def __init__(self, client: CircleCI) -> None:
        self._caller = RawSyncCaller(client)

    def __repr__(self) -> str:
        return "<with_raw_response namespaces>"

    @cached_property
    def usage(self) -> RawUsage:
        from circleci_api.resources.usage import RawUsage

        return RawUsage(self._caller)


class AsyncRawClient(AsyncRawNamespaces):
    """``AsyncCircleCI.with_raw_response``: awaited methods return a ``RawResponse``."""

    def __init__(self, client: AsyncCircleCI) -> None:
        self._caller = RawAsyncCaller(client)

    def __repr__(self) -> str:
        return "<with_raw_response namespaces>"

    @cached_property
    def usage(self) -> AsyncRawUsage:
        from circleci_api.resources.usage import AsyncRawUsage

        return AsyncRawUsage(self._caller)
