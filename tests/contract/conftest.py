"""Fixtures of the contract suite: one Prism per mode per test process (each xdist worker its own).

Without Node.js or the pinned Prism the Prism tests are skipped with the reason; under CI
(``CI=true``) they fail instead, so a broken setup cannot pass unnoticed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.contract.prism import PrismServer, PrismStartError, PrismUnavailable, start_prism


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _prism(
    built_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, *, dynamic: bool
) -> Iterator[PrismServer]:
    workdir: Path = tmp_path_factory.mktemp("prism-dynamic" if dynamic else "prism-static")
    try:
        server = start_prism(built_spec, workdir, dynamic=dynamic)
    except PrismUnavailable as exc:
        if _in_ci():
            pytest.fail(f"contract tests cannot run under CI: {exc}", pytrace=False)
        pytest.skip(f"contract tests skipped: {exc}")
    except PrismStartError as exc:
        pytest.fail(f"Prism did not start: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism_static(
    built_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrismServer]:
    """``prism mock --errors``: answers with the same schema-derived payload every time."""
    yield from _prism(built_spec, tmp_path_factory, dynamic=False)


@pytest.fixture(scope="session")
def prism_dynamic(
    built_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrismServer]:
    """``prism mock --errors -d``: a new random payload that fits the schema on every request."""
    yield from _prism(built_spec, tmp_path_factory, dynamic=True)
