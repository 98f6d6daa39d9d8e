"""Checking requests and responses against the spec, through the generated models.

The generated models are built from the same document (after fixes) as the client, and their
strict check (``Model._check``) covers what the seed's schemas use: types, required fields,
``additionalProperties: false``, enums, nullability, ``oneOf`` and RFC 3339 date-times.  Path and
query parameters (types, ``uuid`` and ``date-time`` formats, enums, bounds, required ones) are
checked from the generated ``_requests`` table; ``uuid`` fields of bodies, which the models do not
describe, from each route's declaration (see ``Route``).
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from circleci_api._models import Converter, Deviation, check_value
from circleci_api_generated._operations import OPERATIONS
from circleci_api_generated._requests import REQUESTS, Param

if TYPE_CHECKING:
    import httpx

    from circleci_api._models import Model
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


def _is_datetime(value: str) -> bool:
    try:
        parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return "T" in value.upper() and parsed.tzinfo is not None


def _check_param(param: Param, value: str) -> str | None:
    if param.enum and value not in param.enum:
        return f"{value!r} is not one of {', '.join(param.enum)}"
    if param.type == "boolean" and value not in ("true", "false"):
        return f"{value!r} is not a boolean (true or false)"
    if param.type in ("integer", "number"):
        try:
            number = float(value) if param.type == "number" else int(value)
        except ValueError:
            return f"{value!r} is not an {param.type}"
        if param.minimum is not None and number < param.minimum:
            return f"{value!r} is below the minimum {param.minimum:g}"
        if param.maximum is not None and number > param.maximum:
            return f"{value!r} is above the maximum {param.maximum:g}"
    if param.format == "uuid" and not is_uuid(value):
        return f"{value!r} is not a UUID"
    if param.format == "date-time" and not _is_datetime(value):
        return f"{value!r} is not an RFC 3339 date-time"
    return None


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


_bodies: dict[str, type[Model] | None] = {}


def body_model(operation_id: str) -> type[Model] | None:
    """The generated model of ``operation_id``'s JSON request body (None when it takes none)."""
    if operation_id not in _bodies:
        from circleci_api._models import Model as _Model

        module = importlib.import_module(OPERATIONS[operation_id].module)
        found = [
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, _Model) and value is not _Model
        ]
        _bodies[operation_id] = found[0] if len(found) == 1 else None
    return _bodies[operation_id]


def check_request(
    route: Route, params: dict[str, str], request: httpx.Request
) -> tuple[Any, list[Violation]]:
    """The decoded JSON body (or None) and every violation of the spec in ``request``."""
    out: list[Violation] = []
    facts = REQUESTS.get(route.operation_id)
    declared = facts.params if facts is not None else ()
    for param in declared:
        if param.location != "path" or param.name not in params:
            continue
        problem = _check_param(param, params[param.name])
        if problem:
            out.append(Violation(f"path.{param.name}", problem))
    for name in route.uuid_params:
        if not is_uuid(params.get(name)) and not any(v.location == f"path.{name}" for v in out):
            out.append(Violation(f"path.{name}", f"{params.get(name)!r} is not a UUID"))
    for name, allowed in route.enum_params.items():
        if params.get(name) not in allowed and not any(v.location == f"path.{name}" for v in out):
            out.append(Violation(f"path.{name}", f"{params.get(name)!r} is not one of {', '.join(allowed)}"))
    query_params = {p.name: p for p in declared if p.location == "query"}
    sent: set[str] = set()
    for name, value in request.url.params.multi_items():
        sent.add(name)
        declared_param = query_params.get(name)
        rule = route.query.get(name)
        problem = _check_param(declared_param, value) if declared_param is not None else None
        if problem is None and rule is not None:
            problem = _check_value(rule, value)
        if problem:
            out.append(Violation(f"query.{name}", problem))
    for param in query_params.values():
        if param.required and param.name not in sent:
            out.append(Violation(f"query.{param.name}", "is required"))
    body_required = route.body_required or (facts is not None and facts.body_required)
    body: Any = None
    content = request.content
    if not content:
        if body_required:
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
    model = route.body or body_model(route.operation_id)
    if model is None:
        out.append(Violation("body", "this operation takes no request body"))
        return body, out
    deviations: list[Deviation] = []
    model._check(body, "body", deviations)
    out.extend(Violation(d.path, d.problem) for d in deviations)
    for field_path in sorted({*route.body_uuids, *(facts.body_uuids if facts is not None else ())}):
        _uuid_fields(body, field_path.split("."), "body", out)
    return body, out


_converters: dict[str, dict[int, Converter | None]] = {}
_ERRORS: dict[str, Converter] = {}


def _responses(operation_id: str) -> dict[int, Converter | None]:
    found = _converters.get(operation_id)
    if found is None:
        module = importlib.import_module(OPERATIONS[operation_id].module)
        found = dict(module.ENDPOINT.responses)
        _converters[operation_id] = found
    return found


def _error_converter(name: str) -> Converter:
    found = _ERRORS.get(name)
    if found is None:
        from circleci_api._models import model

        module = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
        found = model(f"circleci_api_generated.models.{module}", name)
        _ERRORS[name] = found
    return found


def check_response(operation_id: str, status: int, body: Any) -> list[Deviation]:
    """Every deviation of a response body from the schema the spec gives ``operation_id`` for ``status``.

    Error statuses must be documented for the operation (or covered by ``default``) and are checked
    against ``MessageResponse``, the schema of the API's errors.
    """
    facts = REQUESTS.get(operation_id)
    if facts is not None and str(status) not in facts.statuses and "default" not in facts.statuses:
        return [Deviation(operation_id, f"status {status} is not documented")]
    if status >= 400:
        name = facts.error_schema if facts is not None else "MessageResponse"
        return check_value(_error_converter(name), body, name)
    responses = _responses(operation_id)
    if status not in responses:
        return [Deviation(operation_id, f"status {status} is not documented")]
    converter = responses[status]
    if converter is None:
        return [] if body is None else [Deviation(operation_id, "this status has no body in the spec")]
    return check_value(converter, body, converter.name)
