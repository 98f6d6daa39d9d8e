"""client.with_options(...): a copy on the same pool with settings overridden; the original is unchanged."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, ConfigurationError, ResponseValidationError, RetryPolicy
from tests.client.conftest import TOKEN, Harness, recorder, reply
from tests.options.test_per_call_options import Timeouts

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
OK = reply(200, {"id": PIPELINE_ID, "number": 7})
DEVIANT = reply(200, {"id": PIPELINE_ID, "number": "seven"})  # number must be an integer


def test_timeout_override_and_the_original_unchanged(h: Harness) -> None:
    rec = Timeouts(OK, OK, OK)
    client = h.client(rec, timeout=30)
    fast = client.with_options(timeout=2)
    h.run(fast.pipelines.get(PIPELINE_ID))
    h.run(client.pipelines.get(PIPELINE_ID))
    h.run(fast.pipelines.get(PIPELINE_ID))
    assert [t["read"] for t in rec.timeouts] == [2.0, 30.0, 2.0]
    assert type(fast) is type(client)
    assert fast is not client


def test_max_retries_and_retry_policy(h: Harness) -> None:
    rec = recorder(reply(503), repeat_last=True)
    client = h.client(rec, max_retries=3)
    stubborn = client.with_options(max_retries=0)
    with pytest.raises(Exception, match="503"):
        h.run(stubborn.pipelines.get(PIPELINE_ID))
    assert rec.count == 1
    with pytest.raises(Exception, match="503"):
        h.run(client.pipelines.get(PIPELINE_ID))
    assert rec.count == 1 + 4
    h.sleeps.clear()
    patient = client.with_options(retry_policy=RetryPolicy(initial_delay=2.0, max_delay=3.0, jitter=0.0))
    with pytest.raises(Exception, match="503"):
        h.run(patient.pipelines.get(PIPELINE_ID))
    assert h.sleeps == [2.0, 3.0, 3.0]


def test_strict_override_both_ways(h: Harness) -> None:
    rec = recorder(DEVIANT, repeat_last=True)
    lenient = h.client(rec)
    strict = lenient.with_options(strict=True)
    assert strict.strict
    assert not lenient.strict
    with pytest.raises(ResponseValidationError, match="number"):
        h.run(strict.pipelines.get(PIPELINE_ID))
    assert h.run(lenient.pipelines.get(PIPELINE_ID)).id == PIPELINE_ID
    assert h.run(strict.with_options(strict=False).pipelines.get(PIPELINE_ID)).id == PIPELINE_ID


def test_default_headers_on_the_copy_only_and_copies_of_copies_accumulate(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    client = h.client(rec)
    tagged = client.with_options(default_headers={"X-Team": "infra", "User-Agent": "deploy-bot"})
    both = tagged.with_options(default_headers={"x-team": "web", "X-Run": "42"})
    for c in (tagged, client, both):
        h.run(c.pipelines.get(PIPELINE_ID))
    copy, original, twice = rec.sent
    assert (copy.headers["x-team"], copy.headers["user-agent"]) == ("infra", "deploy-bot")
    assert "x-team" not in original.headers
    assert original.headers["user-agent"].startswith("circleci-api/")
    assert twice.headers.get_list("x-team") == ["web"]
    assert (twice.headers["x-run"], twice.headers["user-agent"]) == ("42", "deploy-bot")
    assert all(s.headers["circle-token"] == TOKEN for s in rec.sent)


def test_copies_do_not_leak_back(h: Harness) -> None:
    rec = Timeouts(DEVIANT, DEVIANT)
    client = h.client(rec, timeout=30, max_retries=1)
    client.with_options(timeout=1, max_retries=0, strict=True, default_headers={"X-A": "1"})
    assert h.run(client.pipelines.get(PIPELINE_ID)).id == PIPELINE_ID  # still lenient
    assert rec.timeouts[0]["read"] == 30.0
    assert "x-a" not in rec.sent[0].headers
    assert client.strict is False


def test_copies_share_the_connection_pool(h: Harness) -> None:
    client = h.client(recorder(OK))
    copy = client.with_options(timeout=5)
    assert copy._transport.http is client._transport.http


def test_closing_the_original_closes_the_pool_and_the_copies_raise(h: Harness) -> None:
    client = h.client(None)  # the client creates (and owns) its pool
    copy = client.with_options(timeout=5)
    second = copy.with_options(max_retries=0)
    h.close(client)
    for closed in (client, copy, second):
        with pytest.raises(ConfigurationError, match="closed"):
            h.run(closed.pipelines.get(PIPELINE_ID))


def test_copies_of_a_client_on_a_lent_pool_stop_when_its_owner_closes_it(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    lent = h.http_client(rec)
    client = h.client(rec, http_client=lent)
    copy = client.with_options(timeout=5)
    assert h.run(copy.pipelines.get(PIPELINE_ID)).number == 7
    h.run(lent.aclose() if h.is_async else lent.close())
    with pytest.raises(ConfigurationError, match="closed"):
        h.run(copy.pipelines.get(PIPELINE_ID))


def test_closing_a_copy_leaves_the_original_and_the_pool_open(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    client = h.client(rec)
    copy = client.with_options(timeout=5)
    h.close(copy)
    with pytest.raises(ConfigurationError, match="closed"):
        h.run(copy.pipelines.get(PIPELINE_ID))
    assert h.run(client.pipelines.get(PIPELINE_ID)).number == 7
    assert not client._transport.http.is_closed


def test_with_options_as_a_context_manager_keeps_the_original_usable(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    client = h.client(rec)
    if h.is_async:
        import asyncio

        async def scoped() -> None:
            async with client.with_options(timeout=1) as quick:
                await quick.pipelines.get(PIPELINE_ID)

        asyncio.run(scoped())
    else:
        with client.with_options(timeout=1) as quick:
            quick.pipelines.get(PIPELINE_ID)
    assert h.run(client.pipelines.get(PIPELINE_ID)).number == 7


def test_an_unknown_key_is_a_type_error_naming_it(h: Harness) -> None:
    client = h.client(recorder())
    with pytest.raises(TypeError, match="retries"):
        client.with_options(retries=3)
    with pytest.raises(TypeError, match="auth_scheme"):
        client.with_options(auth_scheme="bearer")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -2.5}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"retry_policy": {"initial_delay": 1}}, "retry_policy"),
        ({"strict": "yes"}, "strict"),
        ({"default_headers": {"Circle-Token": "x"}}, "Circle-Token"),
        ({"default_headers": {"authorization": "Bearer x"}}, "authorization"),
    ],
)
def test_bad_override_values_are_configuration_errors(
    h: Harness, kwargs: dict[str, Any], message: str
) -> None:
    client = h.client(recorder())
    with pytest.raises(ConfigurationError, match=message):
        client.with_options(**kwargs)


def test_the_copy_repr_hides_the_token() -> None:
    for cls in (CircleCI, AsyncCircleCI):
        copy = cls(token=TOKEN).with_options(timeout=3)
        assert TOKEN not in repr(copy)
        assert TOKEN not in repr(copy._transport.auth)


def test_a_copy_keeps_the_auth_scheme_and_base_url(h: Harness) -> None:
    rec = recorder(OK)
    client = h.client(rec, auth_scheme="bearer", base_url="https://circleci.example.com")
    h.run(client.with_options(timeout=3).pipelines.get(PIPELINE_ID))
    assert rec.last.headers["authorization"] == f"Bearer {TOKEN}"
    assert rec.last.url.host == "circleci.example.com"
    assert isinstance(client.with_options(timeout=3).base_url, httpx.URL)


def test_closing_the_original_on_a_lent_pool_stops_its_copies_too(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    lent = h.http_client(rec)
    client = h.client(rec, http_client=lent)
    copy = client.with_options(timeout=5)
    h.close(client)
    assert not lent.is_closed  # the user's httpx client stays open ...
    for closed in (client, copy, copy.with_options(max_retries=1)):
        with pytest.raises(ConfigurationError, match="closed"):  # ... but the library's clients are done
            h.run(closed.pipelines.get(PIPELINE_ID, timeout=2))
    assert rec.count == 0


def test_a_closed_copy_stays_closed_for_per_call_timeouts_and_its_own_copies(h: Harness) -> None:
    rec = recorder(OK, repeat_last=True)
    client = h.client(rec)
    copy = client.with_options(timeout=5)
    h.close(copy)
    with pytest.raises(ConfigurationError, match="closed"):
        h.run(copy.pipelines.get(PIPELINE_ID, timeout=1))
    with pytest.raises(ConfigurationError, match="closed"):
        h.run(copy.with_options(strict=True).pipelines.get(PIPELINE_ID))
    assert h.run(client.pipelines.get(PIPELINE_ID, timeout=1)).number == 7
