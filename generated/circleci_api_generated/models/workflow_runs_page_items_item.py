"""Generated from the OpenAPI schema of ``WorkflowRunsPageItemsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .workflow_runs_page_items_item_status import WorkflowRunsPageItemsItemStatus

__all__ = ["WorkflowRunsPageItemsItem"]


class WorkflowRunsPageItemsItem(_m.Model):
    """A ``WorkflowRunsPageItemsItem`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    branch: _m.Field[str] = _m.Field("branch", _m.STRING, required=True)
    duration: _m.Field[int | None] = _m.Field("duration", _m.INTEGER, required=True, nullable=True)
    created_at: _m.Field[datetime.datetime] = _m.Field("created_at", _m.DATETIME, required=True)
    stopped_at: _m.Field[datetime.datetime | None] = _m.Field(
        "stopped_at", _m.DATETIME, required=True, nullable=True
    )
    credits_used: _m.Field[int] = _m.Field("credits_used", _m.INTEGER, required=True)
    status: _m.Field[WorkflowRunsPageItemsItemStatus | None] = _m.Field(
        "status", _m.enum_of(WorkflowRunsPageItemsItemStatus), required=True, nullable=True
    )
    is_approval: _m.Field[bool] = _m.Field("is_approval", _m.BOOLEAN, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        branch: str,
        duration: int | None,
        created_at: datetime.datetime | str,
        stopped_at: datetime.datetime | str | None,
        credits_used: int,
        status: WorkflowRunsPageItemsItemStatus | str | None,
        is_approval: bool,
    ) -> None:
        self._init(
            {
                "id": id,
                "branch": branch,
                "duration": duration,
                "created_at": created_at,
                "stopped_at": stopped_at,
                "credits_used": credits_used,
                "status": status,
                "is_approval": is_approval,
            }
        )
