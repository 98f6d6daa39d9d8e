"""Generated from the OpenAPI schema of ``FlakyTestsReport``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .flaky_tests_report_flaky_tests_item import FlakyTestsReportFlakyTestsItem

__all__ = ["FlakyTestsReport"]


class FlakyTestsReport(_m.Model):
    """A ``FlakyTestsReport`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    flaky_tests: _m.Field[list[FlakyTestsReportFlakyTestsItem]] = _m.Field(
        "flaky_tests",
        _m.list_of(
            _m.model(
                "circleci_api_generated.models.flaky_tests_report_flaky_tests_item",
                "FlakyTestsReportFlakyTestsItem",
            )
        ),
        required=True,
        aliases=("flaky-tests",),
    )
    total_flaky_tests: _m.Field[float] = _m.Field(
        "total_flaky_tests", _m.NUMBER, required=True, aliases=("total-flaky-tests",)
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        flaky_tests: Sequence[FlakyTestsReportFlakyTestsItem | Mapping[str, Any]],
        total_flaky_tests: float,
    ) -> None:
        self._init(
            {
                "flaky_tests": flaky_tests,
                "total_flaky_tests": total_flaky_tests,
            }
        )
