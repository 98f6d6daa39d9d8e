"""The 19 operations of the docs excerpt the product was specified from: present, exact, and reachable.

The table below restates, as facts, what the excerpt shows for each operation: method, path, path
parameters, request body properties (required ones marked), enums and deprecations.  The built
document (after fixes) must match, and each operation must be on the client under the name issue 3
gives it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from circleci_api_generated._operations import OPERATIONS

PROVIDERS = ["github", "gh", "bitbucket", "bb", "circleci"]
SLUG = ("provider", "organization", "project")
EVENT_PRESETS = [
    "all-pushes",
    "only-tags",
    "default-branch-pushes",
    "only-build-prs",
    "only-open-prs",
    "only-labeled-prs",
    "only-merged-prs",
    "only-ready-for-review-prs",
    "only-branch-delete",
    "only-build-pushes-to-non-draft-prs",
]


@dataclass(frozen=True)
class SeedOperation:
    operation_id: str
    method: str
    path: str
    client_method: str
    path_params: tuple[str, ...]
    body: dict[str, bool] | None = None  # property -> required
    body_required: bool = False
    deprecated: bool = False
    enums: dict[str, list[str]] = field(default_factory=dict)  # body property -> values the seed lists


SEED = [
    SeedOperation(
        "getContextRestrictions",
        "get",
        "/context/{context_id}/restrictions",
        "contexts.restrictions.list",
        ("context_id",),
    ),
    SeedOperation(
        "createContextRestriction",
        "post",
        "/context/{context_id}/restrictions",
        "contexts.restrictions.create",
        ("context_id",),
        body={"project_id": False, "restriction_type": False, "restriction_value": False},
        body_required=True,
        enums={"restriction_type": ["project", "expression"]},
    ),
    SeedOperation(
        "deleteContextRestriction",
        "delete",
        "/context/{context_id}/restrictions/{restriction_id}",
        "contexts.restrictions.delete",
        ("context_id", "restriction_id"),
    ),
    SeedOperation(
        "triggerPipelineRun",
        "post",
        "/project/{provider}/{organization}/{project}/pipeline/run",
        "pipelines.run",
        SLUG,
        body={"definition_id": False, "config": False, "checkout": False, "parameters": False},
    ),
    SeedOperation(
        "listPipelineDefinitions",
        "get",
        "/projects/{project_id}/pipeline-definitions",
        "pipeline_definitions.list",
        ("project_id",),
    ),
    SeedOperation(
        "createPipelineDefinition",
        "post",
        "/projects/{project_id}/pipeline-definitions",
        "pipeline_definitions.create",
        ("project_id",),
        body={"name": True, "description": False, "config_source": True, "checkout_source": True},
    ),
    SeedOperation(
        "getPipelineDefinition",
        "get",
        "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}",
        "pipeline_definitions.get",
        ("project_id", "pipeline_definition_id"),
    ),
    SeedOperation(
        "updatePipelineDefinition",
        "patch",
        "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}",
        "pipeline_definitions.update",
        ("project_id", "pipeline_definition_id"),
        body={"name": False, "description": False, "config_source": False, "checkout_source": False},
    ),
    SeedOperation(
        "deletePipelineDefinition",
        "delete",
        "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}",
        "pipeline_definitions.delete",
        ("project_id", "pipeline_definition_id"),
    ),
    SeedOperation(
        "createProjectFromVcs",
        "post",
        "/project/{provider}/{organization}/{project}",
        "projects.create_from_vcs",
        SLUG,
        deprecated=True,
    ),
    SeedOperation(
        "getProjectSettings",
        "get",
        "/project/{provider}/{organization}/{project}/settings",
        "projects.settings.get",
        SLUG,
    ),
    SeedOperation(
        "patchProjectSettings",
        "patch",
        "/project/{provider}/{organization}/{project}/settings",
        "projects.settings.update",
        SLUG,
        body={"advanced": False},
        body_required=True,
    ),
    SeedOperation(
        "listPipelineDefinitionTriggers",
        "get",
        "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers",
        "triggers.list",
        ("project_id", "pipeline_definition_id"),
    ),
    SeedOperation(
        "createTrigger",
        "post",
        "/projects/{project_id}/pipeline-definitions/{pipeline_definition_id}/triggers",
        "triggers.create",
        ("project_id", "pipeline_definition_id"),
        body={
            "event_source": True,
            "event_preset": False,
            "checkout_ref": False,
            "config_ref": False,
            "event_name": False,
        },
        enums={"event_preset": EVENT_PRESETS},
    ),
    SeedOperation(
        "getTrigger",
        "get",
        "/projects/{project_id}/triggers/{trigger_id}",
        "triggers.get",
        ("project_id", "trigger_id"),
    ),
    SeedOperation(
        "updateTrigger",
        "patch",
        "/projects/{project_id}/triggers/{trigger_id}",
        "triggers.update",
        ("project_id", "trigger_id"),
        body={
            "event_preset": False,
            "checkout_ref": False,
            "config_ref": False,
            "event_name": False,
            "event_source": False,
        },
        enums={"event_preset": EVENT_PRESETS},
    ),
    SeedOperation(
        "deleteTrigger",
        "delete",
        "/projects/{project_id}/triggers/{trigger_id}",
        "triggers.delete",
        ("project_id", "trigger_id"),
    ),
    SeedOperation(
        "createUsageExport",
        "post",
        "/organizations/{org_id}/usage_export_job",
        "usage.create_export",
        ("org_id",),
        body={"start": True, "end": True, "shared_org_ids": False},
        body_required=True,
    ),
    SeedOperation(
        "getUsageExport",
        "get",
        "/organizations/{org_id}/usage_export_job/{usage_export_job_id}",
        "usage.get_export",
        ("org_id", "usage_export_job_id"),
    ),
]


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = doc["components"][section][name]
    return node


def test_the_seed_has_nineteen_operations() -> None:
    assert len(SEED) == 19
    assert len({op.operation_id for op in SEED}) == 19


@pytest.mark.parametrize("seed", SEED, ids=lambda s: s.operation_id)
def test_seed_operation_matches_the_built_spec(seed: SeedOperation, built_spec: dict[str, Any]) -> None:
    item = built_spec["paths"][seed.path]
    op = item[seed.method]
    assert op["operationId"] == seed.operation_id
    assert bool(op.get("deprecated")) is seed.deprecated
    params = [resolve(built_spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
    path_params = {p["name"]: p for p in params if p["in"] == "path"}
    assert set(path_params) == set(seed.path_params)
    assert all(p.get("required") for p in path_params.values())
    if "provider" in path_params:
        assert resolve(built_spec, path_params["provider"]["schema"])["enum"] == PROVIDERS
    if seed.body is None:
        assert "requestBody" not in op
        return
    body = op["requestBody"]
    assert bool(body.get("required")) is seed.body_required
    schema = resolve(built_spec, body["content"]["application/json"]["schema"])
    props = schema["properties"]
    required = set(schema.get("required", []))
    for name, is_required in seed.body.items():
        assert name in props, f"{seed.operation_id}: body lacks {name}"
        assert (name in required) is is_required, f"{seed.operation_id}.{name} required mismatch"
    for name, values in seed.enums.items():
        actual = resolve(built_spec, props[name])["enum"]
        assert actual[: len(values)] == values, (
            f"{seed.operation_id}.{name}: seed values must come first, unchanged"
        )


@pytest.mark.parametrize("seed", SEED, ids=lambda s: s.operation_id)
def test_seed_operation_is_on_the_client_under_its_name(seed: SeedOperation) -> None:
    info = OPERATIONS[seed.operation_id]
    assert info.client_method == seed.client_method
    assert info.method == seed.method.upper()
    assert info.deprecated is seed.deprecated


def test_deprecated_project_id_is_flagged(built_spec: dict[str, Any]) -> None:
    op = built_spec["paths"]["/context/{context_id}/restrictions"]["post"]
    schema = resolve(built_spec, op["requestBody"]["content"]["application/json"]["schema"])
    assert schema["properties"]["project_id"] == {
        "type": "string",
        "format": "uuid",
        "deprecated": True,
        "x-circleci-api-use-instead": "restriction_type and restriction_value",
    }


def test_later_additions_of_the_reference_are_kept(built_spec: dict[str, Any]) -> None:
    schemas = built_spec["components"]["schemas"]
    assert "group" in schemas["ContextRestriction"]["properties"]["restriction_type"]["enum"]
    assert "only-merged-or-closed-prs" in schemas["TriggerEventPreset"]["enum"]
    assert schemas["Trigger"]["properties"]["disabled"]["type"] == "boolean"
    assert schemas["CreateTriggerRequest"]["properties"]["disabled"]["type"] == "boolean"
    assert schemas["UpdateTriggerRequest"]["properties"]["disabled"]["type"] == "boolean"


def test_every_operation_of_the_vendored_document_is_generated(vendored_spec: dict[str, Any]) -> None:
    ids = {
        op["operationId"]
        for item in vendored_spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert len(ids) == 111
    kept = {"createProjectFromVcs", "getJobDetails", "getJobArtifacts", "getTests"}  # carried by fixes
    assert ids | kept == set(OPERATIONS)
    assert not ids & kept
