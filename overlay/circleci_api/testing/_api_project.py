"""Projects: create, get, delete, advanced settings, environment variables and checkout keys."""

from __future__ import annotations

from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import DEFAULT_SETTINGS, ApiError, Project
from circleci_api_generated.models.project_settings import ProjectSettings

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
)
