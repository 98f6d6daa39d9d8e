"""Errors raised by the generated code."""

from circleci_api._models import RequestValidationError

__all__ = ["RequestValidationError"]
