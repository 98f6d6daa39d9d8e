"""Calling any operation generically: the client method, benign arguments, and a reply that fits.

``OperationCall`` reads the generated signature of an operation (positional path arguments, then
keyword-only body and query arguments) and builds the smallest valid value for every required
keyword argument from its annotation and the request model's converters, so every one of the
operations can be sent through the public client with path arguments chosen by a test.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
from dataclasses import dataclass
from typing import Any

import circleci_api_generated.models as generated_models
from circleci_api._endpoint import Endpoint
from circleci_api._models import (
    AnyConverter,
    Converter,
    DateConverter,
    DateTimeConverter,
    EnumConverter,
    ListConverter,
    MapConverter,
    Model,
    ModelConverter,
    PrimitiveConverter,
    UnionConverter,
)
from circleci_api_generated._operations import OPERATIONS, OperationInfo

#: Path parameters whose documented values contain slashes (see ``circleci_api._endpoint``).
SLUG_PARAMETERS = ("project_slug", "org_slug", "org_slug_or_id")
BENIGN_PATH_VALUES = {
    "project_slug": "gh/acme/api",
    "org_slug": "gh/acme",
    "org_slug_or_id": "6bd2c73b-43b1-4c0e-9b4a-9c4c17a1c2f5",
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def minimal_json(conv: Converter) -> Any:
    """The smallest JSON value ``conv`` accepts (first branch, first enum member, required fields only)."""
    if isinstance(conv, ModelConverter):
        return minimal_model(conv.model)
    if isinstance(conv, ListConverter):
        return []
    if isinstance(conv, MapConverter):
        return {}
    if isinstance(conv, UnionConverter):
        return minimal_json(conv.branches[0])
    if isinstance(conv, EnumConverter):
        return next(iter(conv.enum_type)).value
    if isinstance(conv, DateTimeConverter):
        return "2025-05-01T00:00:00Z"
    if isinstance(conv, DateConverter):
        return "2025-05-01"
    if isinstance(conv, PrimitiveConverter):
        return {"string": "x", "integer": 1, "number": 1, "boolean": True}[conv.name]
    if isinstance(conv, AnyConverter):
        return "x"
    raise TypeError(f"no minimal value for {type(conv).__name__}")


def minimal_model(model: type[Model]) -> dict[str, Any]:
    return {f.key: minimal_json(f.conv) for f in model._fields_.values() if f.required}


def _value_for(annotation: str, position: int) -> Any:
    """A valid argument for a required keyword parameter, from its annotation string."""
    first = annotation.split("|")[0].strip()
    if first == "str":
        return "x"
    if first == "int":
        return 1
    if first == "bool":
        return True
    if first == "Any":
        return None
    if first == "datetime.datetime":
        # Windows (start, end) must be ordered: later parameters get later days.
        return dt.datetime(2025, 5, 1 + position, tzinfo=dt.UTC)
    if first.startswith(("Mapping[", "dict[")):
        return {}
    if first.startswith(("Sequence[", "list[")):
        return []
    found = getattr(generated_models, first, None)
    if isinstance(found, type) and issubclass(found, Model):
        return minimal_model(found)
    if isinstance(found, type):  # an enum
        return next(iter(found)).value  # type: ignore[call-overload]
    raise TypeError(f"no value for annotation {annotation!r}")


@dataclass(frozen=True)
class OperationCall:
    """How to call one operation through ``client.<namespace>.<method>``."""

    info: OperationInfo
    endpoint: Endpoint
    #: Positional parameters, in order (the path parameters as the client names them).
    path_args: tuple[str, ...]
    #: Valid values for the required keyword-only parameters.
    kwargs: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return self.info.operation_id

    def method(self, client: Any) -> Any:
        target = client
        for name in self.info.client_method.split("."):
            target = getattr(target, name)
        return target

    def benign_path_values(self) -> dict[str, Any]:
        return {name: BENIGN_PATH_VALUES.get(name, "ok-value") for name in self.path_args}

    def reply_json(self) -> Any:
        """A body the client can parse for this operation's first documented success status."""
        if self.endpoint.paginated:
            return {self.endpoint.page_items or "items": [], "next_page_token": None}
        return {}

    @property
    def success_status(self) -> int:
        return min(self.endpoint.responses) if self.endpoint.responses else 200


def operation_calls() -> list[OperationCall]:
    calls = []
    for info in OPERATIONS.values():
        module = importlib.import_module(info.module)
        parameters = list(inspect.signature(module.sync).parameters.values())[1:]  # after the caller
        path_args = tuple(p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)
        required = [
            p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is p.empty
        ]
        kwargs = {p.name: _value_for(str(p.annotation), i) for i, p in enumerate(required)}
        calls.append(OperationCall(info, module.ENDPOINT, path_args, kwargs))
    return calls


def template_names(template: str) -> list[str]:
    return re.findall(r"{([^{}]+)}", template)
