"""Fixtures for the webhook tests: the fake's test fixtures (a spec-checked fake, reached in process
or over HTTP, strict clients, sync and async), with a seed of their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.testing.conftest import clean_env, front, kind, spec_responses
from tests.testing.support import SpecCheckedFake, SpecResponses

__all__ = ["clean_env", "fake", "front", "kind", "spec_responses"]


@pytest.fixture
def fake(spec_responses: SpecResponses) -> Iterator[SpecCheckedFake]:
    """A fresh seeded fake whose every answer is validated against the spec (jsonschema)."""
    checked = SpecCheckedFake(spec_responses, seed=17)
    yield checked
    assert checked.problems == [], "\n".join(checked.problems)
