"""Generated from the OpenAPI schema of ``FlakyTestsReportFlakyTestsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["FlakyTestsReportFlakyTestsItem"]


class FlakyTestsReportFlakyTestsItem(_m.Model):
    """A ``FlakyTestsReportFlakyTestsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    workflow_created_at: _m.Field[str] = _m.Field(
        "workflow_created_at", _m.STRING, required=True, aliases=("workflow-created-at",)
    )
    workflow_id: _m.Field[Any | None] = _m.Field(
        "workflow_id", _m.ANY, required=True, nullable=True, aliases=("workflow-id",)
    )
    classname: _m.Field[str | None] = _m.Field("classname", _m.STRING, required=True, nullable=True)
    pipeline_number: _m.Field[int] = _m.Field(
        "pipeline_number", _m.INTEGER, required=True, aliases=("pipeline-number",)
    )
    workflow_name: _m.Field[str] = _m.Field(
        "workflow_name", _m.STRING, required=True, aliases=("workflow-name",)
    )
    test_name: _m.Field[str] = _m.Field("test_name", _m.STRING, required=True, aliases=("test-name",))
    job_name: _m.Field[str] = _m.Field("job_name", _m.STRING, required=True, aliases=("job-name",))
    job_number: _m.Field[int] = _m.Field("job_number", _m.INTEGER, required=True, aliases=("job-number",))
    times_flaked: _m.Field[int] = _m.Field(
        "times_flaked", _m.INTEGER, required=True, aliases=("times-flaked",)
    )
    source: _m.Field[str | None] = _m.Field("source", _m.STRING, required=True, nullable=True)
    file: _m.Field[str | None] = _m.Field("file", _m.STRING, required=True, nullable=True)
    time_wasted: _m.Field[int | None] = _m.Field("time_wasted", _m.INTEGER, aliases=("time-wasted",))
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        workflow_created_at: str,
        workflow_id: Any | None,
        classname: str | None,
        pipeline_number: int,
        workflow_name: str,
        test_name: str,
        job_name: str,
        job_number: int,
        times_flaked: int,
        source: str | None,
        file: str | None,
        time_wasted: int | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "workflow_created_at": workflow_created_at,
                "workflow_id": workflow_id,
                "classname": classname,
                "pipeline_number": pipeline_number,
                "workflow_name": workflow_name,
                "test_name": test_name,
                "job_name": job_name,
                "job_number": job_number,
                "times_flaked": times_flaked,
                "source": source,
                "file": file,
                "time_wasted": time_wasted,
            }
        )
