"""OIDC custom claims (audience, token lifetime) per organization and per project."""

from __future__ import annotations

import re
from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, rfc3339

__all__ = ["ROUTES"]

TTL = re.compile(r"^([0-9]+(ms|s|m|h|d|w)){1,7}$")
CLAIMS = ("audience", "ttl")


def _claims(call: Call) -> tuple[dict[str, Any], dict[str, Any]]:
    store = call.store
    org = store.org(call.params["orgID"])
    if "projectID" not in call.params:
        return store.org_claims.setdefault(org.id, {}), {"org_id": org.id}
    project = store.project(call.params["projectID"])
    if project.org is not org:
        raise ApiError(400, "The project does not belong to this organization")
    return store.project_claims.setdefault((org.id, project.id), {}), {
        "org_id": org.id,
        "project_id": project.id,
    }


def get_claims(call: Call) -> Reply:
    claims, ids = _claims(call)
    return Reply(200, {**claims, **ids})


def patch_claims(call: Call) -> Reply:
    claims, ids = _claims(call)
    body = call.json()
    if "ttl" in body and not TTL.match(body["ttl"]):
        raise ApiError(400, "ttl must look like 1h or 30m")
    now = rfc3339(call.store.now())
    for key in CLAIMS:
        if key in body:
            claims[key] = body[key]
            claims[f"{key}_updated_at"] = now
    return Reply(200, {**claims, **ids})


def delete_claims(call: Call) -> Reply:
    claims, ids = _claims(call)
    names = [n for n in call.query.get("claims", "").split(",") if n]
    unknown = [n for n in names if n not in CLAIMS]
    if not names or unknown:
        raise ApiError(400, f"claims must list some of {', '.join(CLAIMS)}")
    for name in names:
        claims.pop(name, None)
        claims.pop(f"{name}_updated_at", None)
    return Reply(200, {**claims, **ids})


ROUTES = (
    Route("GetOrgClaims", get_claims),
    Route("PatchOrgClaims", patch_claims),
    Route("DeleteOrgClaims", delete_claims),
    Route("GetProjectClaims", get_claims),
    Route("PatchProjectClaims", patch_claims),
    Route("DeleteProjectClaims", delete_claims),
)
