"""Shared fixtures: paths, the vendored and built specs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Prints the number of operations the contract tests exercised (in the xdist controller too).
pytest_plugins = ["tests.contract.report"]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def vendored_spec() -> dict[str, Any]:
    """openapi/circleci-v2.json as committed."""
    return json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def built_spec() -> dict[str, Any]:
    """The vendored spec with every fix applied (what the generator reads)."""
    from tools.build_spec import build

    return build()
