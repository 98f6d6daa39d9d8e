"""List operations return paginators that walk every page lazily and refuse to loop."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from circleci_api import AsyncPaginator, NotFoundError, Page, PaginationError, SyncPaginator
from circleci_api import models as m
from tests.client.conftest import Harness, Recorder, recorder, reply

ORG_ID = "b9291e0d-a11e-41fb-8517-c545388b5953"
MISSING = object()


def context(n: int) -> dict[str, Any]:
    return {"id": f"ctx-{n}", "name": f"context-{n}", "created_at": "2025-01-02T03:04:05Z"}


def page_body(numbers: list[int], token: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"items": [context(n) for n in numbers]}
    if token is not MISSING:
        body["next_page_token"] = token
    return body


def by_token(pages: dict[str | None, dict[str, Any]]) -> Recorder:
    """A server that answers each page-token with its page (and fails on unknown tokens)."""

    def answer(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page-token")
        if token not in pages:
            return httpx.Response(404, json={"message": f"no page {token}"})
        return httpx.Response(200, json=pages[token])

    return recorder(answer, repeat_last=True)


THREE_PAGES = {
    None: page_body([1, 2], "t1"),
    "t1": page_body([3, 4], "t2"),
    "t2": page_body([5], None),
}


def names(items: list[Any]) -> list[str]:
    return [item.name for item in items]


def test_iterating_walks_every_page_in_order(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    assert isinstance(paginator, AsyncPaginator if h.is_async else SyncPaginator)
    items = h.collect(paginator)
    assert names(items) == [f"context-{n}" for n in range(1, 6)]
    assert all(isinstance(item, m.Context) for item in items)
    assert [sent.query for sent in rec.sent] == [
        [("owner-id", ORG_ID)],
        [("owner-id", ORG_ID), ("page-token", "t1")],
        [("owner-id", ORG_ID), ("page-token", "t2")],
    ]
    assert {sent.raw_path for sent in rec.sent} == {"/api/v2/context"}


def test_pages_are_fetched_only_when_needed(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    client = h.client(rec)
    paginator = client.contexts.list(owner_id=ORG_ID)
    assert rec.count == 0  # creating the paginator sends nothing
    assert names(h.collect(paginator, limit=2)) == ["context-1", "context-2"]
    assert rec.count == 1
    assert names(h.collect(client.contexts.list(owner_id=ORG_ID), limit=3))[-1] == "context-3"
    assert rec.count == 3  # one more paginator: two pages for three items


def test_current_page_and_token_are_reachable(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    assert paginator.current_page is None
    assert paginator.next_page_token is None

    first = h.run(paginator.first_page())
    assert isinstance(first, Page)
    assert names(first.items) == ["context-1", "context-2"]
    assert first.next_page_token == "t1"
    assert isinstance(first.response, m.ContextList)
    assert paginator.current_page is first
    assert paginator.next_page_token == "t1"

    every = h.pages(paginator)  # pages() walks from the first page, whatever came before
    assert [names(page.items) for page in every] == [
        ["context-1", "context-2"],
        ["context-3", "context-4"],
        ["context-5"],
    ]
    assert paginator.current_page is every[-1]
    assert paginator.next_page_token is None
    assert rec.count == 4
    again = h.run(paginator.first_page())  # the first page again, not an error
    assert names(again.items) == ["context-1", "context-2"]
    assert rec.count == 5


def test_every_loop_walks_every_item_from_the_first_page(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    everything = [f"context-{n}" for n in range(1, 6)]
    assert names(h.collect(paginator)) == everything
    assert names(h.collect(paginator)) == everything  # a second full loop: the same, fetched again
    assert rec.count == 6
    assert [sent.query for sent in rec.sent[3:]] == [sent.query for sent in rec.sent[:3]]


def test_a_loop_that_stops_early_loses_nothing_for_the_next(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    assert names(h.collect(paginator, limit=1)) == ["context-1"]
    assert names(h.collect(paginator, limit=3)) == ["context-1", "context-2", "context-3"]
    assert names(h.collect(paginator)) == [f"context-{n}" for n in range(1, 6)]


def test_first_page_does_not_change_what_a_loop_yields(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    assert names(h.run(paginator.first_page()).items) == ["context-1", "context-2"]
    assert names(h.collect(paginator)) == [f"context-{n}" for n in range(1, 6)]


def test_pages_walks_page_by_page_each_time(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    for _ in range(2):
        pages = h.pages(paginator)
        assert [page.next_page_token for page in pages] == ["t1", "t2", None]
        assert names(pages[0].items) == ["context-1", "context-2"]


def test_a_start_token_is_where_every_loop_starts(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID, page_token="t1")
    assert names(h.collect(paginator, limit=1)) == ["context-3"]
    assert names(h.collect(paginator)) == ["context-3", "context-4", "context-5"]


def test_a_start_token_resumes_from_that_page(h: Harness) -> None:
    rec = by_token(THREE_PAGES)
    items = h.collect(h.client(rec).contexts.list(owner_id=ORG_ID, page_token="t1"))
    assert names(items) == ["context-3", "context-4", "context-5"]
    assert rec.sent[0].query == [("owner-id", ORG_ID), ("page-token", "t1")]


@pytest.mark.parametrize("last_token", [None, MISSING, ""], ids=["null", "missing", "empty"])
def test_iteration_stops_at_a_null_missing_or_empty_token(h: Harness, last_token: Any) -> None:
    rec = by_token({None: page_body([1], "t1"), "t1": page_body([2], last_token)})
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    assert names(h.collect(paginator)) == ["context-1", "context-2"]
    assert rec.count == 2
    assert paginator.next_page_token is None


def test_an_empty_page_list_is_fine(h: Harness) -> None:
    rec = by_token({None: page_body([], None)})
    assert h.collect(h.client(rec).contexts.list(owner_id=ORG_ID)) == []
    assert rec.count == 1


def test_a_repeated_token_raises_instead_of_looping(h: Harness) -> None:
    rec = by_token({None: page_body([1], "t1"), "t1": page_body([2], "t2"), "t2": page_body([3], "t1")})
    paginator = h.client(rec).contexts.list(owner_id=ORG_ID)
    seen: list[Any] = []
    with pytest.raises(PaginationError, match="t1"):
        h.collect(paginator, into=seen)
    assert names(seen) == ["context-1", "context-2", "context-3"]  # the last page is still yielded
    assert rec.count == 3  # and nothing is fetched twice


def test_the_same_token_twice_in_a_row_raises(h: Harness) -> None:
    rec = by_token({None: page_body([1], "t1"), "t1": page_body([2], "t1")})
    with pytest.raises(PaginationError):
        h.collect(h.client(rec).contexts.list(owner_id=ORG_ID))
    assert rec.count == 2


def test_the_start_token_counts_as_seen(h: Harness) -> None:
    rec = by_token({"t5": page_body([5], "t5")})
    with pytest.raises(PaginationError):
        h.collect(h.client(rec).contexts.list(owner_id=ORG_ID, page_token="t5"))
    assert rec.count == 1


def test_errors_on_a_later_page_are_typed(h: Harness) -> None:
    rec = by_token({None: page_body([1], "gone")})
    with pytest.raises(NotFoundError, match="no page gone"):
        h.collect(h.client(rec).contexts.list(owner_id=ORG_ID))


def test_paginator_uses_the_operations_item_type(h: Harness) -> None:
    body = {"items": [{"id": "p1", "number": 3}], "next_page_token": None}
    rec = recorder(reply(200, body))
    [pipeline] = h.collect(h.client(rec).pipelines.list_for_project("gh/acme/api", branch="main"))
    assert isinstance(pipeline, m.Pipeline)
    assert pipeline.number == 3
    assert rec.last.url.path == "/api/v2/project/gh/acme/api/pipeline"  # slashes may be %2F-encoded
    assert rec.last.query == [("branch", "main")]


def test_awaiting_an_async_paginator_gives_its_first_page() -> None:
    h = Harness(is_async=True)
    rec = by_token(THREE_PAGES)
    client = h.client(rec)

    async def main() -> tuple[Any, list[Any]]:
        first = await client.contexts.list(owner_id=ORG_ID)
        rest_of_them = client.contexts.list(owner_id=ORG_ID, page_token=first.next_page_token)
        rest = [item async for item in rest_of_them]
        return first, rest

    first, rest = asyncio.run(main())
    assert isinstance(first, Page)
    assert names(first.items) == ["context-1", "context-2"]
    assert names(rest) == ["context-3", "context-4", "context-5"]
    assert rec.count == 3
