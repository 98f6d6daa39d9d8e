"""Projects, their advanced settings, pipeline definitions and triggers."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import (
    DEFAULT_SETTINGS,
    ApiError,
    Definition,
    Project,
    Store,
    Trigger,
    rfc3339,
)
from circleci_api_generated.models.create_pipeline_definition_request import CreatePipelineDefinitionRequest
from circleci_api_generated.models.create_trigger_request import CreateTriggerRequest
from circleci_api_generated.models.project_settings import ProjectSettings
from circleci_api_generated.models.update_pipeline_definition_request import UpdatePipelineDefinitionRequest
from circleci_api_generated.models.update_trigger_request import UpdateTriggerRequest

__all__ = ["PROVIDERS", "ROUTES", "project_json"]

PROVIDERS = ("github", "gh", "bitbucket", "bb", "circleci")
_VCS_DISPLAY = {"github": "GitHub", "bitbucket": "Bitbucket", "circleci": "CircleCI"}


def project_json(project: Project) -> dict[str, Any]:
    return {
        "slug": project.slug,
        "name": project.name,
        "id": project.id,
        "organization_name": project.org.name,
        "organization_slug": project.org.slug,
        "organization_id": project.org.id,
        "vcs_info": {
            "vcs_url": project.vcs_url,
            "provider": _VCS_DISPLAY.get(project.org.vcs, "GitHub"),
            "default_branch": project.default_branch,
        },
    }


def _slug(call: Call) -> str:
    return f"{call.params['provider']}/{call.params['organization']}/{call.params['project']}"


def get_project(call: Call) -> Reply:
    return Reply(200, project_json(call.store.project_by_slug(call.params["project-slug"])))


def create_project_from_vcs(call: Call) -> Reply:
    store = call.store
    slug = _slug(call)
    if store.find_project(slug) is not None:
        raise ApiError(400, "Project already exists")
    if store.org_by_slug(f"{call.params['provider']}/{call.params['organization']}") is None:
        raise ApiError(404, "Organization not found")
    project = store.add_project(slug)
    return Reply(201, {"advanced": dict(project.settings)})


def get_settings(call: Call) -> Reply:
    project = call.store.project_by_slug(_slug(call))
    return Reply(200, {"advanced": dict(project.settings)})


def patch_settings(call: Call) -> Reply:
    project = call.store.project_by_slug(_slug(call))
    changes = dict(call.json().get("advanced") or {})
    if changes.get("oss") and not project.open_source:
        # CircleCI only sets oss on projects whose repository really is open source.
        changes["oss"] = False
    project.settings.update({k: v for k, v in changes.items() if k in DEFAULT_SETTINGS})
    return Reply(200, {"advanced": dict(project.settings)})


# --------------------------------------------------------------------------- pipeline definitions


def _repo(store: Store, external_id: str) -> dict[str, str]:
    for project in store.projects.values():
        if project.repo_external_id == external_id:
            return {"full_name": project.repo_full_name, "external_id": external_id}
    return {"external_id": external_id}


def definition_json(store: Store, definition: Definition) -> dict[str, Any]:
    config = definition.config_source
    config_out: dict[str, Any] = {"provider": config["provider"]}
    if "repo" in config:
        config_out["repo"] = _repo(store, config["repo"]["external_id"])
    config_out["file_path"] = config["file_path"]
    checkout = definition.checkout_source
    out: dict[str, Any] = {"id": definition.id, "name": definition.name}
    if definition.description is not None:
        out["description"] = definition.description
    out["created_at"] = rfc3339(definition.created_at)
    out["config_source"] = config_out
    out["checkout_source"] = {
        "provider": checkout["provider"],
        "repo": _repo(store, checkout["repo"]["external_id"]),
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


# --------------------------------------------------------------------------- triggers


def trigger_json(call: Call, trigger: Trigger) -> dict[str, Any]:
    source = trigger.event_source
    source_out: dict[str, Any] = {"provider": source["provider"]}
    if "repo" in source:
        source_out["repo"] = _repo(call.store, source["repo"]["external_id"])
    if source["provider"] == "webhook":
        webhook = {"url": f"{call.files_base}/_fake/webhooks/{trigger.id}"}
        webhook.update(source.get("webhook", {}))
        source_out["webhook"] = webhook
    out: dict[str, Any] = {"id": trigger.id}
    if "event_name" in trigger.fields:
        out["event_name"] = trigger.fields["event_name"]
    out["created_at"] = rfc3339(trigger.created_at)
    out["event_source"] = source_out
    for key in ("event_preset", "checkout_ref", "config_ref"):
        if key in trigger.fields:
            out[key] = trigger.fields[key]
    out["disabled"] = bool(trigger.fields.get("disabled", False))
    return out


def _check_trigger(source: dict[str, Any], fields: dict[str, Any]) -> None:
    provider = source["provider"]
    if provider == "github_app":
        if "repo" not in source:
            raise ApiError(400, "event_source.repo is required when event_source.provider is github_app")
        if "webhook" in source or "event_name" in fields:
            raise ApiError(
                400, "webhook and event_name are only allowed when event_source.provider is webhook"
            )
    elif provider == "webhook":
        if "repo" in source or "event_preset" in fields:
            raise ApiError(
                400, "repo and event_preset are only allowed when event_source.provider is github_app"
            )
        missing = [key for key in ("checkout_ref", "config_ref") if not fields.get(key)]
        if missing:
            raise ApiError(400, f"{' and '.join(missing)} required when event_source.provider is webhook")
    else:
        raise ApiError(
            400, f"event_source.provider {provider!r} is not supported (use github_app or webhook)"
        )


def list_triggers(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    definition = call.store.definition(project, call.params["pipeline_definition_id"])
    items = [t for t in call.store.triggers.values() if t.definition is definition]
    return Reply(200, {"items": [trigger_json(call, t) for t in items]})


def create_trigger(call: Call) -> Reply:
    store = call.store
    project = store.project(call.params["project_id"])
    definition = store.definition(project, call.params["pipeline_definition_id"])
    body = call.json()
    source = dict(body["event_source"])
    fields = {k: v for k, v in body.items() if k != "event_source"}
    _check_trigger(source, fields)
    trigger = Trigger(
        id=store.new_id(), definition=definition, created_at=store.now(), event_source=source, fields=fields
    )
    store.triggers[trigger.id] = trigger
    return Reply(200, trigger_json(call, trigger))


def get_trigger(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    return Reply(200, trigger_json(call, call.store.trigger(project, call.params["trigger_id"])))


def update_trigger(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    trigger = call.store.trigger(project, call.params["trigger_id"])
    body = call.json()
    fields = {**trigger.fields, **{k: v for k, v in body.items() if k != "event_source"}}
    source = dict(trigger.event_source)
    webhook = body.get("event_source", {}).get("webhook")
    if webhook is not None:
        source["webhook"] = {**source.get("webhook", {}), **webhook}
    _check_trigger(source, fields)
    trigger.fields, trigger.event_source = fields, source
    return Reply(200, trigger_json(call, trigger))


def delete_trigger(call: Call) -> Reply:
    project = call.store.project(call.params["project_id"])
    trigger = call.store.trigger(project, call.params["trigger_id"])
    del call.store.triggers[trigger.id]
    return Reply(200, {"message": "Trigger deleted."})


_PROVIDER = {"provider": PROVIDERS}

ROUTES = (
    Route("getProjectBySlug", get_project),
    Route("createProjectFromVcs", create_project_from_vcs, enum_params=_PROVIDER),
    Route("getProjectSettings", get_settings, enum_params=_PROVIDER),
    Route(
        "patchProjectSettings",
        patch_settings,
        body=ProjectSettings,
        body_required=True,
        enum_params=_PROVIDER,
    ),
    Route("listPipelineDefinitions", list_definitions),
    Route("createPipelineDefinition", create_definition, body=CreatePipelineDefinitionRequest),
    Route("getPipelineDefinition", get_definition),
    Route("updatePipelineDefinition", update_definition, body=UpdatePipelineDefinitionRequest),
    Route("deletePipelineDefinition", delete_definition),
    Route("listPipelineDefinitionTriggers", list_triggers),
    Route("createTrigger", create_trigger, body=CreateTriggerRequest),
    Route("getTrigger", get_trigger),
    Route("updateTrigger", update_trigger, body=UpdateTriggerRequest),
    Route("deleteTrigger", delete_trigger),
)
