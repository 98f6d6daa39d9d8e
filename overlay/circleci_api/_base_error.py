"""The root of the exception hierarchy (kept apart so low-level modules can use it without cycles)."""

from __future__ import annotations

__all__ = ["CircleCIError"]


class CircleCIError(Exception):
    """Base class of every error raised by circleci_api."""
