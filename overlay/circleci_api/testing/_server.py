"""``FakeServer``: a ``FakeCircleCI`` behind real HTTP on localhost.

Two listeners run in background threads: one for the API (``base_url``) and one for files
(usage export parts, artifacts).  Being a different origin, the files listener sees what a client
sends to a non-API host, as real pre-signed storage URLs would.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Self

import httpx

if TYPE_CHECKING:
    from types import TracebackType

    from circleci_api import AsyncCircleCI, CircleCI
    from circleci_api.testing._fake import FakeCircleCI

__all__ = ["FakeServer"]

_IDLE_SECONDS = 30
_POLL_SECONDS = 0.05


class _Listener(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], fake: FakeCircleCI) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)
        self.fake = fake
        self.files_base = ""
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    @property
    def origin(self) -> str:
        host, port = str(self.server_address[0]), int(self.server_address[1])
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}"

    def get_request(self) -> tuple[socket.socket, Any]:
        conn, address = super().get_request()
        # Answers go out in one write; without this, Nagle's algorithm and delayed ACKs add ~40 ms.
        with contextlib.suppress(OSError):
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.connections_lock:
            self.connections.add(conn)
        return conn, address

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        with self.connections_lock:
            open_connections = list(self.connections)
        for conn in open_connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _IDLE_SECONDS
    wbufsize = 64 * 1024  # buffer headers and body, flushed once per answer
    server: _Listener

    def _handle(self) -> None:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            self._send(411, {"content-type": "application/json"}, b'{"message":"Length Required"}')
            self.close_connection = True
            return
        length = int(self.headers.get("content-length") or 0)
        content = self.rfile.read(length) if length > 0 else b""
        request = httpx.Request(
            self.command,
            self.server.origin + self.path,
            headers=[(k, v) for k, v in self.headers.items() if k.lower() != "host"],
            content=content,
        )
        try:
            response = self.server.fake.dispatch(request, self.server.files_base)
            headers = dict(response.headers)
            body = response.content
            status = response.status_code
        except Exception as exc:  # the fake failed: tell the client why instead of hanging up
            status = 500
            message = f"FakeCircleCI failed: {type(exc).__name__}: {exc}"
            body = json.dumps({"message": message}).encode()
            headers = {"content-type": "application/json"}
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the fake records requests in ``FakeCircleCI.requests`` instead."""


class FakeServer:
    """Serves a ``FakeCircleCI`` over HTTP; a context manager (``with fake.serve() as server``).

    ``port``/``files_port`` 0 pick free ports.  Raises ``OSError`` if a port is taken.
    """

    def __init__(
        self, fake: FakeCircleCI, *, host: str = "127.0.0.1", port: int = 0, files_port: int = 0
    ) -> None:
        self.fake = fake
        self._host = host
        self._ports = (port, files_port)
        self._listeners: list[_Listener] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> Self:
        """Bind both listeners and start serving in daemon threads."""
        if self._listeners:
            return self
        try:
            for port in self._ports:
                self._listeners.append(_Listener((self._host, port), self.fake))
        except OSError:
            self.stop()
            raise
        api, files = self._listeners
        self.fake._webhooks.served += 1  # deliveries now also go over the network
        api.files_base = files.origin
        files.files_base = files.origin
        for listener in self._listeners:
            thread = threading.Thread(
                target=listener.serve_forever,
                kwargs={"poll_interval": _POLL_SECONDS},
                name=f"FakeCircleCI {listener.origin}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving, close the listeners and drop open connections."""
        if self._threads:
            self.fake._webhooks.served -= 1
        for listener, thread in zip(self._listeners, self._threads, strict=False):
            listener.shutdown()
            thread.join()
        for listener in self._listeners:
            listener.server_close()
            listener.drop_connections()
        self._listeners.clear()
        self._threads.clear()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _listener(self, index: int) -> _Listener:
        if not self._listeners:
            raise RuntimeError("the server is not running (use it as a context manager or call start())")
        return self._listeners[index]

    @property
    def base_url(self) -> str:
        """The API root, e.g. ``http://127.0.0.1:8765/api/v2``."""
        return self._listener(0).origin + "/api/v2"

    @property
    def files_url(self) -> str:
        """Where export parts and artifacts are served (another port, so another origin)."""
        return self._listener(1).origin

    @property
    def port(self) -> int:
        return int(self._listener(0).server_address[1])

    @property
    def token(self) -> str:
        return self.fake.token

    def env(self) -> dict[str, str]:
        """``CIRCLECI_BASE_URL`` and ``CIRCLECI_TOKEN``, for code that reads them from the environment."""
        return {"CIRCLECI_BASE_URL": self.base_url, "CIRCLECI_TOKEN": self.fake.token}

    def client(self, **kwargs: Any) -> CircleCI:
        """A ``CircleCI`` client for this server (keyword arguments are passed on)."""
        from circleci_api import CircleCI

        kwargs.setdefault("token", self.fake.token)
        return CircleCI(base_url=self.base_url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncCircleCI:
        """An ``AsyncCircleCI`` client for this server."""
        from circleci_api import AsyncCircleCI

        kwargs.setdefault("token", self.fake.token)
        return AsyncCircleCI(base_url=self.base_url, **kwargs)

    def __repr__(self) -> str:
        where = self.base_url if self._listeners else "stopped"
        return f"FakeServer({where})"
