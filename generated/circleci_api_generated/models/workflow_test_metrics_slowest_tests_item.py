"""Generated from the OpenAPI schema of ``WorkflowTestMetricsSlowestTestsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["WorkflowTestMetricsSlowestTestsItem"]


class WorkflowTestMetricsSlowestTestsItem(_m.Model):
    """A ``WorkflowTestMetricsSlowestTestsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    p95_duration: _m.Field[float | None] = _m.Field("p95_duration", _m.NUMBER, required=True, nullable=True)
    total_runs: _m.Field[int] = _m.Field("total_runs", _m.INTEGER, required=True)
    classname: _m.Field[str | None] = _m.Field("classname", _m.STRING, required=True, nullable=True)
    failed_runs: _m.Field[int] = _m.Field("failed_runs", _m.INTEGER, required=True)
    flaky: _m.Field[bool] = _m.Field("flaky", _m.BOOLEAN, required=True)
    source: _m.Field[str | None] = _m.Field("source", _m.STRING, required=True, nullable=True)
    file: _m.Field[str | None] = _m.Field("file", _m.STRING, required=True, nullable=True)
    job_name: _m.Field[str] = _m.Field("job_name", _m.STRING, required=True)
    test_name: _m.Field[str] = _m.Field("test_name", _m.STRING, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        p95_duration: float | None,
        total_runs: int,
        classname: str | None,
        failed_runs: int,
        flaky: bool,
        source: str | None,
        file: str | None,
        job_name: str,
        test_name: str,
    ) -> None:
        self._init(
            {
                "p95_duration": p95_duration,
                "total_runs": total_runs,
                "classname": classname,
                "failed_runs": failed_runs,
                "flaky": flaky,
                "source": source,
                "file": file,
                "job_name": job_name,
                "test_name": test_name,
            }
        )
