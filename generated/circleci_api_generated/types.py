"""Shared markers used by the generated code (they live in circleci_api's model runtime)."""

from circleci_api._models import UNSET, Unset

__all__ = ["UNSET", "Unset"]
