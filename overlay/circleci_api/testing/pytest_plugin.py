"""pytest fixtures for the fake CircleCI, registered through the ``pytest11`` entry point.

* ``circleci_fake``: a fresh ``FakeCircleCI`` for the test, reached in process
  (``circleci_fake.client()`` or ``httpx.Client(transport=circleci_fake.transport())``).
* ``circleci_fake_server``: the same fake served over HTTP on 127.0.0.1 for the test
  (``circleci_fake_server.base_url``, ``circleci_fake_server.env()``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from circleci_api.testing import FakeCircleCI, FakeServer

__all__ = ["circleci_fake", "circleci_fake_server"]


@pytest.fixture
def circleci_fake() -> FakeCircleCI:
    """A fresh, empty fake CircleCI (add projects with ``add_project``)."""
    from circleci_api.testing import FakeCircleCI

    return FakeCircleCI()


@pytest.fixture
def circleci_fake_server(circleci_fake: FakeCircleCI) -> Iterator[FakeServer]:
    """``circleci_fake`` served over HTTP on free localhost ports while the test runs."""
    with circleci_fake.serve() as server:
        yield server
