"""A pytest plugin that prints how many operations the Prism passes exercised.

Loaded from the top-level ``tests/conftest.py`` (``pytest_plugins``) so that, under xdist, it runs
in the controller, where every worker's reports arrive.  Each passing Prism test records
``("contract", '["static"|"dynamic", operationId, responses]')`` with ``record_property``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

_EXERCISED: dict[str, set[str]] = {}
_RESPONSES: dict[str, int] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call" or not report.passed:
        return
    for name, value in report.user_properties:
        if name == "contract":
            mode, operation_id, responses = json.loads(str(value))
            _EXERCISED.setdefault(mode, set()).add(operation_id)
            _RESPONSES[mode] = _RESPONSES.get(mode, 0) + int(responses)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _EXERCISED:
        return
    parts = [
        f"{mode} mode: {len(_EXERCISED[mode])} operations, {_RESPONSES[mode]} responses parsed strictly"
        for mode in sorted(_EXERCISED)
    ]
    terminalreporter.write_line("contract tests against Prism: " + "; ".join(parts))
