"""Fixtures for the webhook tests: a spec-checked fake, reached in process or over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.testing.support import Front, SpecCheckedFake, SpecResponses

ENV_VARS = ("CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_BASE_URL", "CIRCLECI_STRICT")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's CircleCI settings; clients parse the fake's answers strictly."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CIRCLECI_STRICT", "1")


@pytest.fixture(scope="session")
def spec_responses(built_spec: dict[str, Any]) -> SpecResponses:
    return SpecResponses(built_spec)


@pytest.fixture
def fake(spec_responses: SpecResponses) -> Iterator[SpecCheckedFake]:
    """A fresh seeded fake whose every answer is validated against the spec (jsonschema)."""
    checked = SpecCheckedFake(spec_responses, seed=17)
    yield checked
    assert checked.problems == [], "\n".join(checked.problems)


@pytest.fixture(params=["in_process", "http"])
def front(request: pytest.FixtureRequest, fake: SpecCheckedFake) -> Iterator[Front]:
    if request.param == "in_process":
        yield Front("in_process", fake, fake.base_url)
        return
    with fake.serve() as server:
        yield Front("http", fake, server.base_url)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)
