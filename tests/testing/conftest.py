"""Fixtures for the fake's tests (helpers live in ``support.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .support import Front, SpecCheckedFake, SpecResponses

ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real CircleCI settings, and every client parses strictly.

    The fake promises answers that match the spec, so a lenient client would hide a broken answer;
    clients created without an explicit ``strict=`` read ``CIRCLECI_STRICT``.
    """
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CIRCLECI_STRICT", "1")


@pytest.fixture(scope="session")
def spec_responses(built_spec: dict[str, Any]) -> SpecResponses:
    return SpecResponses(built_spec)


@pytest.fixture
def fake(spec_responses: SpecResponses) -> Iterator[SpecCheckedFake]:
    """A fresh fake, seeded; the test fails if any answer broke the spec."""
    checked = SpecCheckedFake(spec_responses, seed=20251129)
    yield checked
    assert checked.problems == [], "\n".join(checked.problems)


@pytest.fixture(params=["in_process", "http"])
def front(request: pytest.FixtureRequest, fake: SpecCheckedFake) -> Iterator[Front]:
    """The fake reached in process, then over HTTP."""
    if request.param == "in_process":
        yield Front("in_process", fake, fake.base_url)
        return
    with fake.serve() as server:
        yield Front("http", fake, server.base_url)


@pytest.fixture
def in_process(fake: SpecCheckedFake) -> Front:
    return Front("in_process", fake, fake.base_url)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Which client runs the test body: ``CircleCI`` or ``AsyncCircleCI``."""
    return str(request.param)
