"""Rate limits as the client shows them: last_rate_limit, RateLimitError, plain-text 429s, laziness."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, RateLimitError
from circleci_api import ratelimit as rl
from tests.client.conftest import TOKEN, Harness, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"


def limited(remaining: int, **extra: str) -> httpx.Response:
    return httpx.Response(
        200,
        json={"id": PIPELINE_ID, "number": remaining},
        headers={
            "X-RateLimit-Limit": str(1000 + remaining),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(remaining + 1),
            **extra,
        },
    )


def test_last_rate_limit_follows_the_most_recent_response(h: Harness) -> None:
    rec = recorder(lambda r: limited(10), lambda r: httpx.Response(200, json={}), lambda r: limited(3))
    client = h.client(rec)
    assert client.last_rate_limit is None
    h.run(client.pipelines.get(PIPELINE_ID))
    assert client.last_rate_limit is not None
    assert (client.last_rate_limit.limit, client.last_rate_limit.remaining) == (1010, 10)
    h.run(client.pipelines.get(PIPELINE_ID))  # no rate-limit headers on this one
    assert client.last_rate_limit is None
    h.run(client.pipelines.get(PIPELINE_ID))
    assert client.last_rate_limit is not None
    assert client.last_rate_limit.remaining == 3
    assert client.last_rate_limit is client.last_rate_limit  # parsed once per response


def test_errors_update_last_rate_limit_too(h: Harness) -> None:
    rec = recorder(reply(403, {"message": "no"}, x_ratelimit_remaining="0", x_ratelimit_limit="5"))
    client = h.client(rec)
    with pytest.raises(Exception, match="403"):
        h.run(client.pipelines.get(PIPELINE_ID))
    assert client.last_rate_limit is not None
    assert client.last_rate_limit.exhausted


def test_copies_share_last_rate_limit_with_their_original(h: Harness) -> None:
    rec = recorder(lambda r: limited(8))
    client = h.client(rec)
    h.run(client.with_options(timeout=3).pipelines.get(PIPELINE_ID))
    assert client.last_rate_limit is not None
    assert client.last_rate_limit.remaining == 8


def test_headers_are_not_parsed_while_calls_are_made(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = rl.parse_rate_limit

    def counting(headers: httpx.Headers, *, now: float | None = None) -> rl.RateLimit | None:
        calls.append(headers)
        return real(headers, now=now)

    monkeypatch.setattr(rl, "parse_rate_limit", counting)
    rec = recorder(lambda r: limited(5), repeat_last=True)
    client = h.client(rec)
    for _ in range(20):
        h.run(client.pipelines.get(PIPELINE_ID))
    raw = h.run(client.with_raw_response.pipelines.get(PIPELINE_ID))
    assert calls == []
    assert client.last_rate_limit is not None
    assert raw.rate_limit is not None
    assert len(calls) == 2


def test_plain_text_429_gives_a_rate_limit_error_with_its_text(h: Harness) -> None:
    rec = recorder(
        reply(
            429,
            text="Rate limited.",
            retry_after="17",
            ratelimit_limit="10",
            ratelimit_remaining="0",
            ratelimit_reset="17",
        )
    )
    client = h.client(rec, max_retries=0)
    with pytest.raises(RateLimitError) as info:
        h.run(client.pipelines.get(PIPELINE_ID))
    error = info.value
    assert error.message == "Rate limited."
    assert str(error).startswith("429 Rate limited. (GET ")
    assert error.retry_after == 17.0
    assert error.rate_limit is not None
    assert (error.rate_limit.limit, error.rate_limit.remaining, error.rate_limit.reset_after) == (10, 0, 17.0)
    assert error.body is None
    assert client.last_rate_limit == error.rate_limit


def test_plain_text_429_is_retried_then_raised(h: Harness) -> None:
    rec = recorder(reply(429, text="Rate limited.", retry_after="2"), repeat_last=True)
    client = h.client(rec, max_retries=2)
    with pytest.raises(RateLimitError, match=r"Rate limited\."):
        h.run(client.pipelines.get(PIPELINE_ID))
    assert rec.count == 3
    assert h.sleeps == [2.0, 2.0]


def test_a_429_without_rate_limit_headers(h: Harness) -> None:
    rec = recorder(reply(429, text="Rate limited."))
    with pytest.raises(RateLimitError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    assert info.value.rate_limit is None
    assert info.value.retry_after is None


def test_a_429_echoing_the_token_does_not_show_it(h: Harness) -> None:
    rec = recorder(reply(429, text=f"Rate limited for {TOKEN}."))
    with pytest.raises(RateLimitError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    assert TOKEN not in str(info.value)
    assert "Rate limited for" in info.value.message


def test_last_rate_limit_under_50_concurrent_async_calls() -> None:
    order: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params["i"])
        await asyncio.sleep((index * 7 % 11) / 1000)  # answers arrive out of order
        order.append(index)
        return limited(index)

    async def main() -> None:
        async with AsyncCircleCI(
            token=TOKEN, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
        ) as client:
            raws = await asyncio.gather(
                *(
                    client.with_raw_response.pipelines.get(PIPELINE_ID, extra_query={"i": i})
                    for i in range(50)
                )
            )
            # each raw response reports its own headers, never another's
            for i, raw in enumerate(raws):
                assert raw.rate_limit is not None
                assert (raw.rate_limit.limit, raw.rate_limit.remaining) == (1000 + i, i)
            latest = client.last_rate_limit
            assert latest is not None
            # one response's values, never a mix: limit, remaining and reset all belong together
            assert latest.limit == 1000 + latest.remaining == latest.reset_after + 999  # type: ignore[operator]
            assert latest.remaining == order[-1]  # the answer that arrived last
            await asyncio.gather(
                *(client.pipelines.get(PIPELINE_ID, extra_query={"i": i}) for i in range(50))
            )
            again = client.last_rate_limit
            assert again is not None
            assert again.remaining == order[-1]

    asyncio.run(main())


def test_last_rate_limit_under_threads() -> None:
    lock = threading.Lock()
    order: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        index = int(request.url.params["i"])
        with lock:
            order.append(index)
        return limited(index)

    client = CircleCI(token=TOKEN, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    seen: list[tuple[int | None, int | None]] = []

    def call(i: int) -> None:
        client.pipelines.get(PIPELINE_ID, extra_query={"i": i})
        latest = client.last_rate_limit
        assert latest is not None
        seen.append((latest.limit, latest.remaining))

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(call, range(200)))
    assert all(limit == 1000 + remaining for limit, remaining in seen if remaining is not None)
    final = client.last_rate_limit
    assert final is not None
    assert final.remaining in range(200)


def test_rate_limits_of_the_fake_circleci_end_to_end() -> None:
    """The fake's limited operation: remaining counts down, then a 429 with Retry-After and headers."""
    from circleci_api.testing import FakeCircleCI

    fake = FakeCircleCI()
    fake.add_project("gh/acme/api")
    fake.rate_limit(operation="getProjectBySlug", per_hour=2)
    with CircleCI(
        token=fake.token,
        base_url=fake.base_url,
        max_retries=0,
        http_client=httpx.Client(transport=fake.transport()),
    ) as client:
        raw = client.with_raw_response.projects.get("gh/acme/api")
        assert raw.rate_limit is not None
        assert (raw.rate_limit.limit, raw.rate_limit.remaining) == (2, 1)
        client.projects.get("gh/acme/api")
        assert client.last_rate_limit is not None
        assert client.last_rate_limit.exhausted
        with pytest.raises(RateLimitError) as info:
            client.projects.get("gh/acme/api")
        assert info.value.retry_after is not None
        assert info.value.retry_after > 0
        assert info.value.rate_limit is not None
        assert info.value.rate_limit.remaining == 0
        assert info.value.rate_limit.reset_after == info.value.retry_after
