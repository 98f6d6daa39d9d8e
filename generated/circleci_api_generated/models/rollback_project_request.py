"""Generated from the OpenAPI schema of ``RollbackProjectRequest``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["RollbackProjectRequest"]


class RollbackProjectRequest(_m.Model):
    """A ``RollbackProjectRequest`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    component_name: _m.Field[str] = _m.Field("component_name", _m.STRING, required=True)
    current_version: _m.Field[str] = _m.Field("current_version", _m.STRING, required=True)
    environment_name: _m.Field[str] = _m.Field("environment_name", _m.STRING, required=True)
    target_version: _m.Field[str] = _m.Field("target_version", _m.STRING, required=True)
    namespace: _m.Field[str | None] = _m.Field("namespace", _m.STRING)
    parameters: _m.Field[dict[str, Any] | None] = _m.Field("parameters", _m.map_of(_m.ANY))
    reason: _m.Field[str | None] = _m.Field("reason", _m.STRING)
    _additional_ = None
    _input_additional_ = None

    def __init__(
        self,
        *,
        component_name: str,
        current_version: str,
        environment_name: str,
        target_version: str,
        namespace: str | None | Unset = UNSET,
        parameters: Mapping[str, Any] | None | Unset = UNSET,
        reason: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "component_name": component_name,
                "current_version": current_version,
                "environment_name": environment_name,
                "target_version": target_version,
                "namespace": namespace,
                "parameters": parameters,
                "reason": reason,
            }
        )
