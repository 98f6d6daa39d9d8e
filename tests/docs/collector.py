"""Find the Python code blocks of the project's Markdown files and run them against the fake.

A block is a fenced block whose info string is ``python`` (or ``py``).  It runs with the
environment a reader's script would have against a CircleCI account that holds the project
``gh/acme/api`` (organization ``gh/acme``), except that the account is ``FakeCircleCI`` served on
127.0.0.1 and time is simulated:

* ``CIRCLECI_BASE_URL`` and ``CIRCLECI_TOKEN`` point at the fake (``CircleCI()`` needs no
  arguments) and ``CIRCLECI_STRICT=1``, so a response the spec does not allow fails the block;
* the working directory is a fresh temporary directory (files the block writes land there);
* the clients' default clock is simulated: ``run_and_wait`` polls every 5 s and usage exports
  every 6 minutes without anyone waiting;
* every ``test_*`` function the block defines is then called, with the fixtures the pytest plugin
  gives (``circleci_fake``, ``circleci_fake_server``) and ``tmp_path``.

Markers are HTML comments (invisible when rendered) on the lines just before the opening fence:

* ``<!-- not-tested: reason -->`` skips the block (for code that needs a real account);
* ``<!-- fake: python statement -->`` runs that statement with ``fake`` bound to the
  ``FakeCircleCI`` first, to script the account (``fake.script_run("failure")``) or set an
  environment variable the block reads (restored afterwards, like the rest of the environment).

A fenced block with info string ``output`` right after a block (blank lines between) is what the
block must print to stdout; ``...`` in it matches any text, trailing spaces are ignored.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import os
import re
import tempfile
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")
MARKER = re.compile(r"^\s*<!--\s*(?P<kind>not-tested|fake)\s*:\s*(?P<text>.*?)\s*-->\s*$")
PYTHON = frozenset({"python", "py", "python3"})
SLUG = "gh/acme/api"


class BlockFailed(AssertionError):
    """A block raised, printed something else than its ``output`` block, or its marker is bad."""


@dataclass(frozen=True)
class CodeBlock:
    """One Python block of a Markdown file."""

    path: Path
    line: int  # 1-based line of the first code line
    code: str
    expected_output: str | None = None
    not_tested: str | None = None  # the reason, when marked
    setup: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """``README.md:42``, relative to the checkout when the file is inside it."""
        path = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{path}:{self.line}"


@dataclass
class _Fence:
    info: str
    start: int  # index of the first content line
    end: int  # index of the closing fence line
    body: str


def _fences(lines: list[str]) -> Iterator[_Fence]:
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        end = index + 1
        while end < len(lines) and not close.match(lines[end]):
            end += 1
        body = "".join(line[indent:] if line[:indent].isspace() else line for line in lines[index + 1 : end])
        yield _Fence(opening["info"].lower(), index + 1, end, body)
        index = end + 1


def parse(path: Path, text: str | None = None) -> list[CodeBlock]:
    """The Python blocks of one Markdown file (``text`` defaults to the file's contents).

    Raises ``BlockFailed`` for an ``output`` block that follows no Python block, or a marker
    with no text.
    """
    text = path.read_text(encoding="utf-8") if text is None else text
    lines = text.splitlines(keepends=True)
    fences = list(_fences(lines))
    blocks: list[CodeBlock] = []
    for number, fence in enumerate(fences):
        if fence.info == "output":
            previous = fences[number - 1] if number else None
            between = lines[previous.end + 1 : fence.start - 1] if previous else []
            if previous is None or previous.info not in PYTHON or any(line.strip() for line in between):
                raise BlockFailed(f"{path}:{fence.start}: an output block must follow a python block")
            continue
        if fence.info not in PYTHON:
            continue
        not_tested: str | None = None
        setup: list[str] = []
        above = fence.start - 2
        while above >= 0 and (match := MARKER.match(lines[above])):
            if not match["text"]:
                raise BlockFailed(f"{path}:{above + 1}: a {match['kind']} marker needs text")
            if match["kind"] == "not-tested":
                not_tested = match["text"]
            else:
                setup.insert(0, match["text"])
            above -= 1
        expected: str | None = None
        following = fences[number + 1] if number + 1 < len(fences) else None
        if following is not None and following.info == "output":
            expected = following.body
        blocks.append(CodeBlock(path, fence.start + 1, fence.body, expected, not_tested, tuple(setup)))
    return blocks


def documents(root: Path = ROOT) -> list[Path]:
    """README.md and every Markdown file of docs/, in a stable order."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def all_blocks(root: Path = ROOT) -> list[CodeBlock]:
    """The Python blocks of every document."""
    return [block for path in documents(root) if path.is_file() for block in parse(path)]


# --------------------------------------------------------------------------- simulated time


class SimulatedTime:
    """Stands in for the ``time`` and ``asyncio`` modules the clients' default clocks read."""

    def __init__(self) -> None:
        self.now = 1_000.0
        self.slept = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        self.slept += max(seconds, 0.0)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


@contextlib.contextmanager
def simulated_time() -> Iterator[SimulatedTime]:
    """Make ``circleci_api``'s default clocks (sync and async) simulated for the ``with`` body."""
    from circleci_api import _clock

    sim = SimulatedTime()
    fake_time = types.SimpleNamespace(monotonic=sim.monotonic, sleep=sim.sleep)
    fake_asyncio = types.SimpleNamespace(sleep=sim.async_sleep)
    saved = _clock.time, _clock.asyncio
    _clock.time, _clock.asyncio = fake_time, fake_asyncio  # type: ignore[assignment]
    try:
        yield sim
    finally:
        _clock.time, _clock.asyncio = saved


# --------------------------------------------------------------------------- running


def matches(expected: str, actual: str) -> bool:
    """Whether ``actual`` is ``expected`` with each ``...`` standing for any text."""

    def clean(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())

    pattern = ".*?".join(re.escape(part) for part in clean(expected).split("..."))
    return re.fullmatch(pattern, clean(actual), flags=re.DOTALL) is not None


@contextlib.contextmanager
def _environment(server_env: dict[str, str], workdir: Path) -> Iterator[None]:
    saved_env = dict(os.environ)
    saved_cwd = Path.cwd()
    for name in ("CIRCLE_TOKEN", "CIRCLECI_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT"):
        os.environ.pop(name, None)
    os.environ.update(server_env)
    os.environ["CIRCLECI_STRICT"] = "1"
    os.chdir(workdir)
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _fixtures(stack: contextlib.ExitStack, workdir: Path) -> dict[str, Callable[[], Any]]:
    from circleci_api.testing import FakeCircleCI

    def served() -> Any:
        return stack.enter_context(FakeCircleCI().serve())

    def tmp_path() -> Path:
        return Path(tempfile.mkdtemp(dir=workdir))

    return {"circleci_fake": FakeCircleCI, "circleci_fake_server": served, "tmp_path": tmp_path}


def run_block(block: CodeBlock, workdir: Path) -> str:
    """Run ``block`` (and the tests it defines) in ``workdir``; return what it printed.

    Raises ``BlockFailed`` naming the block's file and line when it raises or prints something
    else than its ``output`` block.  A ``not-tested`` block is not run (returns "").
    """
    from circleci_api.testing import FakeCircleCI

    if block.not_tested is not None:
        return ""
    fake = FakeCircleCI(seed=19)
    fake.add_project(SLUG)
    # Line numbers in tracebacks are those of the Markdown file.
    code = compile("\n" * (block.line - 1) + block.code, str(block.path), "exec")
    namespace: dict[str, Any] = {"__name__": "__doc_block__"}
    printed = io.StringIO()
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(fake.serve())
        stack.enter_context(_environment(server.env(), workdir))
        stack.enter_context(simulated_time())
        try:
            for statement in block.setup:
                exec(statement, {"fake": fake})
            with contextlib.redirect_stdout(printed):
                exec(code, namespace)
                fixtures = _fixtures(stack, workdir)
                for name, value in list(namespace.items()):
                    if name.startswith("test_") and inspect.isfunction(value):
                        arguments = {}
                        for parameter in inspect.signature(value).parameters:
                            if parameter not in fixtures:
                                raise BlockFailed(
                                    f"{block.name}: {name} asks for unknown fixture {parameter!r}"
                                )
                            arguments[parameter] = fixtures[parameter]()
                        value(**arguments)
        except BlockFailed:
            raise
        except Exception as exc:
            raise BlockFailed(f"{block.name}: the block raised {type(exc).__name__}: {exc}") from exc
    output = printed.getvalue()
    if block.expected_output is not None and not matches(block.expected_output, output):
        raise BlockFailed(
            f"{block.name}: the block printed\n{output}\nbut its output block says\n{block.expected_output}"
        )
    return output
