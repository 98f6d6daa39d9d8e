"""For every operation the fake implements, the request checks follow the built spec: each path
and query parameter with a ``uuid`` format or an enum, each ``uuid`` field of the body, whether a
body is required or allowed, and ``additionalProperties: false``.

The facts come from the spec itself, so a change in the spec that the fake does not follow fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from circleci_api.testing import FakeCircleCI

from .support import SpecResponses

IMPLEMENTED = sorted(FakeCircleCI().implemented_operations)
SAMPLE_UUID = "5034460f-c7c4-4c43-9457-de07e2029e7b"


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _parameters(spec: dict[str, Any], operation_id: str, responses: SpecResponses) -> list[dict[str, Any]]:
    path, _, operation = responses.operations[operation_id]
    declared = [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    return [_resolve(spec, p) for p in declared]


def _sample(parameter: dict[str, Any]) -> str:
    schema = parameter.get("schema", {})
    if parameter["name"] == "project-slug":
        return "gh/acme/api"
    if schema.get("format") == "uuid":
        return SAMPLE_UUID
    if "enum" in schema:
        return str(schema["enum"][0])
    if parameter["name"] == "job-number":
        return "1"
    return "sample"


def _url(spec_path: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        spec_path = spec_path.replace("{" + name + "}", value)
    return spec_path


def _uuid_fields(spec: dict[str, Any], schema: dict[str, Any], prefix: str) -> Iterator[tuple[str, Any]]:
    """(violation location, a body putting a non-UUID there) for every uuid field of ``schema``."""
    schema = _resolve(spec, schema)
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        yield from _uuid_fields(spec, branch, prefix)
    for name, raw_prop in schema.get("properties", {}).items():
        prop = _resolve(spec, raw_prop)
        where = f"{prefix}.{name}"
        if prop.get("format") == "uuid":
            yield where, "not-a-uuid"
        elif prop.get("type") == "array" and _resolve(spec, prop.get("items", {})).get("format") == "uuid":
            yield f"{where}[0]", ["not-a-uuid"]
        else:
            yield from _uuid_fields(spec, prop, where)


def _nest(location: str, value: Any) -> Any:
    body: Any = value
    for part in reversed(location.removesuffix("[0]").split(".")[1:]):
        body = {part: body}
    return body


def _violations(response: httpx.Response) -> list[str]:
    if response.status_code < 400 or "violations" not in response.json():
        return []
    assert response.status_code != 422, "the fake answers bad input with 400, never 422"
    return [v.split(":")[0] for v in response.json()["violations"]]


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    fake = FakeCircleCI()
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"Circle-Token": fake.token}
    ) as http:
        yield http


@pytest.mark.parametrize("operation_id", IMPLEMENTED)
def test_parameters_follow_the_spec(
    operation_id: str, client: httpx.Client, built_spec: dict[str, Any], spec_responses: SpecResponses
) -> None:
    path, method, _ = spec_responses.operations[operation_id]
    parameters = _parameters(built_spec, operation_id, spec_responses)
    good = {p["name"]: _sample(p) for p in parameters if p["in"] == "path"}
    for parameter in parameters:
        schema, name = parameter.get("schema", {}), parameter["name"]
        checked = (
            schema.get("format") in ("uuid", "date-time")
            or "enum" in schema
            or schema.get("type") in ("boolean", "integer")
        )
        bad = "not-a-uuid-nor-a-value"
        if parameter["in"] == "path" and name != "project-slug":
            url, where = _url(path, {**good, name: bad}), f"path.{name}"
        elif parameter["in"] == "query":
            url, where = _url(path, good) + f"?{name}={bad}", f"query.{name}"
        else:
            continue
        found = _violations(client.request(method.upper(), url))
        assert (where in found) == checked, (operation_id, name, found)


@pytest.mark.parametrize("operation_id", IMPLEMENTED)
def test_bodies_follow_the_spec(
    operation_id: str, client: httpx.Client, built_spec: dict[str, Any], spec_responses: SpecResponses
) -> None:
    path, method, operation = spec_responses.operations[operation_id]
    parameters = _parameters(built_spec, operation_id, spec_responses)
    url = _url(path, {p["name"]: _sample(p) for p in parameters if p["in"] == "path"})
    request_body = operation.get("requestBody")
    empty = _violations(client.request(method.upper(), url))
    with_junk = _violations(client.request(method.upper(), url, json={"unexpected_key": 1}))
    with_junk = [where for where in with_junk if where.startswith("body")]
    if request_body is None:
        assert "body" not in empty
        assert with_junk == ["body"]  # this operation takes no request body
        return
    assert ("body" in empty) == bool(request_body.get("required")), empty
    schema = request_body["content"]["application/json"]["schema"]
    closed = _resolve(built_spec, schema).get("additionalProperties") is False
    assert ("body.unexpected_key" in with_junk) == closed, with_junk
    for where, value in _uuid_fields(built_spec, schema, "body"):
        found = _violations(client.request(method.upper(), url, json=_nest(where, value)))
        assert where in found, (operation_id, where, found)


def test_routes_only_add_checks_to_parameters_the_spec_declares() -> None:
    """A route's own ``uuid_params``, ``enum_params`` and ``query`` rules name parameters of its
    operation, so a parameter the document renames (``{webhook-id}`` became ``{webhook_id}``) cannot
    leave a check behind that refuses every request."""
    from circleci_api.testing._fake import all_routes
    from circleci_api_generated._requests import REQUESTS

    stray = []
    for route in all_routes():
        if route.operation_id not in REQUESTS:
            continue
        declared = {(p.location, p.name) for p in REQUESTS[route.operation_id].params}
        named = [("path", n) for n in (*route.uuid_params, *route.enum_params)]
        named += [("query", n) for n in route.query]
        stray += [(route.operation_id, *where) for where in named if where not in declared]
    assert stray == []
