"""Generated from the OpenAPI schema of ``RerunWorkflowParameters``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["RerunWorkflowParameters"]


class RerunWorkflowParameters(_m.Model):
    """A ``RerunWorkflowParameters`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    enable_ssh: _m.Field[bool | None] = _m.Field("enable_ssh", _m.BOOLEAN)
    from_failed: _m.Field[bool | None] = _m.Field("from_failed", _m.BOOLEAN)
    jobs: _m.Field[list[str] | None] = _m.Field("jobs", _m.list_of(_m.STRING))
    sparse_tree: _m.Field[bool | None] = _m.Field("sparse_tree", _m.BOOLEAN)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        enable_ssh: bool | None | Unset = UNSET,
        from_failed: bool | None | Unset = UNSET,
        jobs: Sequence[str] | None | Unset = UNSET,
        sparse_tree: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enable_ssh": enable_ssh,
                "from_failed": from_failed,
                "jobs": jobs,
                "sparse_tree": sparse_tree,
            }
        )
