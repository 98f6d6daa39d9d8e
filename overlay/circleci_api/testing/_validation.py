"""Checking requests and responses against the spec, through the generated models.

The generated models are built from the same document (after fixes) as the client, and their
strict check (``Model._check``) covers what the seed's schemas use: types, required fields,
``additionalProperties: false``, enums, nullability, ``oneOf`` and RFC 3339 date-times.  The
``uuid`` formats and the path and query parameters, which the models do not describe, are checked
from each route's declaration (see ``Route``).
"""

from __future__ import annotations

import importlib
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from circleci_api._models import Converter, Deviation, check_value
from circleci_api_generated._operations import OPERATIONS

if TYPE_CHECKING:
    import httpx

    from circleci_api.testing._http import QueryRule, Route

__all__ = ["Violation", "check_request", "check_response", "is_uuid"]


@dataclass(frozen=True)
class Violation:
    """One way a request differs from the spec: where (``body.name``, ``path.context_id``) and what."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def is_uuid(value: object) -> bool:
    """True for the canonical 8-4-4-4-12 hex form."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _check_value(rule: QueryRule, value: str) -> str | None:
    if isinstance(rule, tuple):
        return None if value in rule else f"{value!r} is not one of {', '.join(rule)}"
    if rule == "uuid" and not is_uuid(value):
        return f"{value!r} is not a UUID"
    if rule == "integer" and not value.lstrip("-").isdigit():
        return f"{value!r} is not an integer"
    return None


def _uuid_fields(data: Any, path: list[str], where: str, out: list[Violation]) -> None:
    if not path:
        if data is not None and not is_uuid(data):
            out.append(Violation(where, f"{str(data)[:60]!r} is not a UUID"))
        return
    head, rest = path[0], path[1:]
    if head.endswith("[]"):
        items = data.get(head[:-2]) if isinstance(data, dict) else None
        if isinstance(items, list):
            for index, item in enumerate(items):
                _uuid_fields(item, rest, f"{where}.{head[:-2]}[{index}]", out)
    elif isinstance(data, dict) and head in data:
        _uuid_fields(data[head], rest, f"{where}.{head}", out)


def check_request(
    route: Route, params: dict[str, str], request: httpx.Request
) -> tuple[Any, list[Violation]]:
    """The decoded JSON body (or None) and every violation of the spec in ``request``."""
    out: list[Violation] = []
    for name in route.uuid_params:
        if not is_uuid(params.get(name)):
            out.append(Violation(f"path.{name}", f"{params.get(name)!r} is not a UUID"))
    for name, allowed in route.enum_params.items():
        if params.get(name) not in allowed:
            out.append(Violation(f"path.{name}", f"{params.get(name)!r} is not one of {', '.join(allowed)}"))
    for name, value in request.url.params.multi_items():
        rule = route.query.get(name)
        problem = _check_value(rule, value) if rule is not None else None
        if problem:
            out.append(Violation(f"query.{name}", problem))
    body: Any = None
    content = request.content
    if not content:
        if route.body_required:
            out.append(Violation("body", "a JSON request body is required"))
        return body, out
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        out.append(Violation("body", f"content type must be application/json, got {media_type or 'none'!r}"))
        return body, out
    try:
        body = json.loads(content)
    except ValueError:
        out.append(Violation("body", "is not valid JSON"))
        return None, out
    if route.body is None:
        out.append(Violation("body", "this operation takes no request body"))
        return body, out
    deviations: list[Deviation] = []
    route.body._check(body, "body", deviations)
    out.extend(Violation(d.path, d.problem) for d in deviations)
    for field_path in route.body_uuids:
        _uuid_fields(body, field_path.split("."), "body", out)
    return body, out


_converters: dict[str, dict[int, Converter | None]] = {}
_MESSAGE: list[Converter] = []


def _responses(operation_id: str) -> dict[int, Converter | None]:
    found = _converters.get(operation_id)
    if found is None:
        module = importlib.import_module(OPERATIONS[operation_id].module)
        found = dict(module.ENDPOINT.responses)
        _converters[operation_id] = found
    return found


def _message_converter() -> Converter:
    if not _MESSAGE:
        from circleci_api._models import model

        _MESSAGE.append(model("circleci_api_generated.models.message_response", "MessageResponse"))
    return _MESSAGE[0]


def check_response(operation_id: str, status: int, body: Any) -> list[Deviation]:
    """Every deviation of a response body from the schema the spec gives ``operation_id`` for ``status``.

    Error statuses are checked against ``MessageResponse``, the schema every error of the seed's
    operations uses.
    """
    if status >= 400:
        return check_value(_message_converter(), body, "MessageResponse")
    responses = _responses(operation_id)
    if status not in responses:
        return [Deviation(operation_id, f"status {status} is not documented")]
    converter = responses[status]
    if converter is None:
        return [] if body is None else [Deviation(operation_id, "this status has no body in the spec")]
    return check_value(converter, body, converter.name)
