"""Generated from the OpenAPI schema of ``Exporter``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .exporter_protocol import ExporterProtocol

__all__ = ["Exporter"]


class Exporter(_m.Model):
    """A ``Exporter`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    id: _m.Field[str | None] = _m.Field("id", _m.STRING)
    org_id: _m.Field[str | None] = _m.Field("org_id", _m.STRING)
    endpoint: _m.Field[str | None] = _m.Field("endpoint", _m.STRING)
    protocol: _m.Field[ExporterProtocol | None] = _m.Field("protocol", _m.enum_of(ExporterProtocol))
    insecure: _m.Field[bool | None] = _m.Field("insecure", _m.BOOLEAN)
    headers: _m.Field[dict[str, str] | None] = _m.Field("headers", _m.map_of(_m.STRING))
    issues: _m.Field[list[str] | None] = _m.Field("issues", _m.list_of(_m.STRING))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        org_id: str | None | Unset = UNSET,
        endpoint: str | None | Unset = UNSET,
        protocol: ExporterProtocol | str | None | Unset = UNSET,
        insecure: bool | None | Unset = UNSET,
        headers: Mapping[str, str] | None | Unset = UNSET,
        issues: Sequence[str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "org_id": org_id,
                "endpoint": endpoint,
                "protocol": protocol,
                "insecure": insecure,
                "headers": headers,
                "issues": issues,
            }
        )
