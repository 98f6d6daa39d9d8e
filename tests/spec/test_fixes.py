"""Every fix in openapi/fixes/ has a check here that fails when the fix is left out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tools.hoist  # noqa: F401  (registers the hoisting transform)
from tools.fixes import Fix, FixError, apply_fixes, find_operation, iter_schemas, load_fixes

ROOT = Path(__file__).resolve().parents[2]
FIXES = load_fixes(ROOT / "openapi" / "fixes")
JSON_BODY = ("content", "application/json", "schema")


def vendored() -> dict[str, Any]:
    return json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))


def build(skip: str | None = None) -> dict[str, Any]:
    return apply_fixes(vendored(), FIXES, skip=frozenset({skip} if skip else set()))


def schema(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema(doc, node["$ref"].rsplit("/", 1)[1])
    return node


def response_schema(doc: dict[str, Any], operation_id: str, code: str = "200") -> dict[str, Any]:
    _, _, op = find_operation(doc, operation_id)
    node = op["responses"][code]
    for key in JSON_BODY:
        node = node[key]
    return resolve(doc, node)


def body_schema(doc: dict[str, Any], operation_id: str) -> dict[str, Any]:
    _, _, op = find_operation(doc, operation_id)
    node = op["requestBody"]
    for key in JSON_BODY:
        node = node[key]
    return resolve(doc, node)


# Each check returns True when the problem the fix addresses is solved in ``doc``.


def x_nullable_fixed(doc: dict[str, Any]) -> bool:
    leftovers = [p for p, node in iter_schemas(doc) if "x-nullable" in node]
    workflow = response_schema(doc, "getWorkflowById")
    return not leftovers and workflow["properties"]["stopped_at"].get("nullable") is True


def object_type_fixed(doc: dict[str, Any]) -> bool:
    restriction = response_schema(doc, "createContextRestriction", "201")
    return restriction.get("type") == "object"


def additional_properties_fixed(doc: dict[str, Any]) -> bool:
    job = response_schema(doc, "createUsageExport", "201")
    return "additionalProperties" not in job["properties"]["download_urls"]["items"]


def scalar_allof_fixed(doc: dict[str, Any]) -> bool:
    report = response_schema(doc, "getFlakyTests")
    props = report["properties"]
    items = props.get("flaky_tests", props.get("flaky-tests"))["items"]
    item_props = resolve(doc, items)["properties"]
    wasted = item_props.get("time_wasted", item_props.get("time-wasted"))
    return wasted.get("type") == "integer" and "allOf" not in wasted


def restriction_name_fixed(doc: dict[str, Any]) -> bool:
    created = response_schema(doc, "createContextRestriction", "201")
    listed = response_schema(doc, "getContextRestrictions")
    item = resolve(doc, listed["properties"]["items"]["items"])
    return (
        created["properties"]["name"].get("nullable") is True
        and item["properties"]["name"].get("nullable") is True
    )


def restriction_project_id_fixed(doc: dict[str, Any]) -> bool:
    body = body_schema(doc, "createContextRestriction")
    project_id = body["properties"].get("project_id", {})
    return project_id.get("deprecated") is True and project_id.get("format") == "uuid"


def create_project_from_vcs_fixed(doc: dict[str, Any]) -> bool:
    try:
        path, method, op = find_operation(doc, "createProjectFromVcs")
    except FixError:
        return False
    return (
        path == "/project/{provider}/{organization}/{project}"
        and method == "post"
        and op.get("deprecated") is True
        and op.get("x-circleci-api-replaced-by") == "createProject"
    )


def query_arrays_fixed(doc: dict[str, Any]) -> bool:
    found = {}
    for operation_id in ("getProjectWorkflowsPageData", "getOrgSummaryData"):
        _, _, op = find_operation(doc, operation_id)
        for param in op["parameters"]:
            if param.get("name") in ("branches", "workflow-names", "project-names"):
                found[param["name"]] = param["schema"]
    wanted = {"type": "array", "items": {"type": "string"}}
    return len(found) == 3 and all(value == wanted for value in found.values())


def key_spellings_fixed(doc: dict[str, Any]) -> bool:
    report = response_schema(doc, "getFlakyTests")
    if "flaky_tests" not in report["properties"]:
        return False
    item = resolve(doc, report["properties"]["flaky_tests"]["items"])
    checkout = resolve(doc, response_schema(doc, "listCheckoutKeys")["properties"]["items"]["items"])
    collaboration = resolve(doc, response_schema(doc, "getCollaborations")["items"])
    return (
        "time_wasted" in item["properties"]
        and item["properties"]["time_wasted"]["x-circleci-api-aliases"] == ["time-wasted"]
        and {"public_key", "created_at"} <= set(checkout["properties"])
        and "vcs_type" in collaboration["properties"]
    )


def model_names_fixed(doc: dict[str, Any]) -> bool:
    names = set(doc["components"]["schemas"])
    wanted = {
        "Pipeline",
        "PipelineListResponse",
        "Workflow",
        "Job",
        "Context",
        "ContextRestriction",
        "PipelineDefinition",
        "Trigger",
        "ProjectSettings",
        "UsageExportJob",
        "MessageResponse",
    }
    return wanted <= names


def bodies_not_nullable_fixed(doc: dict[str, Any]) -> bool:
    return not any(
        body_schema(doc, operation_id).get("nullable")
        for operation_id in ("triggerPipeline", "rerunWorkflow")
    )


def union_additional_properties_fixed(doc: dict[str, Any]) -> bool:
    owner = body_schema(doc, "createContext")["properties"]["owner"]
    result = response_schema(doc, "addEnvironmentVariableToContext")
    closed = "additionalProperties" in owner or "additionalProperties" in result
    return "oneOf" in owner and "anyOf" in result and not closed


def policy_bundle_arrays_fixed(doc: dict[str, Any]) -> bool:
    values = response_schema(doc, "GetPolicyBundle")["additionalProperties"]
    return values.get("type") == "array" and values["items"] == {"$ref": "#/components/schemas/Policy"}


PAGED_WITHOUT_TOKEN = (
    "getContextRestrictions",
    "listComponentVersions",
    "getJobTimeseries",
    "listCheckoutKeys",
    "listEnvVars",
    "getJobArtifacts",
    "getTests",
    "getWebhooks",
    "listWorkflowJobs",
)


def page_token_fixed(doc: dict[str, Any]) -> bool:
    for operation_id in PAGED_WITHOUT_TOKEN:
        path, _, op = find_operation(doc, operation_id)
        declared = [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
        names = {resolve_parameter(doc, p).get("name") for p in declared}
        if "page-token" not in names:
            return False
    return True


#: What scripts chain from one call into the next: created and fetched objects always carry these.
REQUIRED_IDS = {
    ("createPipelineDefinition", "200"): {"id", "name", "created_at"},
    ("getPipelineDefinition", "200"): {"id", "name", "created_at"},
    ("createTrigger", "200"): {"id", "created_at"},
    ("createContextRestriction", "201"): {"id"},
    ("triggerPipelineRun", "201"): {"id", "number", "state", "created_at"},
}


def required_ids_fixed(doc: dict[str, Any]) -> bool:
    for (operation_id, code), keys in REQUIRED_IDS.items():
        if not keys <= set(response_schema(doc, operation_id, code).get("required", [])):
            return False
    return True


def resolve_parameter(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        found: dict[str, Any] = doc["components"]["parameters"][node["$ref"].rsplit("/", 1)[1]]
        return found
    return node


CHECKS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "010-x-nullable": x_nullable_fixed,
    "020-object-type": object_type_fixed,
    "030-misplaced-additional-properties": additional_properties_fixed,
    "035-scalar-allof": scalar_allof_fixed,
    "040-restriction-name-nullable": restriction_name_fixed,
    "050-restriction-project-id": restriction_project_id_fixed,
    "060-create-project-from-vcs": create_project_from_vcs_fixed,
    "070-query-string-arrays": query_arrays_fixed,
    "080-sent-key-spellings": key_spellings_fixed,
    "090-model-names": model_names_fixed,
    "100-non-nullable-bodies": bodies_not_nullable_fixed,
    "110-additional-properties-beside-unions": union_additional_properties_fixed,
    "120-policy-bundle-arrays": policy_bundle_arrays_fixed,
    "130-page-token": page_token_fixed,
    "140-required-ids": required_ids_fixed,
}


def test_every_fix_has_a_check_and_a_reason() -> None:
    assert sorted(CHECKS) == [fix.name for fix in FIXES]
    for fix in FIXES:
        assert len(fix.reason) > 80, f"{fix.name}: the reason should explain the real-world problem"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_fix_solves_its_problem(name: str) -> None:
    assert CHECKS[name](build()), f"{name} did not take effect"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_problem_returns_without_the_fix(name: str) -> None:
    try:
        doc = build(skip=name)
    except FixError:
        return  # a later fix depends on this one: leaving it out breaks the build, which also fails
    assert not CHECKS[name](doc), f"{name} seems unnecessary: its problem is absent without it"


def test_a_stale_fix_fails_loudly() -> None:
    doc = vendored()
    _, _, op = find_operation(doc, "createProject1")
    op["operationId"] = "renamedUpstream"
    with pytest.raises(FixError, match="060-create-project-from-vcs"):
        apply_fixes(doc, FIXES)


def test_unknown_pointer_names_the_fix() -> None:
    broken = Fix(
        name="999-broken", reason="x" * 30, patch=[{"op": "replace", "path": "/nope/deeper", "value": 1}]
    )
    with pytest.raises(FixError, match=r"999-broken.*/nope/deeper"):
        apply_fixes(vendored(), [broken])


def test_build_is_deterministic() -> None:
    assert json.dumps(build(), sort_keys=False) == json.dumps(build(), sort_keys=False)


def test_no_model_is_named_after_an_operation_and_status(built_spec: dict[str, Any]) -> None:
    names = list(built_spec["components"]["schemas"])
    operation_ids = [
        op["operationId"].lower()
        for item in built_spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    for name in names:
        lowered = name.lower()
        assert "responsedefault" not in lowered
        for operation_id in operation_ids:
            assert not (
                lowered.startswith(operation_id) and any(c.isdigit() for c in lowered[len(operation_id) :])
            )


def test_a_model_name_entry_that_matches_nothing_fails_loudly() -> None:
    fixes = [
        Fix(
            name=fix.name,
            reason=fix.reason,
            patch=fix.patch,
            transform=fix.transform,
            args={**fix.args, "names": {**fix.args["names"], "/paths/~1gone/get/responses/200": "Pipeline"}}
            if fix.name == "090-model-names"
            else fix.args,
        )
        for fix in FIXES
    ]
    with pytest.raises(FixError, match="matched nothing"):
        apply_fixes(vendored(), fixes)
