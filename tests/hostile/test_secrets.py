"""The token never leaks, TLS is verified, and plain http is refused outside localhost.

``test_the_token_never_appears_in_anything_the_scenarios_produce`` runs every kind of scenario the
hostile suite has (successes, each error status, a server that echoes the token back, connection
failures, timeouts, strict validation errors, refused arguments and configurations, redirects to
another host, the CLI in process and as a subprocess) with DEBUG logging on, and hands everything
they produce to ``Leaks``: exception messages and reprs, formatted tracebacks with local variables,
reprs of clients, namespaces, operations, paginators, models and errors, the CLI's stdout and
stderr.  ``Leaks`` also sees every log record.  Then it checks that it was given enough to mean
something.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import ssl
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from circleci_api import (
    AsyncCircleCI,
    CircleCI,
    CircleCIError,
    ConfigurationError,
    RequestValidationError,
    ResponseValidationError,
)
from circleci_api.cli import main as cli_main
from tests.hostile.conftest import LOGGERS, TOKEN, Leaks
from tests.hostile.server import HANG, RESET, Answer, MisbehavingServer, Request, json_answer

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
PIPELINE = {
    "id": PIPELINE_ID,
    "errors": [],
    "project_slug": "gh/acme/api",
    "number": 7,
    "state": "created",
    "created_at": "2025-09-01T09:59:58Z",
    "trigger": {
        "type": "api",
        "received_at": "2025-09-01T09:59:57Z",
        "actor": {"login": "o", "avatar_url": None},
    },
}
ECHO = f"invalid token {TOKEN}"


@pytest.fixture
def debug_logging() -> Iterator[None]:
    """DEBUG for the library's and httpx's loggers (what a user turns on to see everything)."""
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [item.level for item in loggers]
    for item in loggers:
        item.setLevel(logging.DEBUG)
    yield
    for item, level in zip(loggers, levels, strict=True):
        item.setLevel(level)


def behaviour(request: Request) -> Answer:
    """Routes of the scenario server: the last path segment says what to do."""
    what = request.path.split("?", 1)[0].rsplit("/", 1)[-1]
    table: dict[str, Answer] = {
        "ok": json_answer(200, PIPELINE),
        "echo401": json_answer(401, {"message": ECHO}),
        "echo-html": Answer(status=502, body=f"<html>bad gateway for {TOKEN}</html>".encode()),
        "echo-strict": json_answer(200, {**PIPELINE, "state": TOKEN, "number": TOKEN}),
        "echo-violations": json_answer(
            422, {"message": "no"}, ("sl-violations", f'[{{"message": "{TOKEN}"}}]')
        ),
        "reset": Answer(RESET),
        "hang": Answer(HANG),
        "status404": json_answer(404, {"message": "Not found"}),
        "status429": json_answer(429, {"message": "slow"}, ("Retry-After", "1")),
        "status500": json_answer(500, {"message": "boom"}),
        "redirect": Answer(status=302, body=b"", headers=(("Location", "/api/v2/pipeline/ok"),)),
    }
    return table.get(what, json_answer(200, PIPELINE))


#: Routes whose answers quote the token are not here: see the echo tests below.  (httpcore logs
#: response headers at DEBUG, so a server that echoes the token gets it into httpcore's log; the
#: library's own log, messages and tracebacks are checked for those routes.)
ROUTES = ["ok", "reset", "hang", "status404", "status429", "status500", "redirect"]
ECHO_ROUTES = ["echo401", "echo-html", "echo-violations"]


def inspect_client(leaks: Leaks, client: Any) -> None:
    """Everything a user might print about a client and the objects it hands out."""
    leaks.obj("client", client)
    leaks.text("client attributes", repr(vars(client)))
    leaks.text("transport attributes", repr(vars(client._transport)))
    leaks.obj("config", client._config)
    leaks.obj("auth", client._transport.auth)
    leaks.obj("namespace", client.pipelines)
    leaks.obj("bound operation", client.pipelines.get)
    leaks.obj("paginator", client.pipelines.list_for_project("gh/acme/api"))


def run_sync_scenarios(leaks: Leaks, base_url: str) -> None:
    client = CircleCI(TOKEN, base_url=base_url, timeout=0.3, max_retries=1, sleep=lambda s: None)
    strict = CircleCI(TOKEN, base_url=base_url, strict=True, timeout=0.3, max_retries=1, sleep=lambda s: None)
    inspect_client(leaks, client)
    for route in ROUTES:
        for each in (client, strict):
            try:
                result = each.pipelines.get(route)
            except CircleCIError as exc:
                leaks.exception(exc)
            else:
                leaks.obj("model", result)
                leaks.text("model as dict", repr(result.to_dict()))
    try:
        client.request("GET", "/pipeline/../me")
    except RequestValidationError as exc:
        leaks.exception(exc)
    client.close()
    strict.close()


def run_async_scenarios(leaks: Leaks, base_url: str) -> None:
    async def scenarios() -> None:
        async def no_wait(seconds: float) -> None:
            return None

        async with AsyncCircleCI(
            TOKEN, base_url=base_url, timeout=0.3, max_retries=1, sleep=no_wait
        ) as client:
            inspect_client(leaks, client)
            for route in ROUTES:
                try:
                    leaks.obj("model", await client.pipelines.get(route))
                except CircleCIError as exc:
                    leaks.exception(exc)

    asyncio.run(scenarios())


def run_refusals(leaks: Leaks) -> None:
    """Arguments and configurations that are refused before anything is sent."""
    bad: list[Callable[[], Any]] = [
        lambda: CircleCI(TOKEN[:9] + "\n" + TOKEN[9:]),
        lambda: CircleCI(TOKEN + " é"),
        lambda: CircleCI("é" + TOKEN),
        lambda: CircleCI(TOKEN, base_url="http://circleci.example.com"),
        lambda: CircleCI(TOKEN, user_agent="x\r\nCircle-Token: y"),
        lambda: CircleCI(TOKEN, max_retries=-1),
        lambda: CircleCI(TOKEN).pipelines.get(""),
        lambda: CircleCI(TOKEN).projects.get("not a slug"),
        lambda: CircleCI(TOKEN).request("GET", "/me\r\nX: 1"),
        lambda: CircleCI(TOKEN).request("GET\r\n", "/me"),
    ]
    for attempt in bad:
        with pytest.raises((ConfigurationError, RequestValidationError)) as info:
            attempt()
        leaks.exception(info.value)


def run_redirect_to_another_host(leaks: Leaks) -> None:
    """A redirect to another origin (a second server) must arrive there without the token."""
    with MisbehavingServer(lambda request: json_answer(200, PIPELINE)) as other:
        target = f"http://127.0.0.1:{other.port}/elsewhere"

        def redirect(request: Request) -> Answer:
            return Answer(status=307, body=b"", headers=(("Location", target),))

        with MisbehavingServer(redirect) as api, CircleCI(TOKEN, base_url=api.base_url) as client:
            leaks.obj("model", client.pipelines.get("moved"))
            assert api.requests[0].headers["circle-token"] == TOKEN  # the API itself gets it
        received = other.requests
    assert len(received) == 1
    leaks.text("headers received by another host", repr(received[0].headers))


def run_cli(leaks: Leaks, base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its own client from the environment; --debug prints tracebacks."""
    monkeypatch.setenv("CIRCLECI_TOKEN", TOKEN)
    for argv in (
        ["--debug", "--base-url", base_url, "wait", "echo401"],
        ["--debug", "--base-url", base_url, "wait", "reset", "--timeout", "5"],
        ["--debug", "--base-url", base_url, "run", "gh/acme/api", "--definition-id", "d"],
        ["--base-url", base_url, "wait", "status404"],
        ["--base-url", "http://circleci.example.com", "wait", "ok"],
    ):
        out, err = io.StringIO(), io.StringIO()
        code = cli_main(argv, stdout=out, stderr=err)
        assert code != 0, argv
        leaks.text("CLI stdout", out.getvalue())
        leaks.text("CLI stderr", err.getvalue())
        assert err.getvalue(), argv


def run_cli_subprocess(leaks: Leaks, base_url: str) -> None:
    env = {**os.environ, "CIRCLECI_TOKEN": TOKEN}
    for name in ("CIRCLE_TOKEN", "CIRCLECI_BASE_URL"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "circleci_api", "--debug", "--base-url", base_url, "wait", "echo401"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "401" in done.stderr
    leaks.text("CLI subprocess stdout", done.stdout)
    leaks.text("CLI subprocess stderr", done.stderr)


def test_the_token_never_appears_in_anything_the_scenarios_produce(
    leaks: Leaks, debug_logging: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with MisbehavingServer(behaviour) as server:
        run_sync_scenarios(leaks, server.base_url)
        run_async_scenarios(leaks, server.base_url)
        run_refusals(leaks)
        run_redirect_to_another_host(leaks)
        run_cli(leaks, server.base_url, monkeypatch)
        run_cli_subprocess(leaks, server.base_url)
        sent = [r for r in server.requests if r.path.startswith("/api/v2/pipeline/")]
    # Enough was looked at for the check to mean something, and the token did travel to the API.
    assert len(sent) >= 30
    assert all(r.headers.get("circle-token") == TOKEN for r in sent)
    assert leaks.records >= 50, leaks.records
    assert leaks.texts >= 300, leaks.texts
    assert {
        "traceback with locals",
        "CLI stderr",
        "CLI subprocess stderr",
        "log record of circleci_api",
    } <= leaks.kinds
    print(f"\nchecked {leaks.texts} texts ({leaks.chars} characters) and {leaks.records} log records")


def test_a_token_echoed_by_the_server_is_redacted_from_messages(leaks: Leaks) -> None:
    """A proxy that reflects request headers must not get the token into messages or the library's log.

    A 2xx body holding the token is data the server chose to send (an API may return secrets it was
    asked for): models return it as it came, and the frames that parsed it hold it in their local
    variables.  The messages and deviations the library composes from it are redacted.
    """
    library_log = logging.getLogger("circleci_api")
    level = library_log.level
    library_log.setLevel(logging.DEBUG)
    try:
        with MisbehavingServer(behaviour) as server, CircleCI(TOKEN, base_url=server.base_url) as client:
            for route in ECHO_ROUTES:
                with pytest.raises(CircleCIError) as info:
                    client.pipelines.get(route)
                assert "<redacted>" in str(info.value)
                leaks.exception(info.value)
            with CircleCI(TOKEN, base_url=server.base_url, strict=True) as strict:
                with pytest.raises(ResponseValidationError) as raised:
                    strict.pipelines.get("echo-strict")
                error = raised.value
                leaks.obj("ResponseValidationError", error)
                leaks.text("deviations", repr(error.deviations))
                leaks.text("formatted exception", "".join(traceback.format_exception(error)))
                assert "<redacted>" in str(error)
            lenient: Any = client.pipelines.get("echo-strict")  # DEBUG on: deviations are logged
            assert lenient.number == TOKEN  # data comes back as sent
    finally:
        library_log.setLevel(level)
    assert leaks.records > 0


def test_a_malformed_token_is_refused_without_quoting_it() -> None:
    head, tail = TOKEN[:9], TOKEN[9:]
    malformed = [
        f"{head}\r\nX-Injected: 1{tail}",
        f"{head}\x00{tail}",
        f"{head}é{tail}",
        f"{head}\t{tail}",
        f"a {TOKEN}",
    ]
    for token in [*malformed, b"bytes-token-" + tail.encode()]:
        with pytest.raises(ConfigurationError, match="token") as info:
            CircleCI(token)  # type: ignore[arg-type]
        error = info.value
        assert error.__traceback__ is not None
        library_frames = error.__traceback__.tb_next  # not this test's frame: it holds the token
        formatted = traceback.TracebackException(type(error), error, library_frames, capture_locals=True)
        text = "".join(formatted.format())
        assert "resolve_config" in text
        assert tail not in text, text


# --------------------------------------------------------------------------- TLS


@pytest.mark.parametrize("cls", [CircleCI, AsyncCircleCI])
def test_the_http_client_the_library_creates_verifies_tls(cls: type[CircleCI] | type[AsyncCircleCI]) -> None:
    client = cls(TOKEN)
    transport: Any = client._transport.http._transport
    context: ssl.SSLContext = transport._pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    if isinstance(client, AsyncCircleCI):
        asyncio.run(client.close())
    else:
        client.close()


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no CA signed (made with the openssl command)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return cert, key


def test_a_server_with_an_untrusted_certificate_gets_no_request(self_signed: tuple[Path, Path]) -> None:
    cert, key = self_signed
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with MisbehavingServer(lambda request: json_answer(200, PIPELINE), tls=context) as server:
        base_url = f"https://127.0.0.1:{server.port}/api/v2"
        with (
            CircleCI(TOKEN, base_url=base_url, max_retries=0) as client,
            pytest.raises(CircleCIError) as info,
        ):
            client.pipelines.get("x")
        assert "CERTIFICATE_VERIFY_FAILED" in str(info.value) or "certificate" in str(info.value).lower()
        assert server.requests == []  # the handshake failed: no request, no token, was sent
        # The same server is fine for a client told to trust its certificate: the refusal above
        # was certificate verification, nothing else.
        trusting = httpx.Client(verify=ssl.create_default_context(cafile=str(cert)))
        with CircleCI(TOKEN, base_url=base_url, http_client=trusting) as client:
            assert client.pipelines.get("x").id == PIPELINE_ID
        trusting.close()
        assert len(server.requests) == 1


# --------------------------------------------------------------------------- plain http


@pytest.mark.parametrize(
    "url",
    [
        "http://circleci.example.com",
        "http://circleci.com/api/v2",
        "HTTP://circleci.example.com",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://10.0.0.5:8080",
        "http://0.0.0.0",
        "http://[::2]",
    ],
)
@pytest.mark.parametrize("cls", [CircleCI, AsyncCircleCI])
def test_plain_http_is_refused_outside_localhost(cls: type[CircleCI] | type[AsyncCircleCI], url: str) -> None:
    with pytest.raises(ConfigurationError, match="plain-http"):
        cls(TOKEN, base_url=url)
    client = cls(TOKEN, base_url=url, allow_insecure=True)
    assert client.base_url.scheme == "http"


def test_plain_http_from_the_environment_is_refused_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_BASE_URL", "http://circleci.example.com")
    with pytest.raises(ConfigurationError, match="plain-http"):
        CircleCI(TOKEN)


@pytest.mark.parametrize(
    "url", ["http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:9", "http://[::1]:8080/api/v2"]
)
def test_plain_http_to_this_machine_is_allowed(url: str) -> None:
    assert CircleCI(TOKEN, base_url=url).base_url.scheme == "http"


@pytest.mark.parametrize(
    "url", ["https://user:s3cr3t-pw@bad host", "ftp://user:s3cr3t-pw@host", "https://user:s3cr3t-pw@[::1"]
)
def test_a_password_in_a_refused_base_url_is_not_quoted(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url") as info:
        CircleCI(TOKEN, base_url=url)
    assert "s3cr3t-pw" not in str(info.value)
