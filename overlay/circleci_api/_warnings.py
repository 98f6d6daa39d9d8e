"""Deprecation warnings attributed to the user's line, whichever path inside the library reaches them.

``warnings.warn`` with a fixed ``stacklevel`` points at the wrong frame as soon as a call goes
through one more (or one fewer) library function, and at ``sys:1`` when the stack is shorter than
assumed; Python's default filters then hide the warning.  ``warn_deprecated`` walks out of the
library's own files instead.  Nothing is remembered here: how often a warning shows is up to the
``warnings`` filters (by default once per calling line).
"""

from __future__ import annotations

import os
import sys
import warnings

__all__ = ["user_stacklevel", "warn_deprecated"]

_HERE = os.path.dirname(os.path.abspath(__file__))
#: Frames from these files belong to the library: the overlay, the generated package, and the
#: methods attrs writes for generated models.
_LIBRARY_PREFIXES: tuple[str, ...] = (
    _HERE + os.sep,
    os.path.join(os.path.dirname(_HERE), "circleci_api_generated") + os.sep,
    "<attrs generated",
)


def _library_prefixes() -> tuple[str, ...]:
    """The prefixes above plus where the generated package and attrs (whose helpers run the models'
    hooks) were really imported from."""
    found = list(_LIBRARY_PREFIXES)
    for name in ("circleci_api_generated", "attr", "attrs"):
        path = getattr(sys.modules.get(name), "__file__", None)
        if path is not None:
            found.append(os.path.dirname(os.path.abspath(path)) + os.sep)
    return tuple(found)


def user_stacklevel() -> int:
    """The ``stacklevel`` that makes a ``warnings.warn`` in the caller point at the first frame outside
    the library (1 means the caller itself)."""
    prefixes = _library_prefixes()
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(prefixes):
        frame = frame.f_back
        level += 1
    return level


def warn_deprecated(message: str) -> None:
    """Issue a ``DeprecationWarning`` for the user's line (see the module docstring)."""
    warnings.warn(message, DeprecationWarning, stacklevel=user_stacklevel())
