"""The token goes to the API origin only, and never shows up in reprs, logs, errors or tracebacks."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest

from circleci_api import ConfigurationError
from circleci_api import errors as e
from tests.client.conftest import TOKEN, Harness, fail, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
OK = reply(200, {"id": PIPELINE_ID})


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_cross_origin_redirect_never_receives_the_token(h: Harness, status: int) -> None:
    rec = recorder(reply(status, location="https://downloads.example.net/file?sig=abc"), OK)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    api, other = rec.sent
    assert api.headers["Circle-Token"] == TOKEN
    assert other.url.host == "downloads.example.net"
    assert "circle-token" not in other.headers
    assert "authorization" not in other.headers


def test_cross_origin_307_keeps_the_body_but_not_the_token(h: Harness) -> None:
    rec = recorder(reply(307, location="https://elsewhere.example.org/run"), reply(201, {"id": "p"}))
    h.run(h.client(rec).pipelines.run("gh/acme/api", definition_id="d"))
    assert rec.sent[1].method == "POST"
    assert rec.sent[1].json() == {"definition_id": "d"}
    assert "circle-token" not in rec.sent[1].headers


def test_same_origin_redirect_keeps_the_token_on_the_api_host_only(h: Harness) -> None:
    rec = recorder(
        reply(301, location="/api/v2/pipeline/moved"),  # same origin: still the API
        reply(302, location="https://circleci.com:8443/api/v2/pipeline/moved"),  # another port
        reply(302, location="http://circleci.com/api/v2/pipeline/moved"),  # downgraded scheme
        reply(302, location="https://circleci.com.evil.example/api/v2/pipeline/moved"),  # look-alike
        OK,
    )
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert rec.count == 5
    assert [("circle-token" in s.headers) for s in rec.sent] == [True, True, False, False, False]
    assert rec.sent[1].headers["Circle-Token"] == TOKEN
    assert rec.sent[1].url.raw_path == b"/api/v2/pipeline/moved"


def test_redirect_back_to_the_api_after_another_host(h: Harness) -> None:
    rec = recorder(
        reply(302, location="https://sso.example.com/hop"),
        reply(302, location=f"https://circleci.com/api/v2/pipeline/{PIPELINE_ID}"),
        OK,
    )
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert [("circle-token" in s.headers) for s in rec.sent] == [True, False, True]


def test_a_user_client_that_follows_redirects_still_does_not_leak(h: Harness) -> None:
    rec = recorder(reply(302, location="https://downloads.example.net/x"), OK)
    transport = httpx.MockTransport(rec)
    user_client: httpx.Client | httpx.AsyncClient
    if h.is_async:
        user_client = httpx.AsyncClient(transport=transport, follow_redirects=True)
    else:
        user_client = httpx.Client(transport=transport, follow_redirects=True)
    h.run(h.client(http_client=user_client).pipelines.get(PIPELINE_ID))
    assert "circle-token" not in rec.sent[1].headers


def test_custom_base_url_receives_the_token_and_circleci_com_does_not(h: Harness) -> None:
    rec = recorder(reply(302, location="https://circleci.com/api/v2/pipeline/x"), OK)
    h.run(h.client(rec, base_url="https://circleci.corp.example").pipelines.get(PIPELINE_ID))
    assert rec.sent[0].url.host == "circleci.corp.example"
    assert rec.sent[0].headers["Circle-Token"] == TOKEN
    assert "circle-token" not in rec.sent[1].headers


def test_repr_of_the_client_and_its_parts_hides_the_token(h: Harness) -> None:
    client = h.client(recorder())
    for text in (repr(client), str(client), repr(client.pipelines), repr(client.pipelines.get)):
        assert TOKEN not in text
    assert "token=<set>" in repr(client)


def _all_text(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    response = getattr(exc, "response", None)
    if response is not None:
        parts += [repr(response.request.headers), str(dict(response.request.headers)), repr(response.request)]
    return "\n".join(parts)


@pytest.mark.parametrize(
    "answer",
    [
        reply(401, {"message": "Invalid token provided."}),
        reply(429, {"message": "slow"}, retry_after="1"),
        reply(500, text="<html>oops</html>"),
        reply(200, text="not json"),
        fail(httpx.ConnectError, "connection refused"),
        fail(httpx.ReadTimeout, "timed out"),
    ],
    ids=["401", "429", "500-html", "bad-json", "connect", "timeout"],
)
def test_errors_and_tracebacks_do_not_contain_the_token(
    h: Harness, answer: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, including httpx's
    rec = recorder(answer, repeat_last=True)  # type: ignore[arg-type]
    with pytest.raises(e.CircleCIError) as info:
        h.run(h.client(rec, max_retries=1).pipelines.get(PIPELINE_ID))
    assert rec.sent[0].headers["Circle-Token"] == TOKEN  # it was sent, so there was something to leak
    assert TOKEN not in _all_text(info.value)
    assert TOKEN not in caplog.text
    assert all(TOKEN not in repr(record.args) for record in caplog.records)


def test_the_request_kept_by_an_error_shows_a_redacted_header(h: Harness) -> None:
    rec = recorder(reply(403, {"message": "no"}))
    with pytest.raises(e.PermissionDeniedError) as info:
        h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert info.value.response is not None
    assert info.value.response.request.headers["Circle-Token"] == "<redacted>"


def test_the_request_inside_a_failed_send_shows_a_redacted_header(h: Harness) -> None:
    # The library's error hides the httpx one (``from None``), but it is still its __context__,
    # which error trackers can walk: its request must not hold the token either.
    rec = recorder(fail(httpx.ConnectError, "connection refused"))
    with pytest.raises(e.APIConnectionError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    cause = info.value.__context__
    assert isinstance(cause, httpx.ConnectError)
    assert cause.request.headers["Circle-Token"] == "<redacted>"
    assert rec.sent[0].headers["Circle-Token"] == TOKEN


@pytest.mark.parametrize(
    ("scheme", "header", "value"),
    [("circle-token", "Circle-Token", TOKEN), ("bearer", "Authorization", f"Bearer {TOKEN}")],
)
def test_every_request_kept_after_a_call_is_redacted_and_the_next_call_still_authenticates(
    h: Harness, scheme: str, header: str, value: str
) -> None:
    rec = recorder(OK, repeat_last=True)
    client = h.client(rec, auth_scheme=scheme)
    for _ in range(2):  # the redaction of one call's request must not reach the next request
        raw = h.run(client.with_raw_response.pipelines.get(PIPELINE_ID))
        assert raw.http_response.request.headers[header] == "<redacted>"
    assert [s.headers[header] for s in rec.sent] == [value, value]


def test_missing_token_fails_at_the_first_request_naming_both_variables(h: Harness) -> None:
    rec = recorder(OK)
    client = h.client(rec, token=None)  # construction works without a token
    assert "token=<missing>" in repr(client)
    with pytest.raises(ConfigurationError) as info:
        h.run(client.pipelines.get(PIPELINE_ID))
    assert "CIRCLECI_TOKEN" in str(info.value)
    assert "CIRCLE_TOKEN" in str(info.value)
    assert rec.count == 0


@pytest.mark.parametrize("bad", ["", "   ", "abc\ndef", "abc\rdef"])
def test_unusable_tokens_are_refused_without_echoing_them(h: Harness, bad: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        h.client(recorder(), token=bad)
    if bad.strip():
        assert bad not in str(info.value)
