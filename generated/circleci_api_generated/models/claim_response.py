"""Generated from the OpenAPI schema of ``ClaimResponse``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["ClaimResponse"]


class ClaimResponse(_m.Model):
    """A ``ClaimResponse`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    org_id: _m.Field[str] = _m.Field("org_id", _m.STRING, required=True)
    audience: _m.Field[list[str] | None] = _m.Field("audience", _m.list_of(_m.STRING))
    audience_updated_at: _m.Field[datetime.datetime | None] = _m.Field("audience_updated_at", _m.DATETIME)
    project_id: _m.Field[str | None] = _m.Field("project_id", _m.STRING)
    ttl: _m.Field[str | None] = _m.Field("ttl", _m.STRING)
    ttl_updated_at: _m.Field[datetime.datetime | None] = _m.Field("ttl_updated_at", _m.DATETIME)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        org_id: str,
        audience: Sequence[str] | None | Unset = UNSET,
        audience_updated_at: datetime.datetime | str | None | Unset = UNSET,
        project_id: str | None | Unset = UNSET,
        ttl: str | None | Unset = UNSET,
        ttl_updated_at: datetime.datetime | str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "org_id": org_id,
                "audience": audience,
                "audience_updated_at": audience_updated_at,
                "project_id": project_id,
                "ttl": ttl,
                "ttl_updated_at": ttl_updated_at,
            }
        )
