"""Projects: create, get, delete, advanced settings, environment variables and checkout keys."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from circleci_api.slugs import ProjectSlug
from circleci_api.testing._api_context import ENV_VAR_NAME
from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import DEFAULT_SETTINGS, ApiError, Project, rfc3339

__all__ = ["ROUTES", "masked", "project_json"]

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


def create_project(call: Call) -> Reply:
    store = call.store
    ref = call.params["org-slug-or-id"]
    org = store.orgs.get(ref) or store.org_by_slug(ref)
    if org is None:
        raise ApiError(404, "Organization not found")
    name = call.json()["name"].strip()
    if not name or "/" in name:
        raise ApiError(400, "name must be a non-empty project name without slashes")
    short = {"github": "gh", "bitbucket": "bb"}.get(org.vcs, org.vcs)
    slug = f"{short}/{org.name}/{name}"
    try:
        ProjectSlug.parse(slug)
    except ValueError:
        raise ApiError(400, f"{name!r} is not a valid project name") from None
    if store.find_project(slug) is not None:
        raise ApiError(409, f"A project named {name!r} already exists")
    return Reply(200, project_json(store.add_project(slug)))


def delete_project(call: Call) -> Reply:
    store = call.store
    project = store.project_by_slug(call.params["project-slug"])
    del store.projects[project.id]
    return Reply(200, {"message": "Project deleted."})


def masked(value: str) -> str:
    """How CircleCI shows a secret: ``xxxx`` and its last four characters (or fewer for short ones)."""
    return "xxxx" + value[-4:] if len(value) > 4 else "xxxx"


def _env_json(name: str, value: str, created: Any) -> dict[str, Any]:
    return {"name": name, "value": masked(value), "created-at": rfc3339(created)}


def list_env_vars(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    page = call.page(sorted(project.env_vars))
    page["items"] = [_env_json(n, *project.env_vars[n]) for n in page["items"]]
    return Reply(200, page)


def create_env_var(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    body = call.json()
    name, value = body["name"], body["value"]
    if not ENV_VAR_NAME.fullmatch(name):
        raise ApiError(400, "Environment variable names must match [A-Za-z_][A-Za-z0-9_]*")
    project.env_vars[name] = (value, call.store.now())
    return Reply(201, _env_json(name, *project.env_vars[name]))


def get_env_var(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    name = call.params["name"]
    if name not in project.env_vars:
        raise ApiError(404, "Environment variable not found")
    return Reply(200, _env_json(name, *project.env_vars[name]))


def delete_env_var(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    if project.env_vars.pop(call.params["name"], None) is None:
        raise ApiError(404, "Environment variable not found")
    return Reply(200, {"message": "Environment variable deleted."})


def list_checkout_keys(call: Call) -> Reply:
    project = call.store.project_by_slug(call.params["project-slug"])
    keys = list(project.checkout_keys.values())
    digest = call.query.get("digest")
    if digest is not None:
        keys = [dict(k, fingerprint=_fingerprint(k["public_key"], digest)) for k in keys]
    return Reply(200, call.page(keys))


def _fingerprint(public_key: str, digest: str = "md5") -> str:
    raw = (
        hashlib.sha256(public_key.encode()).digest()
        if digest == "sha256"
        else hashlib.md5(public_key.encode(), usedforsecurity=False).digest()
    )
    if digest == "sha256":
        return "SHA256:" + base64.b64encode(raw).decode().rstrip("=")
    return ":".join(f"{b:02x}" for b in raw)


def create_checkout_key(call: Call) -> Reply:
    store = call.store
    project = store.project_by_slug(call.params["project-slug"])
    kind = call.json()["type"]
    material = base64.b64encode(store.random().getrandbits(256).to_bytes(32, "big")).decode()
    public_key = f"ssh-ed25519 {material}"
    for key in project.checkout_keys.values():
        key["preferred"] = False
    key = {
        "public_key": public_key,
        "type": "github-user-key" if kind == "user-key" else "deploy-key",
        "fingerprint": _fingerprint(public_key),
        "preferred": True,
        "created_at": rfc3339(store.now()),
    }
    project.checkout_keys[key["fingerprint"]] = key
    return Reply(201, dict(key))


def _find_key(call: Call) -> tuple[Project, str]:
    project = call.store.project_by_slug(call.params["project-slug"])
    wanted = call.params["fingerprint"]
    for fingerprint, key in project.checkout_keys.items():
        if wanted in (fingerprint, _fingerprint(key["public_key"], "sha256")):
            return project, fingerprint
    raise ApiError(404, "Checkout key not found")


def get_checkout_key(call: Call) -> Reply:
    project, fingerprint = _find_key(call)
    return Reply(200, dict(project.checkout_keys[fingerprint]))


def delete_checkout_key(call: Call) -> Reply:
    project, fingerprint = _find_key(call)
    del project.checkout_keys[fingerprint]
    return Reply(200, {"message": "Checkout key deleted."})


ROUTES = (
    Route("createProject", create_project),
    Route("deleteProjectBySlug", delete_project),
    Route("listEnvVars", list_env_vars),
    Route("createEnvVar", create_env_var),
    Route("getEnvVar", get_env_var),
    Route("deleteEnvVar", delete_env_var),
    Route("listCheckoutKeys", list_checkout_keys),
    Route("createCheckoutKey", create_checkout_key),
    Route("getCheckoutKey", get_checkout_key),
    Route("deleteCheckoutKey", delete_checkout_key),
    Route("getProjectBySlug", get_project),
    Route("createProjectFromVcs", create_project_from_vcs),
    Route("getProjectSettings", get_settings),
    Route("patchProjectSettings", patch_settings),
)
