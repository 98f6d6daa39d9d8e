"""Over real HTTP: the served fake POSTs signed events to receivers on 127.0.0.1 (the README's too)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from circleci_api import CircleCI
from circleci_api.testing import FakeCircleCI, FakeServer
from circleci_api.webhooks import WorkflowCompletedEvent, parse_event
from tests.testing.support import VirtualClock

SLUG = "gh/acme/api"
SECRET = "readme-receiver-secret"


def _readme_blocks(root: Path) -> list[str]:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Receiving webhooks") : readme.index("## Development")]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@contextmanager
def _listening(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks/circleci"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _subscribe(client: CircleCI, project_id: str, url: str, secret: str = SECRET, **fields: Any) -> str:
    hook = client.webhooks.create(
        name="readme-receiver",
        url=url,
        events=fields.pop("events", ["workflow-completed", "job-completed"]),
        verify_tls=False,
        signing_secret=secret,
        scope={"id": project_id, "type": "project"},
    )
    return str(hook.id)


def _run(fake: FakeCircleCI, server: FakeServer, outcome: str) -> str:
    fake.script_run(outcome)  # type: ignore[arg-type]
    with server.client() as client:
        return str(client.pipelines.run_and_wait(SLUG, poll_interval=1, clock=VirtualClock()).pipeline.id)


@pytest.fixture
def readme_receiver(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.setenv("CIRCLECI_WEBHOOK_SECRET", SECRET)
    namespace: dict[str, Any] = {"__name__": "readme_receiver"}
    exec(compile(_readme_blocks(root)[0], "README.md", "exec"), namespace)
    return namespace


def test_the_served_fake_posts_to_the_readme_receiver(readme_receiver: dict[str, Any]) -> None:
    fake = FakeCircleCI(seed=3)
    project = fake.add_project(SLUG)
    fake.script_webhooks(sleep=lambda seconds: None)
    with _listening(readme_receiver["Receiver"]) as url, fake.serve() as server:
        with server.client() as client:
            _subscribe(client, project.id, url)
        _run(fake, server, "success")
        assert readme_receiver["failed"] == []
        pipeline_id = _run(fake, server, "failure")
        with server.client() as client:
            [workflow] = list(client.pipelines.workflows(pipeline_id))
        assert readme_receiver["failed"] == [workflow.id]
        # Redeliveries reach the receiver and are dropped there.
        fake.script_webhooks(duplicate=True, fail_first=1, sleep=lambda seconds: None)
        _run(fake, server, "failure")
    assert len(readme_receiver["failed"]) == 2
    assert [(d.event_type, d.status) for d in fake.webhook_deliveries[:3]] == [
        ("job-completed", 204),
        ("job-completed", 204),
        ("workflow-completed", 204),
    ]
    assert all(d.sent and d.url == url for d in fake.webhook_deliveries)
    assert len(fake.webhook_deliveries) == 3 + 3 + 2 * 3 + 1
    assert len(readme_receiver["seen"]) == 9


def test_a_receiver_refusing_the_signature_is_retried_then_given_up(readme_receiver: dict[str, Any]) -> None:
    fake = FakeCircleCI(seed=4)
    project = fake.add_project(SLUG)
    waits: list[float] = []
    fake.script_webhooks(sleep=waits.append)
    with _listening(readme_receiver["Receiver"]) as url, fake.serve() as server:
        with server.client() as client:
            _subscribe(
                client, project.id, url, secret="not-what-the-receiver-has", events=["workflow-completed"]
            )
        _run(fake, server, "failure")
    assert [(d.attempt, d.status, d.ok) for d in fake.webhook_deliveries] == [
        (1, 400, False),
        (2, 400, False),
        (3, 400, False),
    ]
    assert waits == [0.5, 1.0]
    assert readme_receiver["failed"] == []


def test_a_receiver_that_is_down_or_slow(root: Path) -> None:
    fake = FakeCircleCI(seed=5)
    project = fake.add_project(SLUG)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    arrived: list[float] = []

    class Slow(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            arrived.append(time.monotonic())
            if len(arrived) == 1:
                time.sleep(0.6)  # longer than the fake waits
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    fake.script_webhooks(timeout=0.2, sleep=lambda seconds: None)
    with _listening(Slow) as slow, fake.serve() as server:
        with server.client() as client:
            _subscribe(client, project.id, closed, events=["workflow-completed"])
            _subscribe(client, project.id, slow, events=["workflow-completed"])
        _run(fake, server, "success")
    to_closed = [d for d in fake.webhook_deliveries if d.url == closed]
    to_slow = [d for d in fake.webhook_deliveries if d.url == slow]
    assert [d.ok for d in to_closed] == [False, False, False]
    assert all(str(d.error).startswith("connection error: ConnectError") for d in to_closed)
    assert [(d.error, d.ok) for d in to_slow] == [("timeout", False), (None, True)]


def test_the_readme_end_to_end_example_passes(root: Path) -> None:
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(_readme_blocks(root)[1], "README.md", "exec"), namespace)
    fake = FakeCircleCI()
    namespace["test_my_receiver_sees_the_failed_workflow"](fake)
    assert [d.event_type for d in fake.webhook_deliveries] == ["workflow-completed"]


def test_python_m_circleci_api_testing_serve_delivers(tmp_path: Path) -> None:
    received: list[tuple[bytes, dict[str, str]]] = []

    class Capture(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append((self.rfile.read(int(self.headers["Content-Length"])), dict(self.headers)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCLE")}
    process = subprocess.Popen(
        [sys.executable, "-m", "circleci_api.testing", "serve", "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = lines[0].split()[-1]
        token = lines[1].split()[-1]
        project_id = re.search(r"id=(\S+)", lines[2]).group(1)  # type: ignore[union-attr]
        with _listening(Capture) as url, CircleCI(base_url=base_url, token=token) as client:
            _subscribe(client, project_id, url, events=["workflow-completed"])
            client.pipelines.run_and_wait(SLUG, poll_interval=1, clock=VirtualClock())
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
    [(body, headers)] = received
    event = parse_event(body, headers, secret=SECRET)
    assert isinstance(event, WorkflowCompletedEvent)
    assert str(event.workflow.status) == "success"
    assert headers["User-Agent"] == "CircleCI-Webhook/1.0"
