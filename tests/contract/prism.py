"""Run Stoplight Prism (pinned in package-lock.json) as a local mock of the built API document.

``start_prism`` writes the document Prism reads, starts ``prism mock`` on 127.0.0.1 on a free port
in its own process group, and returns once Prism answers HTTP.  ``PrismServer.stop`` ends the whole
group.  Nothing here talks to any host but 127.0.0.1.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from tools.fixes import iter_schemas

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
#: Seconds to wait for Prism to answer (Node starts in ~2 s; the CI machine is shared and noisy).
READY_TIMEOUT = 90.0
_POLL_INTERVAL = 0.1
_STOP_TIMEOUT = 10.0


class PrismUnavailable(RuntimeError):
    """Node.js or the pinned Prism is not installed."""


class PrismStartError(RuntimeError):
    """Prism was found but did not start serving; the message ends with its log."""


def prism_command() -> list[str]:
    """The command that runs the pinned Prism, or raise ``PrismUnavailable`` saying what is missing."""
    if shutil.which("node") is None:
        raise PrismUnavailable("Node.js is not installed (the contract tests need Node.js 20)")
    if not PRISM.exists():
        raise PrismUnavailable(f"{PRISM.relative_to(ROOT)} is missing: run `make node` (npm ci)")
    return [str(PRISM)]


# Values for string patterns.  Static mode answers "string" for every string without an example,
# which breaks a pattern and makes Prism reject its own response; the importer strips CircleCI's
# examples ("facts only"), so the harness supplies one per pattern.
PATTERN_EXAMPLES: dict[str, str] = {
    "^([0-9]+(ms|s|m|h|d|w)){1,7}$": "1h30m",  # JSONDuration (OIDC claim ttl)
}


def document_for_prism(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of the built document that Prism serves the way the client calls it.

    Two mechanical changes, no schema is altered: every path moves under its server's base path
    (the client sends ``/api/v2/pipeline/...``, the path part of ``servers[0].url``, while Prism
    matches the bare ``paths`` keys), and strings with a ``pattern`` get an ``example`` from
    ``PATTERN_EXAMPLES`` for static mode.  Raises ``ValueError`` for a pattern without one.
    """
    result = copy.deepcopy(doc)
    servers = result.get("servers") or [{}]
    base = urlsplit(str(servers[0].get("url", ""))).path.rstrip("/")
    result["paths"] = {base + path: item for path, item in result["paths"].items()}
    result["servers"] = [{"url": base or "/"}]
    for where, schema in iter_schemas(result):
        pattern = schema.get("pattern")
        if pattern is None or "example" in schema:
            continue
        if pattern not in PATTERN_EXAMPLES:
            raise ValueError(f"{where}: add a value matching {pattern!r} to PATTERN_EXAMPLES")
        schema["example"] = PATTERN_EXAMPLES[pattern]
    return result


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def popen_options() -> dict[str, Any]:
    """How Prism is started: in its own process group, and on Linux ended by the kernel when the
    test process that started it dies without tearing down (an xdist worker killed by a timeout)."""
    options: dict[str, Any] = {"start_new_session": True}
    if sys.platform.startswith("linux"):
        options["preexec_fn"] = _die_with_parent
    return options


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PrismServer:
    """One running ``prism mock`` process group."""

    process: subprocess.Popen[bytes]
    port: int
    base_path: str
    log_path: Path
    dynamic: bool
    _stopped: bool = field(default=False, repr=False)

    @property
    def base_url(self) -> str:
        """What to pass as ``CircleCI(base_url=...)``: the origin plus the API base path."""
        return f"http://{HOST}:{self.port}{self.base_path}"

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Terminate the process group (Prism and anything it forked); idempotent."""
        if self._stopped:
            return
        self._stopped = True
        for sig, wait in ((signal.SIGTERM, _STOP_TIMEOUT), (signal.SIGKILL, _STOP_TIMEOUT)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
            try:
                self.process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


def _wait_until_ready(server: PrismServer, deadline: float) -> None:
    """Poll until Prism answers; raise ``PrismStartError`` if it exits or does not answer in time.

    The probe sends no token, so Prism answers 401 with an ``sl-violations`` header: that header
    tells Prism apart from anything else that might have taken the port meanwhile.
    """
    url = f"http://{HOST}:{server.port}{server.base_path}/me"
    with httpx.Client(timeout=2.0) as probe:
        while True:
            if server.process.poll() is not None:
                raise PrismStartError(
                    f"prism exited with status {server.process.returncode} before serving; log:\n"
                    + server.log_tail()
                )
            try:
                if "sl-violations" in probe.get(url).headers:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise PrismStartError(
                    f"prism did not answer on port {server.port} within {READY_TIMEOUT:.0f} s; log:\n"
                    + server.log_tail()
                )
            time.sleep(_POLL_INTERVAL)


def start_prism(doc: dict[str, Any], workdir: Path, *, dynamic: bool, attempts: int = 3) -> PrismServer:
    """Start ``prism mock --errors`` (``-d`` when ``dynamic``) for ``doc`` and wait until it serves.

    ``workdir`` receives the document and Prism's log.  A port taken between choosing and binding
    it makes Prism exit, so an early exit is retried on a fresh port up to ``attempts`` times.
    Raises ``PrismUnavailable`` or ``PrismStartError``.
    """
    command = prism_command()
    prepared = document_for_prism(doc)
    spec_path = workdir / "openapi.json"
    spec_path.write_text(json.dumps(prepared), encoding="utf-8")
    base_path = prepared["servers"][0]["url"].rstrip("/")
    mode = "dynamic" if dynamic else "static"
    error: PrismStartError | None = None
    for attempt in range(attempts):
        port = free_port()
        log_path = workdir / f"prism-{mode}-{attempt}.log"
        args = [*command, "mock", "-h", HOST, "-p", str(port), "--errors", "-v", "warn"]
        if dynamic:
            args.append("-d")
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [*args, str(spec_path)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=ROOT,
                **popen_options(),
            )
        server = PrismServer(process, port, base_path, log_path, dynamic)
        atexit.register(server.stop)
        try:
            _wait_until_ready(server, time.monotonic() + READY_TIMEOUT)
        except PrismStartError as exc:
            exited = server.process.poll() is not None
            server.stop()
            if not exited:
                raise  # running but silent: another port would not help
            error = exc
            continue
        return server
    assert error is not None
    raise error
