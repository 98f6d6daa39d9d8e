"""Deploy: environments, components and the versions deployed to them; rollbacks.

The fake's deploy data is seeded with ``FakeCircleCI.add_deploy_environment``,
``add_deploy_component`` and ``record_deploy``; a rollback starts a pipeline run of the component's
project (the next scripted run) and answers its id.
"""

from __future__ import annotations

from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._runs import RunScript, start_pipeline
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def _page_size(call: Call) -> int:
    raw = call.query.get("page-size")
    size = int(raw) if raw else call.store.page_size
    if size < 1:
        raise ApiError(400, "page-size must be at least 1")
    return size


def list_environments(call: Call) -> Reply:
    store = call.store
    org = store.org(call.query["org-id"])
    items = [_public(e) for e in store.deploy_environments.values() if e["_org"] is org]
    return Reply(200, call.page(items, _page_size(call)))


def get_environment(call: Call) -> Reply:
    env = call.store.deploy_environments.get(call.params["environment_id"])
    if env is None:
        raise ApiError(404, "Environment not found")
    return Reply(200, _public(env))


def list_components(call: Call) -> Reply:
    store = call.store
    org = store.org(call.query["org-id"])
    project_id = call.query.get("project-id")
    items = [
        _public(c)
        for c in store.deploy_components.values()
        if c["_project"].org is org and (not project_id or c["project_id"] == project_id)
    ]
    return Reply(200, call.page(items, _page_size(call)))


def get_component(call: Call) -> Reply:
    component = call.store.deploy_components.get(call.params["component_id"])
    if component is None:
        raise ApiError(404, "Component not found")
    return Reply(200, _public(component))


def list_versions(call: Call) -> Reply:
    store = call.store
    component = store.deploy_components.get(call.params["component_id"])
    if component is None:
        raise ApiError(404, "Component not found")
    env_id = call.query.get("environment-id")
    versions = [
        _public(v)
        for v in reversed(store.deploy_versions)
        if v["_component"] is component and (not env_id or v["environment_id"] == env_id)
    ]
    return Reply(200, call.page(versions))


def rollback(call: Call) -> Reply:
    store = call.store
    project = store.project(call.params["project_id"])
    body = call.json()
    component = next(
        (
            c
            for c in store.deploy_components.values()
            if c["_project"] is project and c["name"] == body["component_name"]
        ),
        None,
    )
    if component is None:
        raise ApiError(404, f"No component {body['component_name']!r} in this project")
    env = next(
        (e for e in store.deploy_environments.values() if e["name"] == body["environment_name"]),
        None,
    )
    if env is None:
        raise ApiError(404, f"No environment {body['environment_name']!r}")
    deployed = [
        v["name"]
        for v in store.deploy_versions
        if v["_component"] is component and v["environment_id"] == env["id"]
    ]
    if body["target_version"] not in deployed:
        raise ApiError(400, f"version {body['target_version']!r} was never deployed to {env['name']!r}")
    if body["current_version"] == body["target_version"]:
        raise ApiError(400, "target_version is the current version")
    script = store.run_scripts.popleft() if store.run_scripts else store.default_run or RunScript()
    parameters = {"rollback_component": component["name"], "rollback_version": body["target_version"]}
    pipeline = start_pipeline(store, project, script, branch=project.default_branch, parameters=parameters)
    return Reply(202, {"id": pipeline.id, "rollback_type": "PIPELINE"})


ROUTES = (
    Route("listEnvironments", list_environments),
    Route("getEnvironment", get_environment),
    Route("listComponents", list_components),
    Route("getComponent", get_component),
    Route("listComponentVersions", list_versions),
    Route("rollbackProject", rollback),
)
