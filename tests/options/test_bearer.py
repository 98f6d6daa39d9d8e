"""auth_scheme="bearer": Authorization: Bearer <token>, for the API origin only."""

from __future__ import annotations

import logging

import httpx
import pytest

from circleci_api import AsyncCircleCI, AuthenticationError, CircleCI, ConfigurationError, NotFoundError
from circleci_api.testing import FakeCircleCI
from tests.client.conftest import TOKEN, Harness, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
OK = reply(200, {"id": PIPELINE_ID})


def test_bearer_sends_authorization_and_no_circle_token(h: Harness) -> None:
    rec = recorder(OK, OK)
    client = h.client(rec, auth_scheme="bearer")
    assert client.auth_scheme == "bearer"
    h.run(client.pipelines.get(PIPELINE_ID))
    h.run(client.pipelines.get(PIPELINE_ID))
    for sent in rec.sent:
        assert sent.headers.get_list("authorization") == [f"Bearer {TOKEN}"]
        assert "circle-token" not in sent.headers


def test_the_default_stays_circle_token(h: Harness) -> None:
    rec = recorder(OK)
    client = h.client(rec)
    assert client.auth_scheme == "circle-token"
    h.run(client.pipelines.get(PIPELINE_ID))
    assert rec.last.headers["circle-token"] == TOKEN
    assert "authorization" not in rec.last.headers


def test_the_environment_chooses_the_scheme(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_AUTH_SCHEME", " Bearer ")
    rec = recorder(OK)
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert rec.last.headers["authorization"] == f"Bearer {TOKEN}"
    rec2 = recorder(OK)
    h.run(h.client(rec2, auth_scheme="circle-token").pipelines.get(PIPELINE_ID))  # the argument wins
    assert rec2.last.headers["circle-token"] == TOKEN


@pytest.mark.parametrize("scheme", ["basic", "token", "", 5])
def test_an_unknown_scheme_is_a_configuration_error(scheme: object) -> None:
    for cls in (CircleCI, AsyncCircleCI):
        with pytest.raises(ConfigurationError, match="auth_scheme"):
            cls(token=TOKEN, auth_scheme=scheme)  # type: ignore[arg-type]


def test_an_unknown_scheme_in_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_AUTH_SCHEME", "oauth")
    with pytest.raises(ConfigurationError, match="CIRCLECI_AUTH_SCHEME") as info:
        CircleCI(token=TOKEN)
    assert TOKEN not in str(info.value)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_bearer_is_dropped_on_cross_origin_redirects(h: Harness, status: int) -> None:
    rec = recorder(reply(status, location="https://downloads.example.net/file?sig=abc"), OK)
    h.run(h.client(rec, auth_scheme="bearer").pipelines.get(PIPELINE_ID))
    api, other = rec.sent
    assert api.headers["authorization"] == f"Bearer {TOKEN}"
    assert other.url.host == "downloads.example.net"
    assert "authorization" not in other.headers
    assert "circle-token" not in other.headers


def test_bearer_only_reaches_the_exact_api_origin(h: Harness) -> None:
    rec = recorder(
        reply(301, location="/api/v2/pipeline/moved"),  # same origin: still the API
        reply(302, location="https://circleci.com:8443/api/v2/pipeline/moved"),  # another port
        reply(302, location="https://circleci.com.evil.example/api/v2/pipeline/moved"),  # look-alike
        reply(302, location=f"https://circleci.com/api/v2/pipeline/{PIPELINE_ID}"),  # back home
        OK,
    )
    h.run(h.client(rec, auth_scheme="bearer").pipelines.get(PIPELINE_ID))
    sent = [s.headers.get_list("authorization") for s in rec.sent]
    bearer = [f"Bearer {TOKEN}"]
    assert sent == [bearer, bearer, [], [], bearer]


def test_bearer_is_never_sent_to_a_lent_client_s_other_hosts(h: Harness) -> None:
    rec = recorder(OK)
    client = h.client(rec, auth_scheme="bearer")
    h.run(client.request("GET", f"/pipeline/{PIPELINE_ID}"))
    assert rec.last.headers["authorization"] == f"Bearer {TOKEN}"
    transport = client._transport
    assert TOKEN not in repr(transport.auth)


def test_errors_and_logs_do_not_show_the_bearer_token(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="circleci_api")
    rec = recorder(reply(503), reply(404, {"message": "Not found"}))
    client = h.client(rec, auth_scheme="bearer", max_retries=1)
    with pytest.raises(NotFoundError) as info:
        h.run(client.pipelines.get(PIPELINE_ID))
    assert info.value.response is not None
    assert info.value.response.request.headers["authorization"] == "<redacted>"
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(client)
    assert caplog.records
    assert TOKEN not in caplog.text


def test_the_fake_accepts_bearer_tokens() -> None:
    fake = FakeCircleCI()
    fake.add_project("gh/acme/api")

    def client(token: str) -> CircleCI:
        return CircleCI(
            token=token,
            auth_scheme="bearer",
            base_url=fake.base_url,
            http_client=httpx.Client(transport=fake.transport()),
        )

    with client(fake.token) as good:
        assert good.projects.get("gh/acme/api").slug == "gh/acme/api"
    with client("wrong-token-1234") as bad, pytest.raises(AuthenticationError):
        bad.projects.get("gh/acme/api")
