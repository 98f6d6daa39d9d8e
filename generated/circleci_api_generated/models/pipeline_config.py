"""Generated from the OpenAPI schema of ``PipelineConfig``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from collections.abc import Mapping, Sequence  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["PipelineConfig"]


class PipelineConfig(_m.Model):
    """A ``PipelineConfig`` object of the CircleCI API.

    Fields read lazily from the JSON object this model wraps (see ``raw_json``).
    """

    __slots__ = ()

    source: _m.Field[str] = _m.Field("source", _m.STRING, required=True)
    compiled: _m.Field[str] = _m.Field("compiled", _m.STRING, required=True)
    setup_config: _m.Field[str | None] = _m.Field("setup-config", _m.STRING)
    compiled_setup_config: _m.Field[str | None] = _m.Field("compiled-setup-config", _m.STRING)
    # The schema does not restrict other keys: responses may carry them; request dicts may not.
    _additional_ = _m.ANY
    _input_additional_ = None

    def __init__(
        self,
        *,
        source: str,
        compiled: str,
        setup_config: str | None | Unset = UNSET,
        compiled_setup_config: str | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "source": source,
                "compiled": compiled,
                "setup_config": setup_config,
                "compiled_setup_config": compiled_setup_config,
            }
        )
