"""The fake over real HTTP: ``FakeServer`` and ``python -m circleci_api.testing serve``."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from circleci_api import CircleCI
from circleci_api.testing import FakeCircleCI, FakeServer

SLUG = "gh/acme/api"
CLI_TIMEOUT = 60


def test_server_serves_the_api_and_files_on_two_local_origins() -> None:
    fake = FakeCircleCI()
    fake.add_project(SLUG)
    with fake.serve() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.base_url.endswith("/api/v2")
        assert httpx.URL(server.files_url).port != server.port
        with server.client() as client:
            assert client.projects.get(SLUG).slug == SLUG
        assert "127.0.0.1" in repr(server)
        base_url = server.base_url
    assert repr(server) == "FakeServer(stopped)"
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.base_url
    answered = len(fake.requests)
    with contextlib.suppress(httpx.TransportError):  # refused (unless another test reused the port)
        httpx.get(base_url + "/me")
    assert len(fake.requests) == answered


def test_env_configures_a_client_that_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeCircleCI()
    fake.add_project(SLUG)
    with fake.serve() as server:
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        with CircleCI() as client:
            assert client.projects.settings.get(SLUG).advanced is not None


def test_the_server_reports_its_own_failures() -> None:
    class Broken(FakeCircleCI):
        def dispatch(self, request: httpx.Request, files_base: str) -> httpx.Response:
            raise RuntimeError("boom")

    with FakeServer(Broken()) as server:
        response = httpx.get(server.base_url + "/me")
        chunked = httpx.post(server.base_url + "/context", content=iter([b"{}"]))
    assert response.status_code == 500
    assert response.json() == {"message": "FakeCircleCI failed: RuntimeError: boom"}
    assert chunked.status_code == 411


def test_stop_drops_kept_alive_connections() -> None:
    fake = FakeCircleCI()
    server = fake.serve().start()
    with httpx.Client(base_url=server.base_url, headers={"Circle-Token": fake.token}) as client:
        assert client.get("/me").status_code == 200
        server.stop()
        with contextlib.suppress(httpx.TransportError):  # the kept-alive connection is gone too
            client.get("/me")
    assert len(fake.requests) == 1


@pytest.fixture
def cli() -> Iterator[subprocess.Popen[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCLE")}
    command = [sys.executable, "-m", "circleci_api.testing", "serve", "--port", "0", "--seed", "3"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate(timeout=CLI_TIMEOUT)


def test_cli_serves_until_interrupted(cli: subprocess.Popen[str]) -> None:
    assert cli.stdout is not None
    lines = [cli.stdout.readline() for _ in range(5)]
    assert lines[0].startswith("FakeCircleCI serving http://127.0.0.1:"), lines
    base_url = lines[0].split()[-1]
    token = lines[1].split()[-1]
    assert "gh/acme/api" in lines[2]
    project = httpx.get(f"{base_url}/project/{SLUG}", headers={"Circle-Token": token})
    assert project.status_code == 200
    assert project.json()["id"] in lines[2]
    cli.send_signal(signal.SIGINT)
    out, err = cli.communicate(timeout=CLI_TIMEOUT)
    assert cli.returncode == 0, err
    assert out.strip().endswith("stopped")


def test_cli_refuses_a_taken_port_and_bad_slugs() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = subprocess.run(
            [sys.executable, "-m", "circleci_api.testing", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT,
            check=False,
        )
    assert busy.returncode == 2  # a configuration error, like a bad slug
    assert f"cannot listen on 127.0.0.1:{port}" in busy.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "circleci_api.testing", "serve", "--port", "0", "--project", "gitlab/x"],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        check=False,
    )
    assert bad.returncode == 2
    assert "error:" in bad.stderr
