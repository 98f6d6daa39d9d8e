"""Generated from the OpenAPI schema of ``WorkflowTestMetricsTestRunsItemTestCounts``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WorkflowTestMetricsTestRunsItemTestCounts"]


class WorkflowTestMetricsTestRunsItemTestCounts(_m.Model):
    """A ``WorkflowTestMetricsTestRunsItemTestCounts`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    error: _m.Field[int] = _m.Field("error", _m.INTEGER, required=True)
    failure: _m.Field[int] = _m.Field("failure", _m.INTEGER, required=True)
    skipped: _m.Field[int] = _m.Field("skipped", _m.INTEGER, required=True)
    success: _m.Field[int] = _m.Field("success", _m.INTEGER, required=True)
    total: _m.Field[int] = _m.Field("total", _m.INTEGER, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        error: int,
        failure: int,
        skipped: int,
        success: int,
        total: int,
    ) -> None:
        self._init(
            {
                "error": error,
                "failure": failure,
                "skipped": skipped,
                "success": success,
                "total": total,
            }
        )
