"""Generated from the OpenAPI schema of ``DecisionLogMetadata``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .decision_log_metadata_vcs import DecisionLogMetadataVcs

__all__ = ["DecisionLogMetadata"]


class DecisionLogMetadata(_m.Model):
    """A ``DecisionLogMetadata`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    build_number: _m.Field[int | None] = _m.Field("build_number", _m.INTEGER)
    project_id: _m.Field[str | None] = _m.Field("project_id", _m.STRING)
    ssh_rerun: _m.Field[bool | None] = _m.Field("ssh_rerun", _m.BOOLEAN)
    vcs: _m.Field[DecisionLogMetadataVcs | None] = _m.Field(
        "vcs", _m.model("circleci_api_generated.models.decision_log_metadata_vcs", "DecisionLogMetadataVcs")
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        build_number: int | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        ssh_rerun: bool | None | Unset = UNSET,
        vcs: DecisionLogMetadataVcs | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "build_number": build_number,
                "project_id": project_id,
                "ssh_rerun": ssh_rerun,
                "vcs": vcs,
            }
        )
