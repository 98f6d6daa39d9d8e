"""Generated from the OpenAPI schema of ``OrgInsightsSummaryOrgDataMetrics``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["OrgInsightsSummaryOrgDataMetrics"]


class OrgInsightsSummaryOrgDataMetrics(_m.Model):
    """A ``OrgInsightsSummaryOrgDataMetrics`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    total_runs: _m.Field[int] = _m.Field("total_runs", _m.INTEGER, required=True)
    total_duration_secs: _m.Field[int] = _m.Field("total_duration_secs", _m.INTEGER, required=True)
    total_credits_used: _m.Field[int] = _m.Field("total_credits_used", _m.INTEGER, required=True)
    success_rate: _m.Field[float] = _m.Field("success_rate", _m.NUMBER, required=True)
    throughput: _m.Field[float] = _m.Field("throughput", _m.NUMBER, required=True)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        total_runs: int,
        total_duration_secs: int,
        total_credits_used: int,
        success_rate: float,
        throughput: float,
    ) -> None:
        self._init(
            {
                "total_runs": total_runs,
                "total_duration_secs": total_duration_secs,
                "total_credits_used": total_credits_used,
                "success_rate": success_rate,
                "throughput": throughput,
            }
        )
