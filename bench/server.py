"""A small, fast HTTP/1.1 server on 127.0.0.1 for the benchmarks, run in its own process.

It keeps connections alive and answers from bytes prepared at start-up, so that the client side is
what gets measured:

* ``GET /api/v2/pipeline/<id>``: one pipeline (about 1 KB of JSON);
* ``GET /api/v2/project/gh/acme/pages-<N>/pipeline[?page-token=<k>]``: page k of N, each with
  ``--page-items`` pipelines (the slug's slashes may be percent-encoded);
* ``GET /export/<name>``: a file from ``--export-dir``, sent with ``sendfile``.

``python -m bench.server`` prints ``PORT <n>`` once it listens and stops when stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from bench import data
from bench._common import PYTHON, ROOT, bench_env

_PAGES = re.compile(r"^/api/v2/project/gh/acme/pages-(\d+)/pipeline$")


class App:
    """The routes, with every JSON body prepared up front."""

    def __init__(self, page_items: int, export_dir: Path | None) -> None:
        self.pipeline = json.dumps(data.pipelines(1, seed=3)[0]).encode()
        items = data.pipelines(page_items, seed=5)
        self.page_prefix = json.dumps({"items": items})[:-1].encode() + b', "next_page_token": '
        self.export_dir = export_dir

    def page(self, number: int, total: int) -> bytes:
        token = json.dumps(str(number + 1) if number < total else None).encode()
        return self.page_prefix + token + b"}"

    def route(self, target: str) -> tuple[int, bytes | Path]:
        parts = urlsplit(target)
        path = unquote(parts.path)
        if path.startswith("/api/v2/pipeline/"):
            return 200, self.pipeline
        match = _PAGES.match(path)
        if match:
            query = parse_qs(parts.query)
            number = int(query.get("page-token", ["1"])[0])
            return 200, self.page(number, int(match.group(1)))
        if path.startswith("/export/") and self.export_dir is not None:
            file = self.export_dir / path.rsplit("/", 1)[1]
            if file.is_file():
                return 200, file
        return 404, b'{"message": "Not found."}'


def _head(status: int, length: int, content_type: str) -> bytes:
    reason = "OK" if status == 200 else "Not Found"
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {length}\r\nConnection: keep-alive\r\n\r\n"
    ).encode()


async def _serve_connection(app: App, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    loop = asyncio.get_running_loop()
    try:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.CancelledError, ConnectionError):
                return
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            target = request_line.split(" ")[1]
            for line in head.split(b"\r\n")[1:]:
                if line.lower().startswith(b"content-length:"):
                    await reader.readexactly(int(line.split(b":", 1)[1]))
            status, body = app.route(target)
            if isinstance(body, Path):
                writer.write(_head(status, body.stat().st_size, "application/gzip"))
                with body.open("rb") as file:
                    await loop.sendfile(writer.transport, file)
            else:
                writer.write(_head(status, len(body), "application/json") + body)
            await writer.drain()
    finally:
        writer.close()


async def _main(args: argparse.Namespace) -> None:
    app = App(args.page_items, args.export_dir)
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(app, r, w), "127.0.0.1", args.port, backlog=128
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    loop = asyncio.get_running_loop()
    # Stop when the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


@contextlib.contextmanager
def serving(page_items: int = 100, export_dir: Path | None = None) -> Iterator[str]:
    """Start the server in a separate process (so it does not share the GIL); yield its base URL."""
    cmd = [PYTHON, "-m", "bench.server", "--page-items", str(page_items)]
    if export_dir is not None:
        cmd += ["--export-dir", str(export_dir)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=bench_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline().decode()
        if not line.startswith("PORT "):
            raise RuntimeError(f"bench server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    """Serve until stdin closes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--page-items", type=int, default=100)
    parser.add_argument("--export-dir", type=Path, default=None)
    asyncio.run(_main(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
