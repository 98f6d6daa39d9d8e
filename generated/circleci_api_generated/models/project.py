"""Generated from the OpenAPI schema of ``Project``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .project_vcs_info import ProjectVcsInfo

__all__ = ["Project"]


class Project(_m.Model):
    """A ``Project`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    slug: _m.Field[str] = _m.Field("slug", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    organization_name: _m.Field[str] = _m.Field("organization_name", _m.STRING, required=True)
    organization_slug: _m.Field[str] = _m.Field("organization_slug", _m.STRING, required=True)
    organization_id: _m.Field[str] = _m.Field("organization_id", _m.STRING, required=True)
    vcs_info: _m.Field[ProjectVcsInfo] = _m.Field(
        "vcs_info",
        _m.model("circleci_api_generated.models.project_vcs_info", "ProjectVcsInfo"),
        required=True,
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        slug: str,
        name: str,
        id: str,
        organization_name: str,
        organization_slug: str,
        organization_id: str,
        vcs_info: ProjectVcsInfo | Mapping[str, Any],
    ) -> None:
        self._init(
            {
                "slug": slug,
                "name": name,
                "id": id,
                "organization_name": organization_name,
                "organization_slug": organization_slug,
                "organization_id": organization_id,
                "vcs_info": vcs_info,
            }
        )
