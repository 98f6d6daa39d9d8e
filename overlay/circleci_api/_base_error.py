"""The root of the exception hierarchy (kept apart so low-level modules can use it without cycles)."""

from __future__ import annotations

import pickle
from typing import Any

__all__ = ["CircleCIError"]

#: Attributes that cannot cross a process boundary and are left out when an error is pickled.
_DROPPED_WHEN_PICKLED = frozenset({"response"})


class CircleCIError(Exception):
    """Base class of every error raised by circleci_api.

    Every library error pickles and unpickles to the same class with the same message and
    attributes (``status_code``, ``message``, ``method``, ``url``, ``retry_after``, …), so it can
    cross a process boundary (``ProcessPoolExecutor``, ``multiprocessing``).  The ``httpx.Response``
    (``.response``) stays behind and reads as None, as does any attribute that cannot be pickled.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exceptions pickle by calling ``cls(*args)``, which breaks for keyword-only constructors and
        # for messages built from the arguments: rebuild from the finished state instead.
        state: dict[str, Any] = {}
        for name, value in vars(self).items():
            state[name] = None if name in _DROPPED_WHEN_PICKLED or not _picklable(value) else value
        return (_rebuild, (type(self), self.args, state))


def _picklable(value: Any) -> bool:
    try:
        pickle.dumps(value)
    except Exception:  # whatever cannot be pickled is left out
        return False
    return True


def _rebuild(cls: type[CircleCIError], args: tuple[Any, ...], state: dict[str, Any]) -> CircleCIError:
    error = cls.__new__(cls)
    error.args = args
    vars(error).update(state)
    return error
