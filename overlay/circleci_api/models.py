"""Every model and enum of the API (``from circleci_api.models import Pipeline``), loaded on first use.

Models are ``attrs`` classes built from the JSON CircleCI sent: ``model.raw_json`` is that JSON,
``model.to_dict()`` is the model as it is now, unknown keys are in ``model.additional_properties``,
and enums keep values the spec does not list (``member.is_known`` is False for those).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from circleci_api_generated import models as _generated

if TYPE_CHECKING:
    from circleci_api_generated.models import *  # noqa: F403

from circleci_api._models import Model, OpenEnum

__all__ = ["Model", "OpenEnum", *_generated.__all__]  # noqa: PLE0604


def __getattr__(name: str) -> Any:
    value = getattr(_generated, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
