"""The hoisting fix names new inline schemas itself: from the operation and role, table names first."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import tools.hoist  # noqa: F401  (registers the hoisting transform)
from tools.fixes import Fix, FixError, FixOutcome, apply_fixes, load_fixes
from tools.hoist import AUTO_NAMED_NOTE

ROOT = Path(__file__).resolve().parents[2]
FIXES = load_fixes(ROOT / "openapi" / "fixes")
OBJ = {"type": "object", "properties": {"id": {"type": "string"}, "size": {"type": "integer"}}}
OTHER = {"type": "object", "properties": {"colour": {"type": "string"}}}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": copy.deepcopy(schema)}}}


def small(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def hoist(doc: dict[str, Any], **args: Any) -> tuple[dict[str, Any], FixOutcome]:
    fix = next(f for f in FIXES if f.name == "090-model-names")
    custom = Fix(name=fix.name, reason=fix.reason, transform=fix.transform, args=args)
    outcomes: list[FixOutcome] = []
    built = apply_fixes(doc, [custom], outcomes=outcomes)
    return built, outcomes[0]


def auto_names(outcome: FixOutcome) -> list[str]:
    return [note.removeprefix(AUTO_NAMED_NOTE) for note in outcome.notes if note.startswith(AUTO_NAMED_NOTE)]


def ref(doc: dict[str, Any], path: str, method: str, *where: str) -> str:
    node: Any = doc["paths"][path][method]
    for key in where:
        node = node[key]
    return str(node["$ref"]).rsplit("/", 1)[1]


AUDIT = {
    "/audit": {
        "get": {
            "operationId": "listAuditEntries",
            "responses": {"200": json_body({"type": "array", "items": OBJ})},
        },
        "post": {
            "operationId": "createAuditEntry",
            "requestBody": json_body(OTHER),
            "responses": {
                "201": json_body({**OBJ, "properties": {**OBJ["properties"], "extra": {"type": "string"}}})
            },
        },
    },
    "/audit/{id}": {
        "get": {
            "operationId": "getAuditEntry",
            "responses": {
                "200": json_body(OBJ),  # the same shape as the list items: shared
                "404": json_body({"type": "object", "properties": {"reason": {"type": "string"}}}),
            },
        }
    },
}
CONTENT = ("content", "application/json", "schema")


def test_untitled_inline_schemas_are_named_from_operation_and_role() -> None:
    built, outcome = hoist(small(copy.deepcopy(AUDIT)))
    schemas = built["components"]["schemas"]
    assert (
        ref(built, "/audit", "get", "responses", "200", *CONTENT, "items") == "ListAuditEntriesResponseItem"
    )
    assert ref(built, "/audit", "post", "requestBody", *CONTENT) == "CreateAuditEntryRequest"
    assert ref(built, "/audit", "post", "responses", "201", *CONTENT) == "CreateAuditEntryResponse"
    assert ref(built, "/audit/{id}", "get", "responses", "200", *CONTENT) == "ListAuditEntriesResponseItem"
    assert ref(built, "/audit/{id}", "get", "responses", "404", *CONTENT) == "GetAuditEntryError"
    assert set(schemas) == {
        "ListAuditEntriesResponseItem",
        "CreateAuditEntryRequest",
        "CreateAuditEntryResponse",
        "GetAuditEntryError",
    }
    assert sorted(auto_names(outcome)) == [
        "CreateAuditEntryRequest <- /paths/~1audit/post/requestBody/content/application~1json/schema",
        "CreateAuditEntryResponse <- /paths/~1audit/post/responses/201/content/application~1json/schema",
        "GetAuditEntryError <- /paths/~1audit~1{id}/get/responses/404/content/application~1json/schema",
        "ListAuditEntriesResponseItem <- "
        "/paths/~1audit/get/responses/200/content/application~1json/schema/items",
    ]


def test_names_in_the_table_win_and_are_never_taken_by_an_automatic_name() -> None:
    names = {
        "/paths/~1audit/post/requestBody/content/application~1json/schema": "AuditNote",
        # reserves the name an automatic one would have produced for the list items
        "/paths/~1audit/post/responses/201/content/application~1json/schema": "ListAuditEntriesResponseItem",
    }
    built, outcome = hoist(small(copy.deepcopy(AUDIT)), names=names)
    assert ref(built, "/audit", "post", "requestBody", *CONTENT) == "AuditNote"
    assert ref(built, "/audit", "post", "responses", "201", *CONTENT) == "ListAuditEntriesResponseItem"
    assert (
        ref(built, "/audit", "get", "responses", "200", *CONTENT, "items") == "ListAuditEntriesResponseItem2"
    )
    assert outcome.stale == []


def test_two_shapes_wanting_one_automatic_name_get_numbered_in_document_order() -> None:
    paths = {
        "/a": {"get": {"operationId": "getA", "responses": {"200": json_body({**OBJ, "title": "Shape"})}}},
        "/b": {"get": {"operationId": "getB", "responses": {"200": json_body({**OTHER, "title": "Shape"})}}},
    }
    first, _ = hoist(small(copy.deepcopy(paths)))
    second, outcome = hoist(small(copy.deepcopy(paths)))
    assert first == second  # deterministic
    assert ref(first, "/a", "get", "responses", "200", *CONTENT) == "Shape"
    assert ref(first, "/b", "get", "responses", "200", *CONTENT) == "Shape2"
    assert auto_names(outcome) == ["Shape2 <- /paths/~1b/get/responses/200/content/application~1json/schema"]


def test_union_branches_without_a_name_are_named_after_their_parent() -> None:
    paths = {
        "/pet": {
            "post": {
                "operationId": "createPet",
                "requestBody": json_body({"type": "object", "properties": {"kind": {"oneOf": [OBJ, OTHER]}}}),
                "responses": {"204": {"description": ""}},
            }
        }
    }
    built, outcome = hoist(small(paths))
    kind = built["components"]["schemas"]["CreatePetRequest"]["properties"]["kind"]["oneOf"]
    assert [member["$ref"].rsplit("/", 1)[1] for member in kind] == [
        "CreatePetRequestKindOption1",
        "CreatePetRequestKindOption2",
    ]
    assert len(auto_names(outcome)) == 3


def test_components_get_the_class_name_the_generator_would_give_them() -> None:
    doc = small(
        {
            "/w": {
                "get": {
                    "operationId": "getW",
                    "responses": {"200": json_body({"$ref": "#/components/schemas/workflow"})},
                }
            }
        },
        {"workflow": copy.deepcopy(OBJ)},
    )
    doc["paths"]["/v"] = {
        "get": {"operationId": "getV", "responses": {"200": json_body({**OBJ, "title": "Workflow"})}}
    }
    built, outcome = hoist(doc)
    assert set(built["components"]["schemas"]) == {"Workflow"}  # one class, not Workflow and workflow
    assert ref(built, "/v", "get", "responses", "200", *CONTENT) == "Workflow"
    assert auto_names(outcome) == ["Workflow <- /components/schemas/workflow"]


def test_two_table_entries_giving_one_name_to_different_shapes_still_fail() -> None:
    names = {
        "/paths/~1audit/post/requestBody/content/application~1json/schema": "Same",
        "/paths/~1audit~1{id}/get/responses/404/content/application~1json/schema": "Same",
    }
    with pytest.raises(FixError, match="two different schemas want the model name 'Same'"):
        hoist(small(copy.deepcopy(AUDIT)), names=names)


def test_the_vendored_document_names_every_new_schema_of_2026_08() -> None:
    outcomes: list[FixOutcome] = []
    vendored = json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))
    built = apply_fixes(vendored, FIXES, outcomes=outcomes)
    hoisted = next(o for o in outcomes if o.name == "090-model-names")
    names = {note.split(" <- ")[0] for note in auto_names(hoisted)}
    assert {"GetJobResponse", "Exporter", "ExporterList", "CreateExporterRequest"} <= names
    assert all(name[0].isupper() for name in built["components"]["schemas"])
