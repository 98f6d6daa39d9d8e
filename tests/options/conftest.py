"""Fixtures for issue 16's tests: the client harness of tests/client (sync and async) and a clean env."""

from __future__ import annotations

import pytest

from tests.client.conftest import h  # noqa: F401  # the sync/async harness fixture

ENV_VARS = (
    "CIRCLECI_TOKEN",
    "CIRCLE_TOKEN",
    "CIRCLECI_BASE_URL",
    "CIRCLECI_STRICT",
    "CIRCLECI_AUTH_SCHEME",
    "CIRCLECI_LOG",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's real CircleCI settings."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
