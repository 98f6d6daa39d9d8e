"""Generated from the OpenAPI schema of ``InsightsBranches``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["InsightsBranches"]


class InsightsBranches(_m.Model):
    """A ``InsightsBranches`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    org_id: _m.Field[Any | None] = _m.Field("org_id", _m.ANY, required=True, nullable=True)
    project_id: _m.Field[Any | None] = _m.Field("project_id", _m.ANY, required=True, nullable=True)
    branches: _m.Field[list[str]] = _m.Field("branches", _m.list_of(_m.STRING), required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        org_id: Any | None,
        project_id: Any | None,
        branches: Sequence[str],
    ) -> None:
        self._init(
            {
                "org_id": org_id,
                "project_id": project_id,
                "branches": branches,
            }
        )
