"""Generated from the OpenAPI schema of ``CreateExporterRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401
from .create_exporter_request_protocol import CreateExporterRequestProtocol

__all__ = ["CreateExporterRequest"]


class CreateExporterRequest(_m.Model):
    """A ``CreateExporterRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    org_id: _m.Field[str] = _m.Field("org_id", _m.STRING, required=True)
    endpoint: _m.Field[str] = _m.Field("endpoint", _m.STRING, required=True)
    protocol: _m.Field[CreateExporterRequestProtocol] = _m.Field(
        "protocol", _m.enum_of(CreateExporterRequestProtocol), required=True
    )
    insecure: _m.Field[bool | None] = _m.Field("insecure", _m.BOOLEAN)
    headers: _m.Field[dict[str, str] | None] = _m.Field("headers", _m.map_of(_m.STRING))
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        org_id: str,
        endpoint: str,
        protocol: CreateExporterRequestProtocol | str,
        insecure: bool | None | Unset = UNSET,
        headers: Mapping[str, str] | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "org_id": org_id,
                "endpoint": endpoint,
                "protocol": protocol,
                "insecure": insecure,
                "headers": headers,
            }
        )
