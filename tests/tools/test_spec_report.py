"""Tests for tools/spec_report.py, using the vendored document and edits made here."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
VENDORED = REPO_ROOT / "openapi" / "circleci-v2.json"
JSON_BODY = ("content", "application/json", "schema")


def _load_tool(name: str) -> ModuleType:
    """Load tools/<name>.py by path (the test package is also called ``tools``)."""
    module_name = f"_circleci_tools_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, REPO_ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


spec_report = _load_tool("spec_report")


@pytest.fixture(scope="module")
def vendored() -> dict[str, Any]:
    """The committed facts-only document (never modified by tests)."""
    data: dict[str, Any] = json.loads(VENDORED.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def edited(vendored: dict[str, Any]) -> dict[str, Any]:
    """A deep copy for a test to edit."""
    return copy.deepcopy(vendored)


def dig(node: Any, *keys: str) -> Any:
    """Walk nested dicts."""
    for key in keys:
        node = node[key]
    return node


def ok_schema(document: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    """The JSON schema of an operation's 200 response."""
    schema: dict[str, Any] = dig(document["paths"][path][method]["responses"]["200"], *JSON_BODY)
    return schema


def found(report: Any) -> set[tuple[str, str, str, str]]:
    """(kind, impact, subject, where) for every reported change."""
    return {(change.kind, change.impact, change.subject, change.where) for change in report.changes}


def test_identical_documents_have_no_changes(vendored: dict[str, Any]) -> None:
    report = spec_report.compare(vendored, copy.deepcopy(vendored))
    assert report.changes == []
    assert report.bump == "patch"
    assert spec_report.render_text(report) == "No API changes.\n"
    assert "No API changes." in spec_report.render_markdown(report)
    assert spec_report.summary_lines(report) == []
    assert json.loads(report.to_json())["bump"] == "patch"


def test_a_mixed_edit_is_reported_change_by_change(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    paths = edited["paths"]
    del paths["/workflow/{id}/job"]["get"]
    paths["/bakery/loaves"] = {
        "get": {
            "operationId": "listLoaves",
            "responses": {"200": {"content": {"application/json": {"schema": {"type": "string"}}}}},
        }
    }
    project_pipelines = paths["/project/{project-slug}/pipeline"]["get"]
    project_pipelines["parameters"].append({"name": "crust", "in": "query", "schema": {"type": "string"}})
    branch = next(p for p in project_pipelines["parameters"] if p.get("name") == "branch")
    branch["required"] = True
    status = edited["components"]["schemas"]["workflow"]["properties"]["status"]
    status["enum"].remove("on_hold")
    status["enum"].append("proofing")
    paths["/workflow/{id}"]["get"]["operationId"] = "fetchWorkflow"
    paths["/pipeline"]["get"]["deprecated"] = True
    schemas = edited["components"]["schemas"]
    schemas["pipelineTriggeredResponse"]["properties"]["number"] = {"type": "string"}
    schemas["pipelineDefinition"]["properties"]["flavour"] = {"type": "string", "nullable": True}

    report = spec_report.compare(vendored, edited)
    changes = found(report)
    expected = {
        ("operation-removed", "breaking", "listWorkflowJobs", ""),
        ("operation-added", "additive", "listLoaves", ""),
        ("parameter-added", "additive", "listPipelinesForProject", "query parameter crust"),
        ("parameter-required-changed", "breaking", "listPipelinesForProject", "query parameter branch"),
        ("property-retyped", "breaking", "schema pipelineTriggeredResponse", "number"),
        ("enum-value-removed", "breaking", "schema workflow", "status"),
        ("enum-value-added", "additive", "schema workflow", "status"),
        ("operation-renamed", "breaking", "fetchWorkflow", ""),
        ("operation-deprecated", "other", "listPipelines", ""),
        ("property-added", "additive", "schema pipelineDefinition", "flavour"),
    }
    assert changes == expected
    assert report.bump == "major"

    by_kind = {change.kind: change for change in report.changes}
    assert by_kind["operation-renamed"].old == "getWorkflowById"
    assert by_kind["enum-value-removed"].old == '"on_hold"'
    assert by_kind["enum-value-added"].new == '"proofing"'
    assert by_kind["property-retyped"].old == "integer"
    assert by_kind["property-retyped"].new == "string"
    assert by_kind["property-added"].new == "optional string|null"
    assert by_kind["operation-removed"].old == "GET /workflow/{id}/job"
    assert by_kind["enum-value-removed"].location == "schema workflow: status"
    assert by_kind["property-retyped"].location == "schema pipelineTriggeredResponse: number"


def test_summary_and_rendering(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    del edited["paths"]["/workflow/{id}/job"]["get"]
    edited["components"]["schemas"]["workflow"]["properties"]["status"]["enum"].append("proofing")
    report = spec_report.compare(vendored, edited)

    text = spec_report.render_text(report)
    summary = "1 operation removed; 1 enum value added; suggested bump: major"
    assert text.splitlines()[0] == summary
    assert (
        "Breaking changes (1)\n  listWorkflowJobs\n    - operation removed (GET /workflow/{id}/job)\n" in text
    )
    assert 'Additive changes (1)\n  schema workflow\n    - enum value added: status ("proofing")\n' in text
    assert text.index("Breaking changes") < text.index("Additive changes")

    markdown = spec_report.render_markdown(report)
    assert markdown.startswith(f"## API changes\n\n{summary}\n")
    assert "### Breaking changes (1)" in markdown
    assert "#### `listWorkflowJobs`" in markdown

    assert spec_report.summary_lines(report) == [
        "- Breaking: Removed operation `listWorkflowJobs` (GET /workflow/{id}/job).",
        '- Enum value added: `schema workflow: status` ("proofing").',
    ]
    data = json.loads(report.to_json())
    assert data["summary"] == summary
    assert data["counts"] == {"breaking": 1, "additive": 1, "other": 0, "refactor": 0}
    assert {change["kind"] for change in data["changes"]} == {"operation-removed", "enum-value-added"}


def test_purely_additive_edit_is_a_minor_bump(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    edited["paths"]["/bakery/ovens"] = {"post": {"operationId": "lightOven", "responses": {"204": {}}}}
    params = edited["paths"]["/pipeline"]["get"]["parameters"]
    params.append({"name": "oven", "in": "query", "required": False, "schema": {"type": "integer"}})
    ok_schema(edited, "/pipeline/{pipeline-id}/workflow")["properties"]["crumbs"] = {"type": "integer"}
    report = spec_report.compare(vendored, edited)
    assert {change.impact for change in report.changes} == {"additive"}
    assert report.bump == "minor"
    added = ("property-added", "additive", "listWorkflowsByPipelineId", "200 response: crumbs")
    assert added in found(report)


def test_nested_inline_response_properties_are_located(
    vendored: dict[str, Any], edited: dict[str, Any]
) -> None:
    item = ok_schema(edited, "/pipeline")["properties"]["items"]["items"]
    del item["properties"]["trigger"]["properties"]["actor"]["properties"]["login"]
    report = spec_report.compare(vendored, edited)
    assert found(report) == {
        ("property-removed", "breaking", "listPipelines", "200 response: items[].trigger.actor.login")
    }


def test_component_changes_are_reported_once_under_the_schema_name(
    vendored: dict[str, Any], edited: dict[str, Any]
) -> None:
    config = edited["components"]["schemas"]["createPipelineDefinitionRequest"]
    config["properties"]["config_source"]["oneOf"][0]["properties"]["file_path"]["type"] = "integer"
    config["required"].append("description")
    report = spec_report.compare(vendored, edited)
    subject = "schema createPipelineDefinitionRequest"
    assert found(report) == {
        ("property-retyped", "breaking", subject, "config_source.oneOf[0].file_path"),
        ("property-required-changed", "breaking", subject, "description"),
    }


def test_shared_parameters_are_resolved_per_operation(
    vendored: dict[str, Any], edited: dict[str, Any]
) -> None:
    edited["components"]["parameters"]["page_token"]["schema"] = {"type": "integer"}
    report = spec_report.compare(vendored, edited)
    kinds = {(change.kind, change.where) for change in report.changes}
    assert kinds == {("parameter-retyped", "query parameter page-token")}
    assert "listContexts" in {change.subject for change in report.changes}


def test_inlining_a_shared_parameter_is_no_change(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    params = edited["paths"]["/context"]["get"]["parameters"]
    params[:] = [spec_report.resolve(edited, param) for param in params]
    assert spec_report.compare(vendored, edited).changes == []


def test_request_and_response_impacts_differ(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    workflow = ok_schema(edited, "/pipeline/{pipeline-id}/workflow")["properties"]["items"]["items"]
    workflow["properties"]["name"]["nullable"] = True
    request = dig(edited["paths"]["/workflow/{id}/rerun"]["post"]["requestBody"], *JSON_BODY)
    request["properties"]["flavour"] = {"type": "string"}
    request.setdefault("required", []).append("flavour")
    report = spec_report.compare(vendored, edited)
    assert found(report) == {
        ("property-nullable-changed", "breaking", "listWorkflowsByPipelineId", "200 response: items[].name"),
        ("property-added", "breaking", "rerunWorkflow", "request body: flavour"),
    }


def test_moved_operation_keeps_its_identity(vendored: dict[str, Any], edited: dict[str, Any]) -> None:
    edited["paths"]["/bakery/me"] = edited["paths"].pop("/me")
    report = spec_report.compare(vendored, edited)
    assert {(change.kind, change.old, change.new) for change in report.changes} == {
        ("operation-moved", "GET /me", "GET /bakery/me")
    }


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "date-time"}, "string<date-time>"),
        ({"type": "integer", "format": "int64"}, "integer"),
        ({"type": "array", "items": {"type": "string"}}, "array<string>"),
        ({"type": "object", "properties": {}}, "object"),
        ({"type": "object", "additionalProperties": {"type": "integer"}}, "map<integer>"),
        ({"$ref": "#/components/schemas/Loaf"}, "ref:Loaf"),
        ({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "object"}]}, "oneOf[ref:A,object]"),
        ({"type": "string", "x-nullable": True}, "string|null"),
        ({"type": ["integer", "null"]}, "integer|null"),
        ({}, "any"),
    ],
)
def test_type_strings(schema: dict[str, Any], expected: str) -> None:
    assert spec_report.type_of(schema) == expected


def test_cli_prints_the_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = json.loads(VENDORED.read_text(encoding="utf-8"))
    del new["paths"]["/me"]
    new_path = tmp_path / "new.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")
    assert spec_report.main([str(VENDORED), str(new_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 operation removed; suggested bump: major\n")
    assert "getCurrentUser" in out

    assert spec_report.main([str(VENDORED), str(new_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["bump"] == "major"
    assert spec_report.main([str(VENDORED), str(VENDORED), "--format", "markdown"]) == 0
    assert capsys.readouterr().out == "## API changes\n\nNo API changes.\n"


def test_cli_reports_unreadable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    assert spec_report.main([str(VENDORED), str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert spec_report.main([str(VENDORED), str(broken)]) == 2
    assert "not a JSON document" in capsys.readouterr().err
