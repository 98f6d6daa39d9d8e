"""Contexts, their environment variables (values are never returned) and their restrictions."""

from __future__ import annotations

import re
from typing import Any

from circleci_api.testing._http import Call, Reply, Route, paginate
from circleci_api.testing._store import ApiError, Context, Restriction, rfc3339
from circleci_api.testing._validation import is_uuid

__all__ = ["ROUTES", "context_json", "restriction_json"]

ENV_VAR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def context_json(context: Context) -> dict[str, Any]:
    return {"id": context.id, "name": context.name, "created_at": rfc3339(context.created_at)}


def restriction_json(restriction: Restriction, *, context: Context | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if context is not None:
        out["context_id"] = context.id
    out["id"] = restriction.id
    if restriction.project is not None:
        out["project_id"] = restriction.project.id
    out["name"] = restriction.project.name if restriction.project is not None else None
    out["restriction_type"] = restriction.type
    out["restriction_value"] = restriction.value
    return out


def create_context(call: Call) -> Reply:
    store = call.store
    body = call.json()
    owner = body["owner"]
    org = store.orgs.get(owner["id"]) if "id" in owner else store.org_by_slug(owner["slug"])
    if org is None:
        raise ApiError(404, "Owner not found")
    name = body["name"]
    if any(c.name == name and c.org is org for c in store.contexts.values()):
        raise ApiError(400, f"A context named {name!r} already exists")
    context = Context(id=store.new_id(), name=name, org=org, created_at=store.now())
    store.contexts[context.id] = context
    return Reply(200, context_json(context))


def list_contexts(call: Call) -> Reply:
    store = call.store
    owner_id = call.query.get("owner-id")
    owner_slug = call.query.get("owner-slug")
    if owner_id:
        org = store.orgs.get(owner_id)
    elif owner_slug:
        org = store.org_by_slug(owner_slug)
    else:
        raise ApiError(400, "Either owner-id or owner-slug is required")
    if org is None:
        raise ApiError(404, "Owner not found")
    contexts = [c for c in store.contexts.values() if c.org is org]
    page, token = paginate(contexts, call.query.get("page-token"), call.store.page_size)
    return Reply(200, {"items": [context_json(c) for c in page], "next_page_token": token})


def get_context(call: Call) -> Reply:
    return Reply(200, context_json(call.store.context(call.params["context_id"])))


def delete_context(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    del call.store.contexts[context.id]
    return Reply(200, {"message": "Context deleted."})


def _env_var_json(context: Context, name: str) -> dict[str, Any]:
    _value, created, updated = context.env_vars[name]
    return {
        "variable": name,
        "created_at": rfc3339(created),
        "updated_at": rfc3339(updated),
        "context_id": context.id,
    }


def list_env_vars(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    page = call.page(sorted(context.env_vars))
    page["items"] = [_env_var_json(context, name) for name in page["items"]]
    return Reply(200, page)


def put_env_var(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    name = call.params["env_var_name"]
    if not ENV_VAR_NAME.fullmatch(name):
        raise ApiError(400, "Environment variable names must match [A-Za-z_][A-Za-z0-9_]*")
    now = call.store.now()
    created = context.env_vars[name][1] if name in context.env_vars else now
    context.env_vars[name] = (call.json()["value"], created, now)
    return Reply(200, _env_var_json(context, name))


def delete_env_var(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    if context.env_vars.pop(call.params["env_var_name"], None) is None:
        raise ApiError(404, "Environment variable not found")
    return Reply(200, {"message": "Environment variable deleted."})


def list_restrictions(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    page = call.page([restriction_json(r, context=context) for r in context.restrictions.values()])
    return Reply(200, page)


def create_restriction(call: Call) -> Reply:
    store = call.store
    context = store.context(call.params["context_id"])
    body = call.json()
    if "project_id" in body:
        if "restriction_type" in body or "restriction_value" in body:
            raise ApiError(400, "project_id cannot be combined with restriction_type or restriction_value")
        kind, value = "project", body["project_id"]
    elif "restriction_type" in body and "restriction_value" in body:
        kind, value = body["restriction_type"], body["restriction_value"]
    else:
        raise ApiError(400, "restriction_type and restriction_value are required")
    project = None
    if kind == "project":
        if not is_uuid(value):
            raise ApiError(400, "restriction_value must be a project id for a project restriction")
        project = store.projects.get(value)
        if project is None:
            raise ApiError(404, "Project not found")
    elif not value.strip():
        raise ApiError(400, "restriction_value must not be empty")
    if any(r.type == kind and r.value == value for r in context.restrictions.values()):
        raise ApiError(409, "This restriction already exists on the context")
    restriction = Restriction(id=store.new_id(), type=kind, value=value, project=project)
    context.restrictions[restriction.id] = restriction
    return Reply(201, restriction_json(restriction))


def delete_restriction(call: Call) -> Reply:
    context = call.store.context(call.params["context_id"])
    if context.restrictions.pop(call.params["restriction_id"], None) is None:
        raise ApiError(404, "Context restriction not found")
    return Reply(200, {"message": "Context restriction deleted."})


ROUTES = (
    Route("createContext", create_context),
    Route("listContexts", list_contexts),
    Route("getContext", get_context),
    Route("deleteContext", delete_context),
    Route("getContextRestrictions", list_restrictions),
    Route("createContextRestriction", create_restriction),
    Route("deleteContextRestriction", delete_restriction),
    Route("listEnvironmentVariablesFromContext", list_env_vars),
    Route("addEnvironmentVariableToContext", put_env_var),
    Route("deleteEnvironmentVariableFromContext", delete_env_var),
)
