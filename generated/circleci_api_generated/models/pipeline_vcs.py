"""Generated from the OpenAPI schema of ``PipelineVcs``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .pipeline_vcs_commit import PipelineVcsCommit

__all__ = ["PipelineVcs"]


class PipelineVcs(_m.Model):
    """A ``PipelineVcs`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    provider_name: _m.Field[str] = _m.Field("provider_name", _m.STRING, required=True)
    target_repository_url: _m.Field[str] = _m.Field("target_repository_url", _m.STRING, required=True)
    revision: _m.Field[str | None] = _m.Field("revision", _m.STRING, required=True, nullable=True)
    origin_repository_url: _m.Field[str] = _m.Field("origin_repository_url", _m.STRING, required=True)
    branch: _m.Field[str | None] = _m.Field("branch", _m.STRING)
    review_id: _m.Field[str | None] = _m.Field("review_id", _m.STRING)
    review_url: _m.Field[str | None] = _m.Field("review_url", _m.STRING)
    tag: _m.Field[str | None] = _m.Field("tag", _m.STRING)
    commit: _m.Field[PipelineVcsCommit | None] = _m.Field(
        "commit", _m.model("circleci_api_generated.models.pipeline_vcs_commit", "PipelineVcsCommit")
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        provider_name: str,
        target_repository_url: str,
        revision: str | None,
        origin_repository_url: str,
        branch: str | None | Unset = UNSET,
        review_id: str | None | Unset = UNSET,
        review_url: str | None | Unset = UNSET,
        tag: str | None | Unset = UNSET,
        commit: PipelineVcsCommit | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "provider_name": provider_name,
                "target_repository_url": target_repository_url,
                "revision": revision,
                "origin_repository_url": origin_repository_url,
                "branch": branch,
                "review_id": review_id,
                "review_url": review_url,
                "tag": tag,
                "commit": commit,
            }
        )
