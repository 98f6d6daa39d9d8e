"""``python -m circleci_api.testing serve``: run the fake CircleCI on localhost until interrupted."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from circleci_api.testing._fake import DEFAULT_TOKEN, FakeCircleCI

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m circleci_api.testing",
        description="Run the fake CircleCI (circleci_api.testing) on localhost until interrupted.",
        epilog="Exit codes: 0 stopped by Ctrl-C or SIGTERM, "
        "2 bad arguments or an address it cannot listen on.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake API over HTTP until Ctrl-C")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="API port (0 picks a free one; default 8765)")
    serve.add_argument("--files-port", type=int, default=0, help="port for export parts and artifacts")
    serve.add_argument(
        "--token", default=DEFAULT_TOKEN, help=f"the token to accept (default {DEFAULT_TOKEN})"
    )
    serve.add_argument("--seed", type=int, default=None, help="make ids and generated data repeatable")
    serve.add_argument(
        "--project",
        action="append",
        default=None,
        metavar="SLUG",
        help="add a project such as gh/acme/api (repeatable; default gh/acme/api)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv``, serve until SIGINT or SIGTERM, return the exit code.

    2 for bad arguments, a bad project slug or an address it cannot listen on (taken port, unknown host).
    """
    args = _parser().parse_args(argv)
    try:
        fake = FakeCircleCI(token=args.token, seed=args.seed)
        projects = [fake.add_project(slug) for slug in args.project or ["gh/acme/api"]]
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        server = fake.serve(host=args.host, port=args.port, files_port=args.files_port).start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with server:
        print(f"FakeCircleCI serving {server.base_url}", flush=True)
        print(f"  token      {fake.token}")
        for project in projects:
            print(f"  project    {project.slug}  id={project.id}  organization id={project.org.id}")
        print(f"  files      {server.files_url}")
        print(
            f"Use: CIRCLECI_BASE_URL={server.base_url} CIRCLECI_TOKEN={fake.token}   (Ctrl-C stops)",
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
