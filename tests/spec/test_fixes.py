"""Every fix in openapi/fixes/ has a check here that fails when the fix is left out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tools.hoist  # noqa: F401  (registers the hoisting transform)
from tools.fixes import Fix, FixError, FixOutcome, apply_fixes, find_operation, iter_schemas, load_fixes

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
    # Webhooks keep the 2026-08 document's keys and read the dashed ones older servers may send.
    webhook = response_schema(doc, "getWebhookById")["properties"]
    listed = resolve(doc, response_schema(doc, "getWebhooks")["properties"]["items"]["items"])
    webhook_aliases = {
        key: webhook.get(key, {}).get("x-circleci-api-aliases")
        for key in ("verify_tls", "signing_secret", "created_at", "updated_at")
    }
    return (
        "time_wasted" in item["properties"]
        and item["properties"]["time_wasted"]["x-circleci-api-aliases"] == ["time-wasted"]
        and {"public_key", "created_at"} <= set(checkout["properties"])
        and "vcs_type" in collaboration["properties"]
        and webhook_aliases
        == {
            "verify_tls": ["verify-tls"],
            "signing_secret": ["signing-secret"],
            "created_at": ["created-at"],
            "updated_at": ["updated-at"],
        }
        and listed["properties"] == webhook
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


def carried(
    operation_id: str, path: str, *, replaced_by: str | None = None
) -> Callable[[dict[str, Any]], bool]:
    """Check that a carry-operation fix put ``operation_id`` back, deprecated and marked removed."""

    def check(doc: dict[str, Any]) -> bool:
        names = (
            (operation_id, "createProjectFromVcs") if operation_id == "createProject1" else (operation_id,)
        )
        for name in names:
            try:
                found_path, _, op = find_operation(doc, name)
            except FixError:
                continue
            return (
                found_path == path
                and op.get("deprecated") is True
                and op.get("x-circleci-api-removed-from-document") is True
                and (replaced_by is None or op.get("x-circleci-api-replaced-by") == replaced_by)
            )
        return False

    return check


def single_ref_allof_fixed(doc: dict[str, Any]) -> bool:
    preset = body_schema(doc, "createTrigger")["properties"]["event_preset"]
    return preset == {"$ref": "#/components/schemas/TriggerEventPreset"}


def trigger_seed_compat_fixed(doc: dict[str, Any]) -> bool:
    enum = schema(doc, "TriggerEventPreset")["enum"]
    created_at = schema(doc, "Trigger")["properties"].get("created_at")
    return enum[8] == "only-branch-delete" and created_at == {"type": "string", "format": "date-time"}


def shared_workflow_model_fixed(doc: dict[str, Any]) -> bool:
    _, _, op = find_operation(doc, "listWorkflowsByPipelineId")
    node = op["responses"]["200"]
    for key in JSON_BODY:
        node = node[key]
    items = resolve(doc, node)["properties"]["items"]["items"]
    _, _, single = find_operation(doc, "getWorkflowById")
    one = single["responses"]["200"]
    for key in JSON_BODY:
        one = one[key]
    return "$ref" in items and items == one


def pipeline_warnings_optional(doc: dict[str, Any]) -> bool:
    pipeline = schema(doc, "Pipeline")
    return "warnings" in pipeline["properties"] and "warnings" not in pipeline["required"]


def pipeline_values_typed(doc: dict[str, Any]) -> bool:
    values = response_schema(doc, "getPipelineValuesById")
    extra = values.get("additionalProperties")
    members = extra.get("anyOf", []) if isinstance(extra, dict) else []
    return "properties" not in values and [m.get("type") for m in members] == ["string", "integer", "boolean"]


CHECKS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "005-carry-create-project-from-vcs": carried(
        "createProject1", "/project/{provider}/{organization}/{project}"
    ),
    "006-carry-get-job-details": carried(
        "getJobDetails", "/project/{project-slug}/job/{job-number}", replaced_by="getJob"
    ),
    "007-carry-get-job-artifacts": carried(
        "getJobArtifacts", "/project/{project-slug}/{job-number}/artifacts"
    ),
    "008-carry-get-tests": carried("getTests", "/project/{project-slug}/{job-number}/tests"),
    "036-single-ref-allof": single_ref_allof_fixed,
    "045-trigger-seed-compat": trigger_seed_compat_fixed,
    "047-pipeline-warnings-optional": pipeline_warnings_optional,
    "048-pipeline-values-typed": pipeline_values_typed,
    "085-shared-workflow-model": shared_workflow_model_fixed,
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


def test_a_fix_whose_target_is_gone_is_reported_obsolete_and_does_not_stop_the_build() -> None:
    outcomes: list[FixOutcome] = []
    doc = apply_fixes(
        vendored(), FIXES, skip=frozenset({"005-carry-create-project-from-vcs"}), outcomes=outcomes
    )
    by_name = {outcome.name: outcome for outcome in outcomes}
    obsolete = by_name["060-create-project-from-vcs"]
    assert obsolete.obsolete
    assert "no operation with operationId 'createProject1'" in obsolete.describe()
    assert "060-create-project-from-vcs" not in doc["x-circleci-api-fixes"]
    assert "090-model-names" in doc["x-circleci-api-fixes"]
    # every other fix still did its work
    assert [o.name for o in outcomes if o.obsolete] == ["060-create-project-from-vcs"]


def test_a_pointer_that_is_gone_is_stale_and_names_the_place() -> None:
    broken = Fix(
        name="999-broken", reason="x" * 30, patch=[{"op": "replace", "path": "/nope/deeper", "value": 1}]
    )
    outcomes: list[FixOutcome] = []
    doc = apply_fixes(vendored(), [broken], outcomes=outcomes)
    assert outcomes[0].obsolete
    assert "/nope/deeper" in outcomes[0].describe()
    assert "nope" not in doc
    assert doc["x-circleci-api-fixes"] == []


def test_a_change_that_cannot_be_made_where_the_fix_points_still_fails_naming_the_fix() -> None:
    clash = Fix(
        name="998-clash",
        reason="x" * 30,
        patch=[{"op": "add", "path": "/components/schemas/workflow/type", "value": "array"}],
    )
    with pytest.raises(FixError, match=r"998-clash.*/components/schemas/workflow/type: already exists"):
        apply_fixes(vendored(), [clash])


def test_a_failed_test_skips_only_the_operations_it_guards() -> None:
    doc = vendored()
    _, _, op = find_operation(doc, "getProjectWorkflowsPageData")
    op["parameters"][2], op["parameters"][3] = op["parameters"][3], op["parameters"][2]  # reordered upstream
    fix = next(f for f in FIXES if f.name == "070-query-string-arrays")
    outcomes: list[FixOutcome] = []
    built = apply_fixes(doc, [fix], outcomes=outcomes)
    assert outcomes[0].applied == 1  # getOrgSummaryData's project-names
    assert len(outcomes[0].stale) == 2
    assert "expected 'branches', found 'workflow-names'" in outcomes[0].stale[0]
    _, _, fixed = find_operation(built, "getOrgSummaryData")
    assert fixed["parameters"][2]["schema"] == {"type": "array", "items": {"type": "string"}}
    _, _, untouched = find_operation(built, "getProjectWorkflowsPageData")
    assert untouched["parameters"][2]["schema"] == op["parameters"][2]["schema"]


def test_aliases_for_keys_the_document_respelled_go_stale_when_the_document_changes_again() -> None:
    fix = next(f for f in FIXES if f.name == "080-sent-key-spellings")
    doc = vendored()
    hook = doc["components"]["schemas"]["webhook"]["properties"]
    hook["verify-tls"] = hook.pop("verify_tls")  # the document went back to the dashed key
    outcomes: list[FixOutcome] = []
    built = apply_fixes(doc, [fix], outcomes=outcomes)
    assert outcomes[0].stale == ["/components/schemas/webhook: no property 'verify_tls'"]
    assert all(
        "x-circleci-api-aliases" not in prop
        for prop in built["components"]["schemas"]["webhook"]["properties"].values()
    )
    doc = vendored()
    doc["components"]["schemas"]["webhook"]["properties"]["created-at"] = {"type": "string"}
    outcomes.clear()
    apply_fixes(doc, [fix], outcomes=outcomes)
    assert outcomes[0].stale == [
        "/components/schemas/webhook: 'created-at' is already a property or an alias"
    ]
    bad = Fix(
        name="997-aliases",
        reason="x" * 30,
        transform="respell-properties",
        args={"targets": [{"path": "/components/schemas/webhook", "aliases": ["verify-tls"]}]},
    )
    with pytest.raises(FixError, match=r"997-aliases.*'aliases' must be a non-empty mapping"):
        apply_fixes(vendored(), [bad])


def test_a_rule_that_matches_nothing_is_obsolete_not_a_count_threshold() -> None:
    doc = vendored()
    for _, node in iter_schemas(doc):
        node.pop("x-nullable", None)
    fix = next(f for f in FIXES if f.name == "010-x-nullable")
    outcomes: list[FixOutcome] = []
    apply_fixes(doc, [fix], outcomes=outcomes)
    assert outcomes[0].obsolete
    # one x-nullable left is enough for the rule to apply: no minimum count
    doc["components"]["schemas"]["workflow"]["properties"]["name"]["x-nullable"] = True
    outcomes.clear()
    built = apply_fixes(doc, [fix], outcomes=outcomes)
    assert outcomes[0].applied == 1
    assert not outcomes[0].obsolete
    assert built["components"]["schemas"]["workflow"]["properties"]["name"]["nullable"] is True


def test_the_committed_fixes_all_apply_to_the_vendored_document() -> None:
    outcomes: list[FixOutcome] = []
    apply_fixes(vendored(), FIXES, outcomes=outcomes)
    assert [(o.name, o.stale) for o in outcomes if o.obsolete or o.stale] == []


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


def test_a_model_name_entry_that_matches_nothing_is_reported_stale() -> None:
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
    outcomes: list[FixOutcome] = []
    doc = apply_fixes(vendored(), fixes, outcomes=outcomes)
    hoist = next(o for o in outcomes if o.name == "090-model-names")
    assert hoist.stale == ["names entry /paths/~1gone/get/responses/200 (Pipeline): matched nothing"]
    assert "Pipeline" in doc["components"]["schemas"]
