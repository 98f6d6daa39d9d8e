"""The ``circleci-api`` command: scripted waits, usage exports, artifact downloads and runs.

    circleci-api usage-export --org ORG_ID --start 2025-09-01 --end 2025-11-15 -o usage.csv
    circleci-api usage-report usage.csv --by project --top 10 --html report.html
    circleci-api wait PIPELINE_ID
    circleci-api artifacts PROJECT_SLUG JOB_NUMBER -o DIR
    circleci-api run PROJECT_SLUG --definition-id ID --branch main --wait

The token comes from ``CIRCLECI_TOKEN`` (or ``CIRCLE_TOKEN``), never from the command line
(``usage-report`` reads a local file and needs none).  Results go to stdout, progress to stderr
(through ``rich`` when it is installed and stderr is a terminal); while a usage export waits between
polls, stderr shows the job's state, the time of the next poll and a countdown.

Exit codes: 0 success; 1 the pipeline or export failed (or timed out); 2 usage or configuration
error (bad arguments, no token, a base URL without a scheme, a file or directory that cannot be
written); 3 API, connection or authentication error.  Errors are one line on stderr; ``--debug``
adds the traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from circleci_api._client import CircleCI
    from circleci_api._clock import Clock
    from circleci_api.waiting import PipelineWaitResult, PipelineWaitState

__all__ = ["EXIT_API_ERROR", "EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_API_ERROR = 3
PROG = "circleci-api"


# --------------------------------------------------------------------------- progress


class Progress(AbstractContextManager["Progress"]):
    """Reports steps of long work on stderr: a ``rich`` spinner on a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._console: Any = None
        self._status: Any = None

    def __enter__(self) -> Progress:
        if self.stream.isatty():
            try:
                from rich.console import Console
            except ImportError:
                return self
            self._console = Console(file=self.stream)
            self._status = self._console.status("working…")
            self._status.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._status is not None:
            self._status.__exit__(exc_type, exc, tb)

    @property
    def live(self) -> bool:
        """Whether messages update a spinner in place (a terminal) rather than add lines."""
        return self._console is not None

    def __call__(self, message: str) -> None:
        if self._console is not None:
            self._status.update(message)
            self._console.log(message, markup=False, highlight=False)
        else:
            print(f"{PROG}: {message}", file=self.stream, flush=True)

    def status(self, message: str) -> None:
        """A passing state (a countdown): updates the spinner in place, or prints a line."""
        if self._console is not None:
            self._status.update(message)
        else:
            print(f"{PROG}: {message}", file=self.stream, flush=True)


def _duration(seconds: float) -> str:
    """``5m30s`` or ``1h02m00s``; a part of a second counts as a whole one."""
    import math

    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


class Countdown:
    """A clock for the usage export that shows a sign of life while it sleeps between polls.

    Each pause of at least ``min_pause`` seconds is cut into steps of ``tick`` seconds (1 on a
    terminal, where the spinner line is rewritten, else 60 so logs stay short); before each step
    ``progress.status`` hears the last state, the time of the next poll (UTC) and the time left.
    """

    def __init__(
        self, base: Clock, progress: Progress, *, tick: float | None = None, min_pause: float = 5
    ) -> None:
        self.base = base
        self.progress = progress
        self.tick = tick if tick is not None else (1.0 if progress.live else 60.0)
        self.min_pause = min_pause
        self.state = "waiting"

    def monotonic(self) -> float:
        return self.base.monotonic()

    def wall_time(self) -> Any:
        from circleci_api._clock import utc_now

        return utc_now(self.base)

    def heard(self, message: str) -> None:
        """A progress message from the export: shown, and remembered as the state."""
        self.state = message
        self.progress(message)

    def sleep(self, seconds: float) -> None:
        if seconds < self.min_pause:
            self.base.sleep(seconds)
            return
        import datetime as _dt

        due = self.wall_time() + _dt.timedelta(seconds=seconds)
        end = self.base.monotonic() + seconds
        while (left := end - self.base.monotonic()) > 1e-6:
            self.progress.status(f"{self.state}; next poll at {due:%H:%M:%S} UTC (in {_duration(left)})")
            self.base.sleep(min(self.tick, left))


# --------------------------------------------------------------------------- arguments


def _version() -> str:
    from circleci_api import SPEC_INFO, __version__

    return (
        f"{PROG} {__version__} (CircleCI OpenAPI sha256 {SPEC_INFO.sha256}, "
        f"dated {SPEC_INFO.date or 'unknown'}, {SPEC_INFO.operations} operations)"
    )


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a positive number of seconds")
    return value


def _parameter(text: str) -> tuple[str, Any]:
    name, sep, raw = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    if not isinstance(value, (str, int, float, bool)):
        value = raw
    return name, value


class _VersionAction(argparse.Action):
    """``--version``: print the version line unwrapped (argparse's own action re-flows it)."""

    def __init__(self, option_strings: Sequence[str], dest: str, out: TextIO, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)
        self.out = out

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        print(_version(), file=self.out)
        parser.exit(EXIT_OK)


def build_parser(out: TextIO | None = None) -> argparse.ArgumentParser:
    """The argument parser; ``--version`` prints to ``out`` (default stdout)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Script CircleCI: wait for pipelines, export usage, download artifacts.",
        epilog="The token is read from CIRCLECI_TOKEN (or CIRCLE_TOKEN). Exit codes: 0 ok, 1 failed, "
        "2 usage or configuration error (arguments, token, base URL, files), 3 API or authentication error.",
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        out=out or sys.stdout,
        help="print the library version and the API description it was built from",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    parser.add_argument(
        "--base-url", help="API root (default: CIRCLECI_BASE_URL or https://circleci.com/api/v2)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    from circleci_api.usage._export import DEFAULT_EXPORT_POLL_INTERVAL, DEFAULT_EXPORT_TIMEOUT
    from circleci_api.waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT

    def timing(sub: argparse.ArgumentParser, timeout: float, poll_interval: float) -> None:
        sub.add_argument(
            "--timeout", type=_seconds, default=timeout, help=f"give up after this many seconds ({timeout:g})"
        )
        sub.add_argument(
            "--poll-interval",
            type=_seconds,
            default=poll_interval,
            help=f"seconds between polls ({poll_interval:g})",
        )

    wait = commands.add_parser("wait", help="wait for a pipeline's workflows to finish")
    wait.add_argument("pipeline_id", metavar="PIPELINE_ID")
    timing(wait, DEFAULT_TIMEOUT, DEFAULT_POLL_INTERVAL)

    run = commands.add_parser("run", help="trigger a pipeline run (and optionally wait for it)")
    run.add_argument(
        "project_slug", metavar="PROJECT_SLUG", help="e.g. gh/acme/api or circleci/<org>/<project>"
    )
    run.add_argument("--definition-id", help="pipeline definition id (Project Settings > Pipelines)")
    ref = run.add_mutually_exclusive_group()
    ref.add_argument("--branch", help="branch to fetch the config from and check out")
    ref.add_argument("--tag", help="tag to fetch the config from and check out")
    run.add_argument(
        "--param",
        dest="params",
        action="append",
        type=_parameter,
        default=[],
        metavar="KEY=VALUE",
        help="pipeline parameter; JSON scalars (true, 3) keep their type, anything else is a string",
    )
    run.add_argument("--wait", action="store_true", help="wait for the pipeline and exit 1 if it failed")
    timing(run, DEFAULT_TIMEOUT, DEFAULT_POLL_INTERVAL)

    artifacts = commands.add_parser("artifacts", help="download a job's artifacts")
    artifacts.add_argument("project_slug", metavar="PROJECT_SLUG")
    artifacts.add_argument("job_number", metavar="JOB_NUMBER", type=int)
    artifacts.add_argument("-o", "--output", required=True, metavar="DIR", help="directory to write into")
    artifacts.add_argument("--pattern", help="only artifacts whose path matches this glob (e.g. '*.xml')")
    artifacts.add_argument("--concurrency", type=int, default=4, help="parallel downloads (default 4)")

    usage = commands.add_parser("usage-export", help="export usage data to one CSV file")
    usage.add_argument("--org", required=True, metavar="ORG_ID", help="organization id")
    usage.add_argument("--start", required=True, help="first day (YYYY-MM-DD, UTC) or an RFC 3339 time")
    usage.add_argument(
        "--end", required=True, help="last day, inclusive (YYYY-MM-DD, UTC) or an RFC 3339 time"
    )
    usage.add_argument("-o", "--output", required=True, metavar="FILE", help="CSV file to write")
    usage.add_argument(
        "--shared-org", dest="shared_orgs", action="append", metavar="ORG_ID", help="repeatable"
    )
    timing(usage, DEFAULT_EXPORT_TIMEOUT, DEFAULT_EXPORT_POLL_INTERVAL)

    report = commands.add_parser(
        "usage-report",
        help="summarize a usage export CSV: credits, jobs and run time per group",
        description="Sum a usage export up per group and print a table with each group's share of the "
        "credits; optionally write the table as CSV and an HTML page with bar charts.",
    )
    report.add_argument(
        "file", metavar="FILE", help="usage CSV from usage-export, or one of CircleCI's parts (.csv.gz)"
    )
    report.add_argument(
        "--by",
        default="project",
        help="group by one or more of project, workflow, job, resource_class, branch, executor, day "
        "(comma-separated; default project)",
    )
    report.add_argument(
        "--top", type=_positive_int, metavar="N", help="show the N biggest groups, fold the rest"
    )
    report.add_argument(
        "--credit-price", type=_price, metavar="DOLLARS", help="add a cost column at this price per credit"
    )
    report.add_argument("--html", metavar="FILE", help="also write a self-contained HTML page with charts")
    report.add_argument("--csv", metavar="FILE", help="also write the table as CSV")
    report.add_argument(
        "--dialect",
        choices=("auto", "circleci", "rfc4180"),
        default="auto",
        help="how FILE is written (default: detect from its first lines)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _price(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a price in dollars") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} must be a price of 0 dollars or more per credit")
    return value


# --------------------------------------------------------------------------- commands


def _reporter(progress: Progress) -> Callable[[PipelineWaitState], None]:
    def report(state: PipelineWaitState) -> None:
        progress(f"[{state.elapsed:.0f}s] {state.summary()}")

    return report


def _finish(result: PipelineWaitResult, out: TextIO) -> int:
    print(result.summary(), file=out)
    return EXIT_OK if result.ok else EXIT_FAILED


def _cmd_wait(client: CircleCI, args: argparse.Namespace, progress: Progress, out: TextIO) -> int:
    result = client.pipelines.wait(
        args.pipeline_id,
        timeout=args.timeout,
        poll_interval=args.poll_interval,
        on_update=_reporter(progress),
    )
    return _finish(result, out)


def _cmd_run(client: CircleCI, args: argparse.Namespace, progress: Progress, out: TextIO) -> int:
    from circleci_api._models import UNSET, Unset

    ref: dict[str, str] | Unset = UNSET
    if args.branch:
        ref = {"branch": args.branch}
    elif args.tag:
        ref = {"tag": args.tag}
    definition_id: str | Unset = args.definition_id or UNSET
    parameters: dict[str, Any] | Unset = dict(args.params) if args.params else UNSET
    if args.wait:
        result = client.pipelines.run_and_wait(
            args.project_slug,
            definition_id=definition_id,
            config=ref,
            checkout=ref,
            parameters=parameters,
            timeout=args.timeout,
            poll_interval=args.poll_interval,
            on_update=_reporter(progress),
        )
        return _finish(result, out)
    from circleci_api.resources.pipelines import _created_id

    created = client.pipelines.run(
        args.project_slug, definition_id=definition_id, config=ref, checkout=ref, parameters=parameters
    )
    pipeline_id = _created_id(created)
    print(pipeline_id, file=out)
    return EXIT_OK


def _cmd_artifacts(client: CircleCI, args: argparse.Namespace, progress: Progress, out: TextIO) -> int:
    written = client.jobs.download_artifacts(
        args.project_slug,
        args.job_number,
        args.output,
        pattern=args.pattern,
        concurrency=args.concurrency,
        on_download=lambda item: progress(f"wrote {item.path} ({item.size} bytes)"),
    )
    for item in written:
        print(item.path, file=out)
    progress(f"{len(written)} artifact(s) downloaded")
    return EXIT_OK


def _cmd_usage(
    client: CircleCI, args: argparse.Namespace, progress: Progress, out: TextIO, clock: Clock | None = None
) -> int:
    from circleci_api._clock import SYSTEM_CLOCK

    countdown = Countdown(clock or SYSTEM_CLOCK, progress)
    result = client.usage.export(
        args.org,
        args.start,
        args.end,
        args.output,
        args.shared_orgs,
        poll_interval=args.poll_interval,
        timeout=args.timeout,
        on_progress=countdown.heard,
        clock=countdown,
    )
    print(
        f"wrote {result.path} ({result.bytes_written} bytes from {result.parts} part(s) "
        f"of {len(result.jobs)} export job(s))",
        file=out,
    )
    if result.clamped_end is not None:
        print(
            f"note: the window ended in the future; exported up to {result.clamped_end.isoformat()}", file=out
        )
    return EXIT_OK


class _BadInput(Exception):
    """A problem with the command line's files or values: exit 2 with the message."""


def _check_output(option: str, value: str | None) -> None:
    if value is None:
        return
    from pathlib import Path

    target = Path(value)
    if target.is_dir():
        raise _BadInput(f"{option} {value}: is a directory")
    if not target.parent.is_dir():
        raise _BadInput(f"{option} {value}: directory {str(target.parent)!r} does not exist")


def _cmd_usage_report(args: argparse.Namespace, progress: Progress, out: TextIO) -> int:
    from pathlib import Path

    from circleci_api.errors import RequestValidationError
    from circleci_api.usage import UsageRowError, read_rows, summarize
    from circleci_api.usage._report import check_group_by, table_text, write_csv, write_text

    try:
        by = check_group_by(args.by)
    except RequestValidationError as exc:
        raise _BadInput(f"--by: {exc.problem}") from None
    source = Path(args.file)
    if not source.is_file():
        raise _BadInput(f"{args.file}: no such file" if not source.exists() else f"{args.file}: not a file")
    _check_output("--html", args.html)
    _check_output("--csv", args.csv)
    try:
        summary = summarize(read_rows(source, dialect=args.dialect), by=by)
    except UsageRowError as exc:
        raise _BadInput(str(exc)) from None
    except UnicodeDecodeError as exc:
        raise _BadInput(f"{args.file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    out.write(table_text(summary, top=args.top, credit_price=args.credit_price))
    if args.csv:
        write_csv(summary, args.csv, top=args.top, credit_price=args.credit_price)
        progress(f"wrote {args.csv}")
    if args.html:
        from circleci_api.usage._html import render_html

        page = render_html(summary, top=args.top, credit_price=args.credit_price, source=source.name)
        write_text(args.html, page)
        progress(f"wrote {args.html}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[CircleCI, argparse.Namespace, Progress, TextIO], int]] = {
    "wait": _cmd_wait,
    "run": _cmd_run,
    "artifacts": _cmd_artifacts,
}
#: Commands that need no API client (they read local files).
LOCAL_COMMANDS: dict[str, Callable[[argparse.Namespace, Progress, TextIO], int]] = {
    "usage-report": _cmd_usage_report,
}


# --------------------------------------------------------------------------- errors


def exit_code(exc: BaseException) -> int:
    """The exit code for an exception (see the module docstring)."""
    from circleci_api.errors import (
        APIConnectionError,
        APIStatusError,
        ConfigurationError,
        PaginationError,
        RequestValidationError,
        ResponseValidationError,
    )

    if isinstance(exc, (RequestValidationError, ConfigurationError)):
        return EXIT_USAGE
    if isinstance(exc, OSError) and not isinstance(exc, (ConnectionError, TimeoutError)):
        return EXIT_USAGE  # a file or directory that cannot be read or written
    if isinstance(exc, (APIStatusError, APIConnectionError, ResponseValidationError)):
        return EXIT_API_ERROR
    if isinstance(exc, PaginationError):
        return EXIT_API_ERROR
    return EXIT_FAILED


def _redact(text: str) -> str:
    """Belt and braces: no message printed by the CLI may contain the token."""
    for name in ("CIRCLECI_TOKEN", "CIRCLE_TOKEN"):
        token = os.environ.get(name, "").strip()
        if len(token) >= 8:
            text = text.replace(token, "<redacted>")
    return text


def _describe(exc: BaseException) -> str:
    from circleci_api._base_error import CircleCIError

    message = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, (CircleCIError, OSError)):
        return message
    return f"unexpected {type(exc).__name__}: {message} (run with --debug for a traceback)"


# --------------------------------------------------------------------------- entry point


def main(
    argv: Sequence[str] | None = None,
    *,
    client: CircleCI | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    clock: Clock | None = None,
) -> int:
    """Run the command line; return the exit code.

    ``client`` replaces the one built from the environment (for embedding and tests); it is not
    closed.  ``stdout`` / ``stderr`` default to the process's streams.  ``clock`` replaces the
    system clock for ``usage-export``'s pauses and dates (tests pass a fake one).
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser(out)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse printed its message (or --help / --version)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, stream=err)
    owned = client is None
    try:
        with Progress(err) as progress:
            if args.command in LOCAL_COMMANDS:
                return LOCAL_COMMANDS[args.command](args, progress, out)
            if args.command == "usage-export":
                if client is None:
                    from circleci_api._client import CircleCI

                    client = CircleCI(base_url=args.base_url)
                return _cmd_usage(client, args, progress, out, clock)
            if client is None:
                from circleci_api._client import CircleCI

                client = CircleCI(base_url=args.base_url)
            return COMMANDS[args.command](client, args, progress, out)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except _BadInput as exc:
        print(f"{PROG}: error: {_redact(str(exc))}", file=err)
        return EXIT_USAGE
    except Exception as exc:
        if args.debug:
            print(_redact("".join(traceback.format_exception(exc))), file=err, end="")
        print(f"{PROG}: error: {_redact(_describe(exc))}", file=err)
        return exit_code(exc)
    finally:
        if owned and client is not None:
            client.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
