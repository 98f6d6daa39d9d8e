"""A small HTTP/1.1 server on 127.0.0.1 that misbehaves on request, for fault and load tests.

It runs an asyncio loop in a background thread.  ``behave(request)`` decides what each request
gets (an ``Answer``: a status and body, or a fault such as a reset connection, a truncated body or
no answer at all).  The server counts what it sees: every request (method and path), connections
accepted, connections open now and the most that were ever open at once.
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Self

#: What the server does with one request.
RESPOND, RESET, CLOSE, HANG, TRUNCATE, SLOW = "respond", "reset", "close", "hang", "truncate", "slow"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


@dataclass(frozen=True)
class Answer:
    """``RESPOND`` with ``status``/``body``/``headers``; ``RESET`` the connection (RST); ``CLOSE``
    it without a word; ``HANG`` (never answer); ``TRUNCATE`` (promise a body, send part, close);
    ``SLOW`` (answer after ``delay`` seconds, the body trickling out in pieces)."""

    kind: str = RESPOND
    status: int = 200
    body: bytes = b"{}"
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    delay: float = 0.0


def json_answer(status: int, data: Any, *headers: tuple[str, str]) -> Answer:
    return Answer(
        RESPOND, status, json.dumps(data).encode(), (("Content-Type", "application/json"), *headers)
    )


REASONS = {200: "OK", 201: "Created", 408: "Request Timeout", 429: "Too Many Requests", 502: "Bad Gateway"}


@dataclass
class Stats:
    requests: list[Request] = field(default_factory=list)
    accepted: int = 0
    open_now: int = 0
    peak_open: int = 0


class MisbehavingServer:
    """See the module docstring.  Use as ``with MisbehavingServer(behave) as server:``."""

    def __init__(self, behave: Callable[[Request], Answer], *, tls: ssl.SSLContext | None = None) -> None:
        self.behave = behave
        self.tls = tls
        self.stats = Stats()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="misbehaving-server", daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Self:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        started.result(timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await asyncio.start_server(
            self._connection, "127.0.0.1", 0, backlog=2048, ssl=self.tls
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v2"

    # ------------------------------------------------------------------ counting

    @property
    def requests(self) -> list[Request]:
        with self._lock:
            return list(self.stats.requests)

    def count(self, method: str | None = None) -> int:
        return sum(1 for r in self.requests if method is None or r.method == method)

    def reset_counts(self) -> None:
        with self._lock:
            self.stats = Stats(open_now=self.stats.open_now)

    def open_connections(self, settle: float = 2.0) -> int:
        """Connections open now, after waiting up to ``settle`` seconds for closes to arrive."""
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline and self.stats.open_now:
            time.sleep(0.01)
        return self.stats.open_now

    # ------------------------------------------------------------------ serving

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self.stats.accepted += 1
            self.stats.open_now += 1
            self.stats.peak_open = max(self.stats.peak_open, self.stats.open_now)
        self._writers.add(writer)
        try:
            while await self._one_request(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._writers.discard(writer)
            if not writer.is_closing():
                writer.close()
            with self._lock:
                self.stats.open_now -= 1

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection is over."""
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return False
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
        request = Request(method, target, headers, body, time.monotonic())
        with self._lock:
            self.stats.requests.append(request)
        answer = self.behave(request)
        if answer.kind == RESET:
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if answer.kind == CLOSE:
            writer.close()
            return False
        if answer.kind == HANG:
            await reader.read()  # until the client gives up and closes
            return False
        if answer.delay:
            await asyncio.sleep(answer.delay)
        reason = REASONS.get(answer.status, "Status")
        head_out = [f"HTTP/1.1 {answer.status} {reason}", f"Content-Length: {len(answer.body)}"]
        head_out += [f"{name}: {value}" for name, value in answer.headers]
        writer.write(("\r\n".join(head_out) + "\r\n\r\n").encode("latin-1"))
        if answer.kind == TRUNCATE:
            writer.write(answer.body[: len(answer.body) // 3])
            await writer.drain()
            writer.close()
            return False
        if answer.kind == SLOW:
            for start in range(0, len(answer.body), 8):
                writer.write(answer.body[start : start + 8])
                await writer.drain()
                await asyncio.sleep(answer.delay / 4)
        else:
            writer.write(answer.body)
        await writer.drain()
        return headers.get("connection", "").lower() != "close"


@contextmanager
def serving(behave: Callable[[Request], Answer]) -> Iterator[MisbehavingServer]:
    with MisbehavingServer(behave) as server:
        yield server


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
