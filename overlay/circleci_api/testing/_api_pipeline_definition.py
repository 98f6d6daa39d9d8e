"""Pipeline definitions of a project."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, Definition, Store, rfc3339

__all__ = ["ROUTES", "definition_json", "repo_json"]


def repo_json(store: Store, external_id: str) -> dict[str, str]:
    for project in store.projects.values():
        if project.repo_external_id == external_id:
            return {"full_name": project.repo_full_name, "external_id": external_id}
    return {"external_id": external_id}


def definition_json(store: Store, definition: Definition) -> dict[str, Any]:
    config = definition.config_source
    config_out: dict[str, Any] = {"provider": config["provider"]}
    if "repo" in config:
        config_out["repo"] = repo_json(store, config["repo"]["external_id"])
    config_out["file_path"] = config["file_path"]
    checkout = definition.checkout_source
    out: dict[str, Any] = {"id": definition.id, "name": definition.name}
    if definition.description is not None:
        out["description"] = definition.description
    out["created_at"] = rfc3339(definition.created_at)
    out["config_source"] = config_out
    out["checkout_source"] = {
        "provider": checkout["provider"],
        "repo": repo_json(store, checkout["repo"]["external_id"]),
    }
    return out


def list_definitions(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    items = [d for d in call.store.definitions.values() if d.project is project]
    return Reply(200, {"items": [definition_json(call.store, d) for d in items]})


def create_definition(call: Call) -> Reply:
    store = call.store
    project = store.project(call.params["project_id"])
    body = call.json()
    if not body["name"].strip():
        raise ApiError(400, "name must not be empty")
    definition = Definition(
        id=store.new_id(),
        project=project,
        name=body["name"],
        created_at=store.now(),
        config_source=dict(body["config_source"]),
        checkout_source=dict(body["checkout_source"]),
        description=body.get("description"),
    )
    store.definitions[definition.id] = definition
    return Reply(200, definition_json(store, definition))


def get_definition(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    definition = call.store.definition(project, call.params["pipeline_definition_id"])
    return Reply(200, definition_json(call.store, definition))


def update_definition(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    definition = call.store.definition(project, call.params["pipeline_definition_id"])
    body = call.json()
    if "name" in body:
        if not body["name"].strip():
            raise ApiError(400, "name must not be empty")
        definition.name = body["name"]
    if "description" in body:
        definition.description = body["description"]
    if "file_path" in body.get("config_source", {}):
        definition.config_source = {
            **definition.config_source,
            "file_path": body["config_source"]["file_path"],
        }
    checkout = body.get("checkout_source", {})
    if "provider" in checkout:
        definition.checkout_source = {**definition.checkout_source, "provider": checkout["provider"]}
    if "repo" in checkout and "external_id" in checkout["repo"]:
        repo = {"external_id": checkout["repo"]["external_id"]}
        definition.checkout_source = {**definition.checkout_source, "repo": repo}
    return Reply(200, definition_json(call.store, definition))


def delete_definition(call: Call) -> Reply:
    store = call.store
    project = store.project(call.params["project_id"])
    definition = store.definition(project, call.params["pipeline_definition_id"])
    del store.definitions[definition.id]
    for trigger_id in [t.id for t in store.triggers.values() if t.definition is definition]:
        del store.triggers[trigger_id]
    return Reply(200, {"message": "Pipeline definition deleted."})


ROUTES = (
    Route("listPipelineDefinitions", list_definitions),
    Route("createPipelineDefinition", create_definition),
    Route("getPipelineDefinition", get_definition),
    Route("updatePipelineDefinition", update_definition),
    Route("deletePipelineDefinition", delete_definition),
)
