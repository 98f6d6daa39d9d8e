"""Retry rules: which failures are retried for which methods, how long the client waits, and how often.

Waiting goes through the client's ``sleep`` argument, so the harness records each delay instead of
sleeping.  ``rec.count`` is the number of requests the transport received.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from circleci_api import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from circleci_api import errors as e
from tests.client.conftest import Harness, Reply, fail, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
NO_JITTER = RetryPolicy(jitter=0)
OK_PIPELINE = reply(200, {"id": PIPELINE_ID})

# One call per HTTP method, each answered by OK_PIPELINE-compatible JSON.
CALLS: dict[str, Callable[[Any], Any]] = {
    "GET": lambda c: c.pipelines.get(PIPELINE_ID),
    "PUT": lambda c: c.contexts.env_vars.set("ctx", "NAME", value="v"),
    "DELETE": lambda c: c.pipeline_definitions.delete("p", "d"),
    "POST": lambda c: c.pipelines.run("gh/acme/api", definition_id="d"),
    "PATCH": lambda c: c.triggers.update("p", "t", disabled=True),
}
IDEMPOTENT = ["GET", "PUT", "DELETE"]
UNSAFE = ["POST", "PATCH"]

RETRYABLE_FOR_IDEMPOTENT: dict[str, Reply] = {
    "408": reply(408),
    "429": reply(429),
    "500": reply(500),
    "502": reply(502, text="<html>bad gateway</html>"),
    "503": reply(503),
    "504": reply(504),
    "ConnectError": fail(httpx.ConnectError),
    "ConnectTimeout": fail(httpx.ConnectTimeout),
    "ReadTimeout": fail(httpx.ReadTimeout),
    "ReadError": fail(httpx.ReadError),
    "RemoteProtocolError": fail(httpx.RemoteProtocolError),
}


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("failure", list(RETRYABLE_FOR_IDEMPOTENT))
def test_idempotent_methods_retry_transient_failures(h: Harness, method: str, failure: str) -> None:
    rec = recorder(RETRYABLE_FOR_IDEMPOTENT[failure], RETRYABLE_FOR_IDEMPOTENT[failure], OK_PIPELINE)
    client = h.client(rec, max_retries=2)
    h.run(CALLS[method](client))
    assert rec.count == 3
    assert {sent.method for sent in rec.sent} == {method}
    assert len(h.sleeps) == 2


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_never_retried(h: Harness, method: str, status: int) -> None:
    rec = recorder(reply(status, {"message": "no"}))
    with pytest.raises(e.APIStatusError):
        h.run(CALLS[method](h.client(rec, max_retries=3)))
    assert rec.count == 1
    assert h.sleeps == []


@pytest.mark.parametrize("method", UNSAFE)
@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (reply(500), InternalServerError),
        (reply(502), InternalServerError),
        (reply(503), InternalServerError),
        (reply(408), e.APIStatusError),
        (fail(httpx.ReadTimeout), APITimeoutError),
        (fail(httpx.WriteTimeout), APITimeoutError),
        (fail(httpx.ReadError), APIConnectionError),
        (fail(httpx.WriteError), APIConnectionError),
        (fail(httpx.RemoteProtocolError), APIConnectionError),
    ],
    ids=["500", "502", "503", "408", "ReadTimeout", "WriteTimeout", "ReadError", "WriteError", "Protocol"],
)
def test_post_and_patch_are_not_retried_once_the_request_may_have_arrived(
    h: Harness, method: str, failure: Reply, raised: type[Exception]
) -> None:
    rec = recorder(failure, OK_PIPELINE)
    with pytest.raises(raised):
        h.run(CALLS[method](h.client(rec, max_retries=3)))
    assert rec.count == 1  # a pipeline is never triggered twice
    assert h.sleeps == []


@pytest.mark.parametrize("method", UNSAFE)
@pytest.mark.parametrize(
    "failure",
    [
        reply(429, retry_after="1"),
        fail(httpx.ConnectError),
        fail(httpx.ConnectTimeout),
        fail(httpx.PoolTimeout),
    ],
    ids=["429", "ConnectError", "ConnectTimeout", "PoolTimeout"],
)
def test_post_and_patch_retry_429_and_requests_that_were_never_sent(
    h: Harness, method: str, failure: Reply
) -> None:
    rec = recorder(failure, OK_PIPELINE)
    h.run(CALLS[method](h.client(rec, max_retries=3)))
    assert rec.count == 2
    assert [sent.method for sent in rec.sent] == [method, method]
    assert rec.sent[0].body == rec.sent[1].body


def test_a_body_that_breaks_mid_read_is_retried_for_get(h: Harness) -> None:
    from tests.client.test_errors import BrokenBody

    rec = recorder(lambda request: httpx.Response(200, stream=BrokenBody(httpx.ReadError)), OK_PIPELINE)
    pipeline = h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert pipeline.id == PIPELINE_ID
    assert rec.count == 2


def test_a_body_that_breaks_mid_read_is_not_retried_for_post(h: Harness) -> None:
    from tests.client.test_errors import BrokenBody

    rec = recorder(lambda request: httpx.Response(201, stream=BrokenBody(httpx.ReadError)), OK_PIPELINE)
    with pytest.raises(APIConnectionError):
        h.run(h.client(rec).pipelines.run("gh/acme/api"))
    assert rec.count == 1


# --------------------------------------------------------------------------- how many, how long


@pytest.mark.parametrize("max_retries", [0, 1, 2, 5])
def test_attempts_are_bounded_by_max_retries(h: Harness, max_retries: int) -> None:
    rec = recorder(reply(503, {"message": "busy"}), repeat_last=True)
    with pytest.raises(InternalServerError) as info:
        h.run(h.client(rec, max_retries=max_retries).pipelines.get(PIPELINE_ID))
    assert rec.count == max_retries + 1
    assert len(h.sleeps) == max_retries
    assert info.value.message == "busy"


def test_backoff_doubles_up_to_the_cap(h: Harness) -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0)
    rec = recorder(fail(httpx.ConnectError), repeat_last=True)
    with pytest.raises(APIConnectionError):
        h.run(h.client(rec, max_retries=5, retry_policy=policy).pipelines.get(PIPELINE_ID))
    assert h.sleeps == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_only_shortens_the_delay(h: Harness) -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=8.0, jitter=0.25)
    rec = recorder(reply(503), repeat_last=True)
    with pytest.raises(InternalServerError):
        h.run(h.client(rec, max_retries=4, retry_policy=policy).pipelines.get(PIPELINE_ID))
    for attempt, delay in enumerate(h.sleeps):
        base = 2.0**attempt
        assert 0.75 * base <= delay <= base


def test_default_policy_waits_between_half_and_eight_seconds(h: Harness) -> None:
    rec = recorder(reply(500), repeat_last=True)
    with pytest.raises(InternalServerError):
        h.run(h.client(rec, max_retries=6).pipelines.get(PIPELINE_ID))
    assert len(h.sleeps) == 6
    assert all(0.5 * 0.75 <= delay <= 8.0 for delay in h.sleeps)
    assert h.sleeps[-1] > h.sleeps[0]


def test_retry_after_seconds_is_honoured(h: Harness) -> None:
    rec = recorder(reply(429, retry_after="7"), reply(503, retry_after="0"), OK_PIPELINE)
    h.run(h.client(rec, retry_policy=NO_JITTER).pipelines.get(PIPELINE_ID))
    assert h.sleeps == [7.0, 0.0]
    assert rec.count == 3


def test_retry_after_http_date_is_honoured(h: Harness) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    rec = recorder(reply(503, retry_after=when), OK_PIPELINE)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert rec.count == 2
    [delay] = h.sleeps
    assert 20 <= delay <= 30  # whole seconds in the header; the test itself takes far less than 10 s


def test_retry_after_date_in_the_past_means_now(h: Harness) -> None:
    rec = recorder(reply(429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"), OK_PIPELINE)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert h.sleeps == [0.0]


@pytest.mark.parametrize("header", ["ratelimit_reset", "x_ratelimit_reset"])
def test_rate_limit_reset_in_seconds_is_honoured(h: Harness, header: str) -> None:
    rec = recorder(reply(429, **{header: "4"}), OK_PIPELINE)
    h.run(h.client(rec).pipelines.run("gh/acme/api"))
    assert h.sleeps == [4.0]


def test_rate_limit_reset_as_epoch_seconds_is_honoured(h: Harness) -> None:
    reset = str(int(time.time()) + 12)
    rec = recorder(reply(429, x_ratelimit_reset=reset), OK_PIPELINE)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    [delay] = h.sleeps
    assert 2 <= delay <= 12


def test_retry_after_wins_over_rate_limit_reset(h: Harness) -> None:
    rec = recorder(reply(429, retry_after="2", ratelimit_reset="9"), OK_PIPELINE)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert h.sleeps == [2.0]


def test_unparsable_retry_after_falls_back_to_backoff(h: Harness) -> None:
    rec = recorder(reply(503, retry_after="soon"), OK_PIPELINE)
    h.run(h.client(rec, retry_policy=NO_JITTER).pipelines.get(PIPELINE_ID))
    assert h.sleeps == [0.5]


def test_a_wait_longer_than_the_limit_raises_instead_of_sleeping(h: Harness) -> None:
    rec = recorder(reply(429, {"message": "quota"}, retry_after="3600"), OK_PIPELINE)
    client = h.client(rec, retry_policy=RetryPolicy(max_retry_after=60))
    with pytest.raises(RateLimitError) as info:
        h.run(client.pipelines.get(PIPELINE_ID))
    assert info.value.retry_after == 3600.0
    assert rec.count == 1
    assert h.sleeps == []


def test_exhausted_rate_limit_retries_raise_rate_limit_error(h: Harness) -> None:
    rec = recorder(reply(429, {"message": "slow down"}, retry_after="1"), repeat_last=True)
    with pytest.raises(RateLimitError) as info:
        h.run(h.client(rec, max_retries=2).pipelines.run("gh/acme/api"))
    assert rec.count == 3
    assert h.sleeps == [1.0, 1.0]
    assert info.value.retry_after == 1.0


def test_exhausted_connection_retries_raise_connection_error(h: Harness) -> None:
    rec = recorder(fail(httpx.ConnectError, "connection refused"), repeat_last=True)
    with pytest.raises(APIConnectionError, match="connection refused"):
        h.run(h.client(rec, max_retries=2).pipelines.get(PIPELINE_ID))
    assert rec.count == 3


def test_sleep_must_be_callable(h: Harness) -> None:
    with pytest.raises(e.ConfigurationError, match="sleep"):
        h.client(sleep=5)


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_max_retries_must_be_a_non_negative_integer(h: Harness, bad: Any) -> None:
    with pytest.raises(e.ConfigurationError, match="max_retries"):
        h.client(max_retries=bad)
