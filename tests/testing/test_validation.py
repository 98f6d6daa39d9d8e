"""The fake checks every request against the spec: 400 (or, when the operation does not document
400, the error status it does document) listing the violations, 401 without the right token, 404
for unknown routes, 405 for methods a path does not serve.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from circleci_api import APIStatusError, AuthenticationError, BadRequestError, NotFoundError
from circleci_api.testing import FakeCircleCI, Project
from circleci_api.testing._http import documented_status

from .support import Front, SpecCheckedFake, done, open_client

SLUG = "gh/acme/api"
RFC3339_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


@pytest.fixture
def project(fake: SpecCheckedFake) -> Project:
    return fake.add_project(SLUG)


@pytest.fixture
def raw(fake: FakeCircleCI) -> Iterator[httpx.Client]:
    """Plain httpx through the fake's transport, with the token: requests the client would refuse."""
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"Circle-Token": fake.token}
    ) as client:
        yield client


def _paths(project: Project, context_id: str, definition_id: str) -> dict[str, tuple[str, str]]:
    return {
        "createContext": ("POST", "/context"),
        "createContextRestriction": ("POST", f"/context/{context_id}/restrictions"),
        "triggerPipelineRun": ("POST", f"/project/{SLUG}/pipeline/run"),
        "createPipelineDefinition": ("POST", f"/projects/{project.id}/pipeline-definitions"),
        "updatePipelineDefinition": ("PATCH", f"/projects/{project.id}/pipeline-definitions/{definition_id}"),
        "patchProjectSettings": ("PATCH", f"/project/{SLUG}/settings"),
        "createTrigger": ("POST", f"/projects/{project.id}/pipeline-definitions/{definition_id}/triggers"),
        "createUsageExport": ("POST", f"/organizations/{project.org.id}/usage_export_job"),
    }


def _definition(raw: httpx.Client, project: Project) -> str:
    repo = {"external_id": project.repo_external_id}
    response = raw.post(
        f"/projects/{project.id}/pipeline-definitions",
        json={
            "name": "main",
            "config_source": {"provider": "circleci", "file_path": ".circleci/config.yml"},
            "checkout_source": {"provider": "github_app", "repo": repo},
        },
    )
    assert response.status_code == 200, response.text
    return str(response.json()["id"])


# (operationId, body): valid and invalid bodies; the spec (through jsonschema) is the referee.
BODIES: list[tuple[str, Any]] = [
    ("createContext", {"name": "deploy", "owner": {"slug": "gh/acme", "type": "organization"}}),
    ("createContext", {"name": "deploy", "owner": {"id": "not-a-uuid"}}),
    ("createContext", {"name": "deploy", "owner": {"slug": "gh/acme", "type": "account"}}),
    ("createContext", {"name": "deploy"}),
    ("createContextRestriction", {"restriction_type": "expression", "restriction_value": "true"}),
    ("createContextRestriction", {"restriction_type": "team", "restriction_value": "x"}),
    ("createContextRestriction", {"project_id": "not-a-uuid"}),
    ("createContextRestriction", {"restriction_value": 5}),
    ("createContextRestriction", {"restriction_type": "project", "owner": "me"}),
    ("triggerPipelineRun", {"checkout": {"branch": "main"}, "parameters": {"n": 1, "deploy": True}}),
    ("triggerPipelineRun", {"definition_id": "nope"}),
    ("triggerPipelineRun", {"config": {"branch": 1}}),
    ("triggerPipelineRun", {"checkout": {"sha": "abc"}}),
    ("createPipelineDefinition", {"name": "x", "config_source": {"provider": "circleci", "file_path": "a"}}),
    (
        "createPipelineDefinition",
        {
            "name": "x",
            "config_source": {"provider": "gitlab", "file_path": "a"},
            "checkout_source": {"provider": "github_app", "repo": {"external_id": "1"}},
        },
    ),
    ("updatePipelineDefinition", {"description": "new words"}),
    ("updatePipelineDefinition", {"config_source": {"provider": "github_app"}}),
    ("patchProjectSettings", {"advanced": {"oss": "yes"}}),
    ("patchProjectSettings", {"advanced": {"fast_builds": True}}),
    ("patchProjectSettings", {"advanced": {"pr_only_branch_overrides": ["main", "release"]}}),
    ("createTrigger", {"event_source": {}}),
    ("createTrigger", {"event_source": {"provider": "webhook"}, "event_preset": "every-push"}),
    ("createUsageExport", {"start": "yesterday", "end": "2025-09-01T00:00:00Z"}),
    ("createUsageExport", {"end": "2025-09-01T00:00:00Z"}),
    ("createUsageExport", {"start": "2025-09-01T00:00:00Z", "end": "2025-09-02T00:00:00", "x": 1}),
    (
        "createUsageExport",
        {"start": "2025-09-01T00:00:00Z", "end": "2025-09-02T00:00:00Z", "shared_org_ids": ["x"]},
    ),
]


@pytest.mark.parametrize(("operation_id", "body"), BODIES)
def test_request_bodies_are_judged_like_the_spec(
    fake: SpecCheckedFake, raw: httpx.Client, project: Project, operation_id: str, body: Any
) -> None:
    context = raw.post("/context", json={"name": "c", "owner": {"id": project.org.id}}).json()
    method, path = _paths(project, context["id"], _definition(raw, project))[operation_id]
    schema_errors = fake.spec_responses.request_errors(operation_id, body)
    response = raw.request(method, path, json=body)
    bad_input = documented_status(operation_id, 400)
    assert (response.status_code == bad_input) == bool(schema_errors), (response.text, schema_errors)
    if schema_errors:
        answer = response.json()
        assert answer["violations"], answer
        assert all(v.startswith("body") for v in answer["violations"])


@pytest.mark.parametrize(
    ("method", "path", "where"),
    [
        ("GET", "/context/not-a-uuid", "path.context_id"),
        ("GET", "/project/gitlab/acme/api/settings", "path.provider"),
        ("GET", "/pipeline/123/workflow", "path.pipeline-id"),
        ("GET", "/context?owner-type=team&owner-slug=gh/acme", "query.owner-type"),
        ("GET", "/context?owner-id=abc", "query.owner-id"),
    ],
)
def test_parameters_are_checked(
    raw: httpx.Client, project: Project, method: str, path: str, where: str
) -> None:
    response = raw.request(method, path)
    assert response.status_code in (400, 404)
    assert [v.split(":")[0] for v in response.json()["violations"]] == [where]


def test_bodies_are_checked_for_presence_type_and_place(raw: httpx.Client, project: Project) -> None:
    export = f"/organizations/{project.org.id}/usage_export_job"
    missing = raw.post(export)
    assert missing.json()["violations"] == ["body: a JSON request body is required"]
    text = raw.post(export, content=b"start=now", headers={"content-type": "text/plain"})
    assert "content type must be application/json" in text.json()["violations"][0]
    broken = raw.post(export, content=b"{not json", headers={"content-type": "application/json"})
    assert broken.json()["violations"] == ["body: is not valid JSON"]
    unexpected = raw.request("GET", f"/project/{SLUG}/settings", json={"advanced": {}})
    assert unexpected.json()["violations"] == ["body: this operation takes no request body"]
    statuses = {missing.status_code, text.status_code, broken.status_code, unexpected.status_code}
    assert statuses <= {400, 404}


@pytest.mark.anyio
async def test_client_lists_the_violations(front: Front, kind: str) -> None:
    project = front.fake.add_project(SLUG)
    async with open_client(front, kind) as client:
        with pytest.raises(BadRequestError) as caught:
            await done(
                client.request(
                    "POST",
                    f"/project/{SLUG}/pipeline/run",
                    json={"definition_id": "x", "checkout": {"sha": 1}},
                )
            )
    assert caught.value.status_code == 400  # documented for this operation; never 422
    assert "(2 violations)" in caught.value.message
    assert "body.checkout.sha: field not in the spec" in caught.value.message
    assert "body.definition_id: 'x' is not a UUID" in caught.value.message
    assert project.pipeline_count == 0  # nothing was created


@pytest.mark.anyio
async def test_wrong_or_missing_token_is_401(front: Front, kind: str) -> None:
    front.fake.add_project(SLUG)
    async with open_client(front, kind, token="not-the-token") as client:
        with pytest.raises(AuthenticationError) as caught:
            await done(client.projects.get(SLUG))
    assert caught.value.status_code == 401
    assert caught.value.message == "You must log in first."
    assert "not-the-token" not in str(caught.value)
    transport = front.fake.transport() if front.name == "in_process" else None
    with httpx.Client(base_url=front.base_url, transport=transport) as anonymous:
        response = anonymous.get(f"/project/{SLUG}")
    assert response.status_code == 401
    assert response.json() == {"message": "You must log in first."}


def test_basic_auth_and_query_token_are_accepted(fake: FakeCircleCI, project: Project) -> None:
    token = fake.token
    basic = base64.b64encode(f"{token}:".encode()).decode()
    with httpx.Client(transport=fake.transport(), base_url=fake.base_url) as client:
        assert client.get(f"/project/{SLUG}", headers={"Authorization": f"Basic {basic}"}).status_code == 200
        assert client.get(f"/project/{SLUG}", params={"circle-token": token}).status_code == 200
        assert client.get(f"/project/{SLUG}", params={"circle-token": "wrong"}).status_code == 401
    assert ("circle-token", "<redacted>") in fake.requests[-2].query
    assert all(token not in repr(r) for r in fake.requests)


@pytest.mark.anyio
async def test_unknown_routes_are_404_and_unserved_methods_405(front: Front, kind: str) -> None:
    async with open_client(front, kind, max_retries=0) as client:
        with pytest.raises(NotFoundError) as unknown:
            await done(client.request("GET", "/no/such/thing"))
        assert unknown.value.body == {"message": "Not found"}
        with pytest.raises(APIStatusError) as wrong_method:
            await done(client.request("PUT", "/context"))
    assert wrong_method.value.status_code == 405
    assert wrong_method.value.body == {
        "message": "Method PUT is not allowed here; this path serves GET, POST"
    }


def test_outside_the_api_prefix_is_404(raw: httpx.Client) -> None:
    response = raw.get("https://circleci.fake.invalid/api/v1.1/me")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found"}


def test_ids_are_uuids_and_timestamps_rfc3339(raw: httpx.Client, project: Project) -> None:
    context = raw.post("/context", json={"name": "c", "owner": {"id": project.org.id}}).json()
    assert uuid.UUID(context["id"]).version == 4
    assert str(uuid.UUID(context["id"])) == context["id"]
    assert RFC3339_UTC.fullmatch(context["created_at"]), context["created_at"]
