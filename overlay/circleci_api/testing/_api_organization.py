"""Organizations: create, get (by slug or id), delete, and the URL orb allow-list."""

from __future__ import annotations

import re
from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, Org, Store

__all__ = ["ROUTES", "org_by_ref"]

_SHORT = {"github": "gh", "bitbucket": "bb", "circleci": "circleci"}
ORG_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
AUTH = ("github-oauth", "none", "bitbucket-oauth", "github-app")


def org_by_ref(store: Store, ref: str) -> Org:
    """The organization named by id or slug (``gh/acme``); ApiError(404) if none."""
    org = store.orgs.get(ref) or store.org_by_slug(ref)
    if org is None:
        raise ApiError(404, "Organization not found")
    return org


def _org_json(org: Org) -> dict[str, Any]:
    return {"id": org.id, "name": org.name, "slug": org.slug, "vcs_type": org.vcs}


def create_org(call: Call) -> Reply:
    store = call.store
    body = call.json()
    name = body["name"].strip()
    if not ORG_NAME.fullmatch(name):
        raise ApiError(400, "name must be an organization name (letters, digits, '-', '_' and '.')")
    slug = f"{_SHORT.get(body['vcs_type'], body['vcs_type'])}/{name}"
    if store.org_by_slug(slug) is not None:
        raise ApiError(400, f"An organization named {name!r} already exists")
    return Reply(201, _org_json(store.add_org(slug)))


def get_org(call: Call) -> Reply:
    return Reply(200, _org_json(org_by_ref(call.store, call.params["org-slug-or-id"])))


def delete_org(call: Call) -> Reply:
    store = call.store
    org = org_by_ref(store, call.params["org-slug-or-id"])
    for project_id in [p.id for p in store.projects.values() if p.org is org]:
        del store.projects[project_id]
    for context_id in [c.id for c in store.contexts.values() if c.org is org]:
        del store.contexts[context_id]
    del store.orgs[org.id]
    return Reply(202, {"message": "Organization deletion accepted."})


def list_allow_list(call: Call) -> Reply:
    org = org_by_ref(call.store, call.params["org-slug-or-id"])
    return Reply(200, {"items": [dict(e) for e in org.orb_allow_list.values()]})


def create_allow_list_entry(call: Call) -> Reply:
    org = org_by_ref(call.store, call.params["org-slug-or-id"])
    body = call.json()
    prefix = body["prefix"]
    if not isinstance(prefix, str) or not prefix.startswith("https://"):
        raise ApiError(400, "prefix must be an https:// URL prefix")
    if not body["name"].strip():
        raise ApiError(400, "name must not be empty")
    entry = {"id": call.store.new_id(), "name": body["name"], "prefix": prefix, "auth": body["auth"]}
    org.orb_allow_list[entry["id"]] = entry
    return Reply(200, {"id": entry["id"], "message": "URL orb allow-list entry created."})


def remove_allow_list_entry(call: Call) -> Reply:
    org = org_by_ref(call.store, call.params["org-slug-or-id"])
    entry_id = call.params["allow-list-entry-id"]
    if org.orb_allow_list.pop(entry_id, None) is None:
        raise ApiError(404, "URL orb allow-list entry not found")
    return Reply(200, {"id": entry_id, "message": "URL orb allow-list entry removed."})


ROUTES = (
    Route("createOrganization", create_org),
    Route("getOrganization", get_org),
    Route("deleteOrganization", delete_org),
    Route("listURLOrbAllowListEntries", list_allow_list),
    Route("createURLOrbAllowListEntry", create_allow_list_entry),
    Route("removeURLOrbAllowListEntry", remove_allow_list_entry),
)
