"""Where the vendored API description came from, available at runtime as ``circleci_api.SPEC_INFO``."""

from __future__ import annotations

from dataclasses import dataclass

from circleci_api_generated import _operations

__all__ = ["SPEC_INFO", "SpecInfo"]


@dataclass(frozen=True)
class SpecInfo:
    """The vendored OpenAPI document: its source's sha256, its date, and how many operations it has."""

    sha256: str
    date: str | None
    operations: int
    fixes: tuple[str, ...]


SPEC_INFO = SpecInfo(
    sha256=_operations.SPEC_SHA256,
    date=_operations.SPEC_DATE,
    operations=len(_operations.OPERATIONS),
    fixes=_operations.SPEC_FIXES,
)
