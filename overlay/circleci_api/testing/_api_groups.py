"""Groups of an organization."""

from __future__ import annotations

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError

__all__ = ["ROUTES"]


def list_groups(call: Call) -> Reply:
    org = call.store.org(call.params["org_id"])
    page = call.page(list(org.groups.values()))
    return Reply(200, {**page, "total_count": len(org.groups)})


def create_group(call: Call) -> Reply:
    org = call.store.org(call.params["org_id"])
    body = call.json()
    if not body["name"].strip():
        raise ApiError(400, "name must not be empty")
    if any(g["name"] == body["name"] for g in org.groups.values()):
        raise ApiError(409, f"A group named {body['name']!r} already exists")
    group = {"id": call.store.new_id(), "name": body["name"], "description": body.get("description", "")}
    org.groups[group["id"]] = group
    return Reply(201, dict(group))


def _group(call: Call) -> tuple[dict[str, dict[str, str]], str]:
    org = call.store.org(call.params["org_id"])
    group_id = call.params["group_id"]
    if group_id not in org.groups:
        raise ApiError(404, "Group not found")
    return org.groups, group_id


def get_group(call: Call) -> Reply:
    groups, group_id = _group(call)
    return Reply(200, dict(groups[group_id]))


def delete_group(call: Call) -> Reply:
    groups, group_id = _group(call)
    del groups[group_id]
    return Reply(200, {"message": "Group deleted."})


ROUTES = (
    Route("getOrganizationGroups", list_groups),
    Route("createOrganizationGroup", create_group),
    Route("getGroup", get_group),
    Route("deleteGroup", delete_group),
)
