"""tools/spec_report.py: what counts as breaking for this library's users, and what is a refactor.

Breaking: the Python surface or the wire format changes.  Refactors (listed apart, a patch bump):
an inline schema replaced by an equivalent ``$ref``, a path-template variable renamed with the same
URL and Python keyword, a ``default`` response replaced by explicit error responses.
"""

from __future__ import annotations

import copy
from typing import Any

from .test_spec_report import _load_tool

spec_report = _load_tool("spec_report")

THING = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "state": {"type": "string", "enum": ["on", "off"], "x-nullable": True},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "", "content": {"application/json": {"schema": schema}}}


def document(thing_schema: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A small API: GET and DELETE /thing/{thing-id}, a list, one request body."""
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Small", "version": "1"},
        "paths": {
            "/thing/{thing-id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": body(copy.deepcopy(thing_schema or THING)),
                        "default": body({"type": "object", "properties": {"message": {"type": "string"}}}),
                    },
                },
            },
            "/thing": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/new"}}}
                    },
                    "responses": {"201": body({"type": "array", "items": copy.deepcopy(THING)})},
                }
            },
        },
        "components": {"schemas": {"new": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    }
    doc.update(extra)
    return doc


def kinds(report: Any) -> set[tuple[str, str, str]]:
    return {(change.kind, change.impact, change.location) for change in report.changes}


def test_inline_schema_replaced_by_an_equivalent_ref_is_a_refactor() -> None:
    old = document()
    new = document({"$ref": "#/components/schemas/thing"})
    component = copy.deepcopy(THING)
    component["title"] = "A thing"  # prose does not matter
    component["properties"]["state"] = {
        "type": "string",
        "enum": ["off", "on"],
        "nullable": True,
    }  # order, spelling
    new["components"]["schemas"]["thing"] = component
    report = spec_report.compare(old, new)
    assert kinds(report) == {
        ("schema-ref-refactor", "refactor", "getThing 200 response"),
        ("schema-added", "additive", "schema thing"),
    }
    assert report.by_impact("breaking") == []
    text = spec_report.render_text(report)
    assert "Document refactors (same Python surface and wire format) (1)" in text


def test_a_ref_to_a_different_shape_reports_what_differs() -> None:
    new = document({"$ref": "#/components/schemas/thing"})
    component = copy.deepcopy(THING)
    del component["properties"]["tags"]
    new["components"]["schemas"]["thing"] = component
    report = spec_report.compare(document(), new)
    assert ("property-removed", "breaking", "getThing 200 response: tags") in kinds(report)
    assert report.bump == "major"


def test_path_variable_renamed_with_the_same_python_name_is_a_refactor() -> None:
    new = document()
    item = new["paths"].pop("/thing/{thing-id}")
    item["get"]["parameters"][0]["name"] = "thing_id"
    new["paths"]["/thing/{thing_id}"] = item
    report = spec_report.compare(document(), new)
    assert kinds(report) == {("path-variable-renamed", "refactor", "getThing path parameter thing-id")}
    assert report.bump == "patch"


def test_path_variable_renamed_to_another_keyword_is_breaking() -> None:
    new = document()
    item = new["paths"].pop("/thing/{thing-id}")
    item["get"]["parameters"][0]["name"] = "id"
    new["paths"]["/thing/{id}"] = item
    report = spec_report.compare(document(), new)
    assert kinds(report) == {("path-parameter-renamed", "breaking", "getThing path parameter thing-id")}
    assert report.bump == "major"


def test_default_response_replaced_by_explicit_errors_is_a_refactor() -> None:
    new = document()
    responses = new["paths"]["/thing/{thing-id}"]["get"]["responses"]
    message = responses.pop("default")
    responses["404"] = message
    responses["500"] = copy.deepcopy(message)
    report = spec_report.compare(document(), new)
    assert [(c.kind, c.impact, c.old, c.new) for c in report.changes] == [
        ("default-response-replaced", "refactor", "default", "404, 500")
    ]


def test_a_component_renamed_with_its_shape_unchanged_is_a_refactor() -> None:
    new = document()
    new["components"]["schemas"]["fresh"] = new["components"]["schemas"].pop("new")
    new["paths"]["/thing"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/fresh"
    }
    report = spec_report.compare(document(), new)
    assert kinds(report) == {
        ("schema-renamed", "refactor", "schema new"),
        ("schema-ref-refactor", "refactor", "createThing request body"),
    }
    assert report.bump == "patch"


def test_what_users_feel_is_breaking() -> None:
    new = document()
    get = new["paths"]["/thing/{thing-id}"]["get"]
    thing = get["responses"]["200"]["content"]["application/json"]["schema"]
    del thing["properties"]["tags"]  # field removed
    thing["properties"]["id"] = {"type": "integer"}  # field retyped
    thing["properties"]["state"]["enum"] = ["on", "paused"]  # value removed, value added
    new["paths"]["/thing"]["post"]["requestBody"]["required"] = True  # body newly required
    report = spec_report.compare(document(), new)
    assert kinds(report) == {
        ("property-removed", "breaking", "getThing 200 response: tags"),
        ("property-retyped", "breaking", "getThing 200 response: id"),
        ("enum-value-removed", "breaking", "getThing 200 response: state"),
        ("enum-value-added", "additive", "getThing 200 response: state"),
        ("request-body-required-changed", "breaking", "createThing request body"),
    }


def test_a_key_respelled_under_the_same_python_name_is_one_breaking_change() -> None:
    new = document()
    thing = new["paths"]["/thing/{thing-id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    thing["properties"] = {("tag-list" if k == "tags" else k): v for k, v in thing["properties"].items()}
    old = document()
    old_thing = old["paths"]["/thing/{thing-id}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    old_thing["properties"]["tag_list"] = old_thing["properties"].pop("tags")
    report = spec_report.compare(old, new)
    assert [(c.kind, c.impact, c.old, c.new) for c in report.changes] == [
        ("property-respelled", "breaking", "tag_list", "tag-list")
    ]


def test_an_allof_of_one_member_is_that_member() -> None:
    new = document()
    new["components"]["schemas"]["new"]["properties"]["name"] = {"allOf": [{"type": "string"}]}
    assert spec_report.compare(document(), new).changes == []


def test_a_report_of_refactors_only_asks_for_a_patch_and_counts_them_apart() -> None:
    new = document()
    responses = new["paths"]["/thing/{thing-id}"]["get"]["responses"]
    responses["400"] = responses.pop("default")
    report = spec_report.compare(document(), new)
    assert report.bump == "patch"
    assert '"refactor": 1' in report.to_json()
    assert spec_report.summary_line(report) == "1 document refactor; suggested bump: patch"
