"""``CIRCLECI_LOG=debug|info``: switch on the library's logging from the environment.

The first client created in a process reads the variable and, when it is set, gives the
``circleci_api`` logger a handler writing to stderr at that level, so a script can be debugged
without changing its code.  Nothing the library logs contains the token: requests are logged by
method and path only.  An unknown value raises ``ConfigurationError`` naming the variable.
"""

from __future__ import annotations

import logging
import os
import sys

from circleci_api.errors import ConfigurationError

__all__ = ["LOG_ENV_VAR", "configure_logging_from_env"]

LOG_ENV_VAR = "CIRCLECI_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"
_configured = False


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record is emitted (so redirections apply)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def configure_logging_from_env() -> None:
    """Apply ``CIRCLECI_LOG`` once per process (later calls do nothing; unset means no change)."""
    global _configured  # noqa: PLW0603 - one switch for the whole process
    if _configured:
        return
    value = os.environ.get(LOG_ENV_VAR, "").strip().lower()
    if not value or value in ("0", "off", "none"):
        _configured = True
        return
    level = LEVELS.get(value)
    if level is None:
        raise ConfigurationError(
            f"{LOG_ENV_VAR} must be one of {', '.join(LEVELS)} (or unset); got {value!r}"
        )
    logger = logging.getLogger("circleci_api")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True
