"""Triggers of pipeline definitions."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._api_pipeline_definition import repo_json
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, Trigger, rfc3339

__all__ = ["ROUTES", "trigger_json"]


def trigger_json(call: Call, trigger: Trigger) -> dict[str, Any]:
    source = trigger.event_source
    source_out: dict[str, Any] = {"provider": source["provider"]}
    if "repo" in source:
        source_out["repo"] = repo_json(call.store, source["repo"]["external_id"])
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


ROUTES = (
    Route("listPipelineDefinitionTriggers", list_triggers),
    Route("createTrigger", create_trigger),
    Route("getTrigger", get_trigger),
    Route("updateTrigger", update_trigger),
    Route("deleteTrigger", delete_trigger),
)
