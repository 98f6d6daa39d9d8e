"""Shared by the hostile-input tests: the fake token and a leak detector that runs around every test.

``Leaks`` looks for the token in everything a test hands it (exception messages, reprs, formatted
tracebacks with local variables) and in every record logged by ``circleci_api``, ``httpx`` and
``httpcore`` while the test runs.  Texts are checked as they arrive and only counted, so fuzzing
megabyte-sized bodies does not keep them in memory.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

#: The fake API token: long and distinctive, so a substring search cannot miss it or hit by chance.
TOKEN = "cci-hostile-Zq8v3Lm0Xw5Rt7Ky2Pb9-token"
LOGGERS = ("circleci_api", "httpx", "httpcore")
ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT")


class Leaks(logging.Handler):
    """Fails the test the moment the token shows up in anything it is given or that gets logged."""

    _active: ClassVar[Leaks | None] = None

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts = 0
        self.chars = 0
        self.records = 0
        self.kinds: set[str] = set()

    @classmethod
    def current(cls) -> Leaks:
        assert cls._active is not None, "the leaks fixture is not active"
        return cls._active

    def text(self, kind: str, value: str) -> None:
        """Check one produced text; ``kind`` says what it was (for the report)."""
        self.texts += 1
        self.chars += len(value)
        self.kinds.add(kind)
        assert TOKEN not in value, f"the token leaked into {kind}: {value[:300]!r}"

    def obj(self, kind: str, value: object) -> None:
        """Check ``repr`` and ``str`` of an object."""
        self.text(f"repr({kind})", repr(value))
        self.text(f"str({kind})", str(value))

    def exception(self, exc: BaseException) -> None:
        """Check everything a user might print about an exception, including locals in its traceback."""
        self.obj("exception", exc)
        self.text("traceback", "".join(traceback.format_exception(exc)))
        with_locals = traceback.TracebackException.from_exception(exc, capture_locals=True)
        self.text("traceback with locals", "".join(with_locals.format()))
        # ``body`` is the decoded JSON exactly as the server sent it (never rewritten, like a 2xx
        # body); every text the library composes from it is checked.
        self.text("exception attributes", repr({k: v for k, v in vars(exc).items() if k != "body"}))
        response: Any = getattr(exc, "response", None)
        if response is not None:  # (what the server sent back is its own business)
            self.text("sent headers kept by the error", repr(list(response.request.headers.items())))

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        self.text(f"log record of {record.name}", self.format(record))


@pytest.fixture(autouse=True)
def leaks() -> Iterator[Leaks]:
    """Active for every hostile test: log records are checked as they are emitted."""
    collector = Leaks()
    collector.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    loggers = [logging.getLogger(name) for name in LOGGERS]
    for item in loggers:
        item.addHandler(collector)
    Leaks._active = collector
    try:
        yield collector
    finally:
        Leaks._active = None
        for item in loggers:
            item.removeHandler(collector)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real CircleCI settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
