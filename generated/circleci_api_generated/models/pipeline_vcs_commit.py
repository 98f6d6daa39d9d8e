"""Generated from the OpenAPI schema of ``PipelineVcsCommit``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PipelineVcsCommit"]


class PipelineVcsCommit(_m.Model):
    """A ``PipelineVcsCommit`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    subject: _m.Field[str | None] = _m.Field("subject", _m.STRING, required=True, nullable=True)
    body: _m.Field[str | None] = _m.Field("body", _m.STRING, required=True, nullable=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        subject: str | None,
        body: str | None,
    ) -> None:
        self._init(
            {
                "subject": subject,
                "body": body,
            }
        )
