"""What list operations return: every one of them iterates over its items.

**Paginators** (operations whose response carries ``next_page_token``): ``SyncPaginator`` and
``AsyncPaginator`` behave the same way, ``for`` / ``async for`` alike:

* each new ``for`` over a paginator walks all items from the first page, fetching the pages again
  (one request per page, lazily: a loop that stops after three items fetched one page);
* so a loop that stops early loses nothing: the next loop starts at the first item again;
* ``first_page()`` fetches the first page and returns it; it does not change what a later loop yields;
* ``pages()`` walks page by page (each call from the first page again), yielding ``Page`` objects;
* ``current_page`` and ``next_page_token`` show the page fetched last by any of these.

A walk stops at a null, empty or missing token.  A token the server already returned during the
same walk raises ``PaginationError`` instead of looping (after the page that carried it was yielded).
Operations called with ``page_token=...`` start every walk at that page.

**One-page lists** (operations without ``next_page_token``, such as ``client.triggers.list``):
the result is the response itself (the wrapper model, or the list for array bodies) that also
iterates over its items and has ``first_page()`` and ``pages()``, without any further request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from circleci_api._models import Model
from circleci_api.errors import PaginationError

__all__ = ["AsyncPaginator", "ItemList", "Page", "SyncPaginator", "one_page_result"]

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the token for the next page (None on the last) and the full response model."""

    items: list[T]
    next_page_token: str | None
    response: Any


def _page(response: Any, items_attr: str) -> Page[Any]:
    items = getattr(response, items_attr, None)
    token = getattr(response, "next_page_token", None)
    return Page(
        items=list(items) if isinstance(items, list) else [],
        next_page_token=token if isinstance(token, str) and token else None,
        response=response,
    )


class _Walk:
    """The tokens one walk over the pages has seen; a repeat would loop forever."""

    __slots__ = ("done", "error", "seen", "token")

    def __init__(self, start_token: str | None) -> None:
        self.token = start_token
        self.seen: set[str] = {start_token} if start_token else set()
        self.done = False
        self.error: PaginationError | None = None

    def before_fetch(self) -> bool:
        """True when another page should be fetched; raises if the last token was a repeat."""
        if self.error is not None:
            raise self.error
        return not self.done

    def advance(self, page: Page[Any]) -> None:
        """Record a fetched page.  A repeated token is reported before the next fetch, so the
        page that carried it is still yielded."""
        token = page.next_page_token
        if token is None:
            self.done = True
        elif token in self.seen:
            self.done = True
            shown = token if len(token) <= 20 else token[:20] + "…"
            self.error = PaginationError(
                f"the server returned page token {shown!r} a second time; stopping to avoid a loop"
            )
        else:
            self.seen.add(token)
        self.token = token


class _PaginatorBase(Generic[T]):
    def __init__(self, items_attr: str, start_token: str | None) -> None:
        self._items_attr = items_attr
        self._start_token = start_token
        self._current_page: Page[T] | None = None

    @property
    def current_page(self) -> Page[T] | None:
        """The page fetched last by any loop, ``pages()`` or ``first_page()`` (None before any request)."""
        return self._current_page

    @property
    def next_page_token(self) -> str | None:
        """The token the page fetched last carried (None before the first request and on the last page)."""
        page = self._current_page
        return None if page is None else page.next_page_token

    def _record(self, response: Any, walk: _Walk) -> Page[T]:
        page: Page[T] = _page(response, self._items_attr)
        walk.advance(page)
        self._current_page = page
        return page

    def __repr__(self) -> str:
        return f"<{type(self).__name__} next_page_token={self.next_page_token!r}>"


class SyncPaginator(_PaginatorBase[T]):
    """Walks every page of a list operation: ``for item in paginator`` (see the module docstring)."""

    def __init__(
        self, fetch: Callable[[str | None], Any], *, items_attr: str = "items", start_token: str | None = None
    ) -> None:
        super().__init__(items_attr, start_token)
        self._fetch = fetch

    def pages(self) -> Iterator[Page[T]]:
        """Fetch and yield every page from the first, one request each."""
        walk = _Walk(self._start_token)
        while walk.before_fetch():
            yield self._record(self._fetch(walk.token), walk)

    def first_page(self) -> Page[T]:
        """Fetch the first page (one request) and return it; later loops still start at the first item."""
        return self._record(self._fetch(self._start_token), _Walk(self._start_token))

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items


class AsyncPaginator(_PaginatorBase[T]):
    """Async twin of ``SyncPaginator``: ``async for item in it``; ``await it`` gives the first page."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[Any]],
        *,
        items_attr: str = "items",
        start_token: str | None = None,
    ) -> None:
        super().__init__(items_attr, start_token)
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Fetch and yield every page from the first, one request each."""
        walk = _Walk(self._start_token)
        while walk.before_fetch():
            yield self._record(await self._fetch(walk.token), walk)

    async def first_page(self) -> Page[T]:
        """Fetch the first page and return it; see ``SyncPaginator.first_page``."""
        return self._record(await self._fetch(self._start_token), _Walk(self._start_token))

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


# --------------------------------------------------------------------------- one-page lists


class ItemList(list[T]):
    """The result of a list operation whose body is a JSON array: a ``list`` with ``first_page()``."""

    def first_page(self) -> Page[T]:
        """The items as a ``Page`` (no request is made: the whole list came in one response)."""
        return Page(items=list(self), next_page_token=None, response=self)

    def pages(self) -> Iterator[Page[T]]:
        """The one page."""
        yield self.first_page()


class _OnePageListing:
    """Mixed into a response model whose items are all in one response (see ``one_page_result``)."""

    __slots__ = ()
    _listing_items: ClassVar[str] = "items"

    def __iter__(self) -> Iterator[Any]:
        return iter(self.first_page().items)

    def first_page(self) -> Page[Any]:
        """The items as a ``Page`` (no request is made: there is no next page)."""
        items = getattr(self, self._listing_items, None)
        return Page(items=list(items) if isinstance(items, list) else [], next_page_token=None, response=self)

    def pages(self) -> Iterator[Page[Any]]:
        """The one page."""
        yield self.first_page()

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclass is made at run time, so pickle cannot find it by name: rebuild it instead.
        base = type(self).__mro__[2]
        return (_rebuild, (base, self._listing_items, self.raw_json))  # type: ignore[attr-defined]

    def __eq__(self, other: object) -> bool:
        # Equal to a plain instance of the response model with the same data, as attrs' own
        # ``==`` (which wants the very same class) would say for two plain instances.
        base = type(self).__mro__[2]
        if not isinstance(other, base):
            return NotImplemented
        return bool(self.to_dict() == other.to_dict())  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, like the models themselves


def _rebuild(model_type: type[Model], items_attr: str, raw: Any) -> Any:
    return one_page_result(model_type.from_dict(raw), items_attr)


_LISTING_TYPES: dict[tuple[type, str], type] = {}


def _listing_type(model_type: type, items_attr: str) -> type:
    key = (model_type, items_attr)
    found = _LISTING_TYPES.get(key)
    if found is None:
        namespace = {
            "__slots__": (),
            "_listing_items": items_attr,
            "__module__": model_type.__module__,
            "__qualname__": model_type.__qualname__,
            "__doc__": model_type.__doc__,
        }
        found = _LISTING_TYPES[key] = type(model_type.__name__, (_OnePageListing, model_type), namespace)
    return found


def one_page_result(value: Any, items_attr: str) -> Any:
    """``value`` (a parsed response) made iterable over its items, with ``first_page()``.

    A list becomes an ``ItemList``; a model becomes an instance of a subclass of its own class (so
    ``isinstance`` and every attribute keep working) that adds ``__iter__``, ``first_page()`` and
    ``pages()``.  Anything else (a body that did not parse as documented) is returned unchanged.
    """
    if isinstance(value, list):
        return ItemList(value)
    if items_attr and isinstance(value, Model) and not isinstance(value, _OnePageListing):
        listing = _listing_type(type(value), items_attr)
        try:
            # Same memory layout, so no second parse; object.__setattr__ also works on frozen models.
            object.__setattr__(value, "__class__", listing)
        except TypeError:
            return listing.from_dict(value.raw_json)  # type: ignore[attr-defined]
    return value
