"""Generated from the OpenAPI schema of ``WorkflowJobListResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .job import Job

__all__ = ["WorkflowJobListResponse"]


class WorkflowJobListResponse(_m.Model):
    """A ``WorkflowJobListResponse`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    items: _m.Field[list[Job]] = _m.Field(
        "items", _m.list_of(_m.model("circleci_api_generated.models.job", "Job")), required=True
    )
    next_page_token: _m.Field[str | None] = _m.Field(
        "next_page_token", _m.STRING, required=True, nullable=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        items: Sequence[Job | Mapping[str, Any]],
        next_page_token: str | None,
    ) -> None:
        self._init(
            {
                "items": items,
                "next_page_token": next_page_token,
            }
        )
