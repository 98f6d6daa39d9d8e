"""Generated from the OpenAPI schema of ``Organization``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .organization_vcs_type import OrganizationVcsType

__all__ = ["Organization"]


class Organization(_m.Model):
    """A ``Organization`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str] = _m.Field("id", _m.STRING, required=True)
    name: _m.Field[str] = _m.Field("name", _m.STRING, required=True)
    slug: _m.Field[str] = _m.Field("slug", _m.STRING, required=True)
    vcs_type: _m.Field[OrganizationVcsType] = _m.Field(
        "vcs_type", _m.enum_of(OrganizationVcsType), required=True
    )
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        slug: str,
        vcs_type: OrganizationVcsType | str,
    ) -> None:
        self._init(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "vcs_type": vcs_type,
            }
        )
