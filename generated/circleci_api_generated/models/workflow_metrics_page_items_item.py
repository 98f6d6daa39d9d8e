"""Generated from the OpenAPI schema of ``WorkflowMetricsPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .workflow_metrics_page_items_item_metrics import WorkflowMetricsPageItemsItemMetrics

__all__ = ["WorkflowMetricsPageItemsItem"]


class WorkflowMetricsPageItemsItem(_m.Model):
    """A ``WorkflowMetricsPageItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    metrics: _m.Field[WorkflowMetricsPageItemsItemMetrics] = _m.Field(
        "metrics",
        _m.model(
            "circleci_api_generated.models.workflow_metrics_page_items_item_metrics",
            "WorkflowMetricsPageItemsItemMetrics",
        ),
        required=True,
    )
    window_start: _m.Field[datetime.datetime] = _m.Field("window_start", _m.DATETIME, required=True)
    window_end: _m.Field[datetime.datetime] = _m.Field("window_end", _m.DATETIME, required=True)
    project_id: _m.Field[Any | None] = _m.Field("project_id", _m.ANY, required=True, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        name: str,
        metrics: WorkflowMetricsPageItemsItemMetrics | Mapping[str, Any],
        window_start: datetime.datetime | str,
        window_end: datetime.datetime | str,
        project_id: Any | None,
    ) -> None:
        self._init(
            {
                "name": name,
                "metrics": metrics,
                "window_start": window_start,
                "window_end": window_end,
                "project_id": project_id,
            }
        )
