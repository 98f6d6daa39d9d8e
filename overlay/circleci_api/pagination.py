"""Paginators for every list operation whose response carries ``next_page_token``.

Iterating a paginator walks all pages lazily, one request per page.  ``pages()`` yields whole pages,
``current_page`` and ``next_page_token`` show where it stands.  Iteration stops at a null, empty or
missing token.  A token the server already returned raises ``PaginationError`` instead of looping
(after the page that carried it has been yielded).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from circleci_api.errors import PaginationError

__all__ = ["AsyncPaginator", "Page", "SyncPaginator"]

T = TypeVar("T")
NO_MORE_PAGES = "no more pages: the last page was already fetched"


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


class _PaginatorState:
    def __init__(self, start_token: str | None) -> None:
        self.next_page_token: str | None = start_token
        self.current_page: Page[Any] | None = None
        self.seen: set[str] = set()
        self.done = False
        self.error: PaginationError | None = None
        if start_token:
            self.seen.add(start_token)

    def before_fetch(self) -> bool:
        """True when another page should be fetched; raises if the last token was a repeat."""
        if self.error is not None:
            raise self.error
        return not self.done

    def advance(self, page: Page[Any]) -> None:
        """Record a fetched page.  A repeated token is reported before the next fetch, so the
        page that carried it is still yielded."""
        self.current_page = page
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
        self.next_page_token = token


class SyncPaginator(Generic[T]):
    """Walks every page of a list operation.  ``for item in paginator`` yields items across pages."""

    def __init__(
        self, fetch: Callable[[str | None], Any], *, items_attr: str = "items", start_token: str | None = None
    ) -> None:
        self._fetch = fetch
        self._items_attr = items_attr
        self._state = _PaginatorState(start_token)

    @property
    def current_page(self) -> Page[T] | None:
        """The page fetched last (None before the first request)."""
        return self._state.current_page

    @property
    def next_page_token(self) -> str | None:
        """The token the next request will send (None once the last page was fetched)."""
        return self._state.next_page_token

    def pages(self) -> Iterator[Page[T]]:
        """Fetch and yield the remaining pages, one request each."""
        while self._state.before_fetch():
            yield self._fetch_page()

    def first_page(self) -> Page[T]:
        """Fetch the next page (the first one, on a fresh paginator) and return it.

        Raises ``PaginationError`` when the last page was already fetched.
        """
        if not self._state.before_fetch():
            raise PaginationError(NO_MORE_PAGES)
        return self._fetch_page()

    def _fetch_page(self) -> Page[T]:
        page: Page[T] = _page(self._fetch(self._state.next_page_token), self._items_attr)
        self._state.advance(page)
        return page

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __repr__(self) -> str:
        return f"<SyncPaginator next_page_token={self.next_page_token!r}>"


class AsyncPaginator(Generic[T]):
    """Async twin of ``SyncPaginator``: ``async for item in it``; ``await it`` gives the first page."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[Any]],
        *,
        items_attr: str = "items",
        start_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items_attr = items_attr
        self._state = _PaginatorState(start_token)

    @property
    def current_page(self) -> Page[T] | None:
        """The page fetched last (None before the first request)."""
        return self._state.current_page

    @property
    def next_page_token(self) -> str | None:
        """The token the next request will send (None once the last page was fetched)."""
        return self._state.next_page_token

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Fetch and yield the remaining pages, one request each."""
        while self._state.before_fetch():
            yield await self._fetch_page()

    async def first_page(self) -> Page[T]:
        """Fetch the next page (the first one, on a fresh paginator); see ``SyncPaginator.first_page``."""
        if not self._state.before_fetch():
            raise PaginationError(NO_MORE_PAGES)
        return await self._fetch_page()

    async def _fetch_page(self) -> Page[T]:
        page: Page[T] = _page(await self._fetch(self._state.next_page_token), self._items_attr)
        self._state.advance(page)
        return page

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPaginator next_page_token={self.next_page_token!r}>"
