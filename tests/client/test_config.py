"""Configuration: arguments, then the environment, then defaults; a lent http_client; closing."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, ConfigurationError, NotFoundError, ResponseValidationError
from tests.client.conftest import TOKEN, Harness, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
OK = reply(200, {"id": PIPELINE_ID})


def sent_token(h: Harness, **kwargs: Any) -> str | None:
    rec = recorder(OK)
    h.run(h.client(rec, token=None, **kwargs).pipelines.get(PIPELINE_ID))
    token: str | None = rec.last.headers.get("Circle-Token")
    return token


def test_token_comes_from_circleci_token(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", "from-circleci-token")
    assert sent_token(h) == "from-circleci-token"


def test_token_falls_back_to_circle_token(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLE_TOKEN", "from-circle-token")
    assert sent_token(h) == "from-circle-token"


def test_circleci_token_wins_over_circle_token(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", "first")
    monkeypatch.setenv("CIRCLE_TOKEN", "second")
    assert sent_token(h) == "first"


def test_an_empty_circleci_token_falls_through(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", "")
    monkeypatch.setenv("CIRCLE_TOKEN", "second")
    assert sent_token(h) == "second"


def test_an_explicit_token_wins_over_the_environment(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", "env")
    rec = recorder(OK)
    h.run(h.client(rec, token="explicit").pipelines.get(PIPELINE_ID))
    assert rec.last.headers["Circle-Token"] == "explicit"


def test_the_environment_is_read_at_construction(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    rec = recorder(OK)
    monkeypatch.setenv("CIRCLECI_TOKEN", "at-construction")
    client = h.client(rec, token=None)
    monkeypatch.setenv("CIRCLECI_TOKEN", "later")
    h.run(client.pipelines.get(PIPELINE_ID))
    assert rec.last.headers["Circle-Token"] == "at-construction"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://circleci.example.com", "https://circleci.example.com/api/v2"),
        ("https://circleci.example.com/", "https://circleci.example.com/api/v2"),
        ("https://circleci.example.com/api/v2", "https://circleci.example.com/api/v2"),
        ("https://circleci.example.com/api/v2/", "https://circleci.example.com/api/v2"),
        ("https://gw.example.com/circleci/api/v2", "https://gw.example.com/circleci/api/v2"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010/api/v2"),
        ("http://localhost:8080/api/v2", "http://localhost:8080/api/v2"),
    ],
)
def test_base_url_from_the_environment(
    h: Harness, monkeypatch: pytest.MonkeyPatch, value: str, expected: str
) -> None:
    monkeypatch.setenv("CIRCLECI_BASE_URL", value)
    rec = recorder(OK)
    client = h.client(rec)
    assert str(client.base_url) == expected
    h.run(client.pipelines.get(PIPELINE_ID))
    assert str(rec.last.url) == f"{expected}/pipeline/{PIPELINE_ID}"
    assert rec.last.headers["Circle-Token"] == TOKEN


def test_explicit_base_url_wins_over_the_environment(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_BASE_URL", "https://env.example.com")
    client = h.client(recorder(), base_url="https://arg.example.com")
    assert str(client.base_url) == "https://arg.example.com/api/v2"


def test_default_base_url(h: Harness) -> None:
    assert str(h.client(recorder()).base_url) == "https://circleci.com/api/v2"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("http://circleci.example.com", "plain-http"),
        ("ftp://circleci.example.com", "http"),
        ("https://user:pw@circleci.example.com", "user name or password"),
        ("https://circleci.example.com/api/v2?x=1", "query"),
        ("not a url", "http"),
    ],
)
def test_bad_base_urls_are_refused_at_construction(h: Harness, value: str, words: str) -> None:
    with pytest.raises(ConfigurationError, match=words):
        h.client(recorder(), base_url=value)


def test_plain_http_needs_allow_insecure(h: Harness) -> None:
    client = h.client(recorder(), base_url="http://circleci.lan", allow_insecure=True)
    assert str(client.base_url) == "http://circleci.lan/api/v2"


@pytest.mark.parametrize(("value", "strict"), [("1", True), ("true", True), ("YES", True), ("on", True)])
def test_strict_from_the_environment(
    h: Harness, monkeypatch: pytest.MonkeyPatch, value: str, strict: bool
) -> None:
    monkeypatch.setenv("CIRCLECI_STRICT", value)
    rec = recorder(reply(200, {"id": 42}))
    client = h.client(rec)
    assert client.strict is strict
    with pytest.raises(ResponseValidationError):
        h.run(client.pipelines.get(PIPELINE_ID))


@pytest.mark.parametrize("value", ["0", "", "false", "off"])
def test_strict_is_off_otherwise(h: Harness, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CIRCLECI_STRICT", value)
    rec = recorder(reply(200, {"id": 42}))
    client = h.client(rec)
    assert client.strict is False
    assert h.run(client.pipelines.get(PIPELINE_ID)).raw_json == {"id": 42}


def test_explicit_strict_wins_over_the_environment(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_STRICT", "1")
    assert h.client(recorder(), strict=False).strict is False


def test_timeout_applies_to_every_request(h: Harness) -> None:
    seen: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"id": PIPELINE_ID})

    h.run(h.client(recorder(answer), timeout=4.5).pipelines.get(PIPELINE_ID))
    assert seen == [{"connect": 4.5, "read": 4.5, "write": 4.5, "pool": 4.5}]


@pytest.mark.parametrize("bad", [0, -1, "10", True])
def test_bad_timeouts_are_refused(h: Harness, bad: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        h.client(recorder(), timeout=bad)


# --------------------------------------------------------------------------- a lent http_client


def test_a_lent_http_client_carries_the_requests_with_the_clients_rules(h: Harness) -> None:
    rec = recorder(reply(503), OK, reply(404, {"message": "Pipeline not found"}))
    transport = httpx.MockTransport(rec)
    options: dict[str, Any] = {
        "transport": transport,
        "base_url": "https://ignored.example.com",
        "auth": httpx.BasicAuth("someone", "else"),
        "headers": {"X-Team": "platform"},
    }
    lent = httpx.AsyncClient(**options) if h.is_async else httpx.Client(**options)
    client = h.client(http_client=lent, max_retries=1)

    pipeline = h.run(client.pipelines.get(PIPELINE_ID))
    assert pipeline.id == PIPELINE_ID
    assert rec.count == 2  # retried through the lent transport
    sent = rec.sent[1]
    assert str(sent.url) == f"https://circleci.com/api/v2/pipeline/{PIPELINE_ID}"  # our base URL
    assert sent.headers["Circle-Token"] == TOKEN  # our auth
    assert "authorization" not in sent.headers
    assert sent.headers["X-Team"] == "platform"  # the lent client's own headers still apply
    with pytest.raises(NotFoundError, match="Pipeline not found"):  # our errors
        h.run(client.pipelines.get(PIPELINE_ID))


def test_closing_the_client_leaves_a_lent_http_client_open(h: Harness) -> None:
    rec = recorder(OK, OK)
    lent = h.http_client(rec)
    client = h.client(http_client=lent)
    h.run(client.pipelines.get(PIPELINE_ID))
    h.close(client)
    assert lent.is_closed is False
    h.run(h.client(http_client=lent).pipelines.get(PIPELINE_ID))  # still usable
    assert rec.count == 2


def test_the_wrong_flavour_of_http_client_is_refused() -> None:
    transport = httpx.MockTransport(recorder())
    async_http = httpx.AsyncClient(transport=transport)
    with httpx.Client(transport=transport) as sync_http:
        with pytest.raises(ConfigurationError, match="AsyncCircleCI"):
            CircleCI(token=TOKEN, http_client=async_http)  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="CircleCI"):
            AsyncCircleCI(token=TOKEN, http_client=sync_http)  # type: ignore[arg-type]
    asyncio.run(async_http.aclose())


# --------------------------------------------------------------------------- context managers

# An unresolvable host: should a closed client ever send, the test fails without reaching anyone.
NOWHERE = "https://api.invalid"


def test_sync_context_manager_closes_its_own_connections() -> None:
    with CircleCI(token=TOKEN, base_url=NOWHERE) as client:
        assert isinstance(client, CircleCI)
    with pytest.raises(ConfigurationError, match="closed"):
        client.pipelines.get(PIPELINE_ID)


def test_sync_context_manager_leaves_a_lent_client_open() -> None:
    rec = recorder(OK)
    lent = httpx.Client(transport=httpx.MockTransport(rec))
    with CircleCI(token=TOKEN, http_client=lent) as client:
        client.pipelines.get(PIPELINE_ID)
    assert lent.is_closed is False
    lent.close()


def test_async_context_manager_closes_its_own_connections() -> None:
    async def main() -> None:
        async with AsyncCircleCI(token=TOKEN, base_url=NOWHERE) as client:
            assert isinstance(client, AsyncCircleCI)
        with pytest.raises(ConfigurationError, match="closed"):
            await client.pipelines.get(PIPELINE_ID)

    asyncio.run(main())


def test_async_context_manager_leaves_a_lent_client_open() -> None:
    rec = recorder(OK)

    async def main() -> httpx.AsyncClient:
        lent = httpx.AsyncClient(transport=httpx.MockTransport(rec))
        async with AsyncCircleCI(token=TOKEN, http_client=lent) as client:
            await client.pipelines.get(PIPELINE_ID)
        await client.aclose()  # closing twice is harmless
        return lent

    lent = asyncio.run(main())
    assert lent.is_closed is False
    assert rec.count == 1
