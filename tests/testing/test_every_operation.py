"""Every operation of the vendored document against the fake: a valid call, a bad call, and (where
the API keeps state) the state seen through a second operation.

Valid calls and state are scenarios per API tag (``SCENARIOS`` says which operations each one
answers with 2xx); bad calls are table-driven from the spec (a malformed parameter, a body of the
wrong type, an unknown resource, or no token) and must get a status the operation documents.
Every answer is validated against the built spec by the ``fake`` fixture (jsonschema), besides the
fake's own check.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from circleci_api.testing import FakeCircleCI
from circleci_api_generated._operations import OPERATIONS
from circleci_api_generated._requests import REQUESTS

from .support import Front, SpecCheckedFake, collect, done, open_client
from .test_operations import NEW_IN_2026_08

SLUG = "gh/acme/api"
#: Operations of the vendored document still without a handler (none: all 115 answer).  The test
#: below fails for a missing handler and for a stale entry alike.
AWAITING_HANDLERS: frozenset[str] = frozenset()


class World:
    """A fake with one organization, project, context and finished runs, and a raw client."""

    def __init__(self, fake: SpecCheckedFake, raw: httpx.Client) -> None:
        self.fake = fake
        self.raw = raw
        self.project = fake.add_project(SLUG)
        self.org = self.project.org

    def ok(self, method: str, path: str, expect: int = 200, **kwargs: Any) -> Any:
        response = self.raw.request(method, path, **kwargs)
        assert response.status_code == expect, (method, path, response.status_code, response.text)
        return response.json() if response.content else None


@pytest.fixture
def raw(fake: FakeCircleCI) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"Circle-Token": fake.token}
    ) as client:
        yield client


@pytest.fixture
def world(fake: SpecCheckedFake, raw: httpx.Client) -> World:
    return World(fake, raw)


# --------------------------------------------------------------------------- scenarios


def contexts(w: World) -> None:
    ctx = w.ok("POST", "/context", json={"name": "deploy", "owner": {"id": w.org.id}})
    env = w.ok("PUT", f"/context/{ctx['id']}/environment-variable/TOKEN", json={"value": "s3cr3t-value"})
    assert env["variable"] == "TOKEN"
    w.ok("PUT", f"/context/{ctx['id']}/environment-variable/OTHER", json={"value": "x"})
    listed = w.ok("GET", f"/context/{ctx['id']}/environment-variable")
    assert [v["variable"] for v in listed["items"]] == ["OTHER", "TOKEN"]
    assert "s3cr3t-value" not in str(listed)
    assert "value" not in listed["items"][0]
    w.ok("DELETE", f"/context/{ctx['id']}/environment-variable/OTHER")
    listed = w.ok("GET", f"/context/{ctx['id']}/environment-variable")
    assert [v["variable"] for v in listed["items"]] == ["TOKEN"]


def projects(w: World) -> None:
    created = w.ok("POST", f"/organization/{w.org.id}/project", json={"name": "web"})
    assert created["slug"] == "gh/acme/web"
    assert w.ok("GET", "/project/gh/acme/web")["id"] == created["id"]
    w.ok("POST", "/project/gh/acme/web/envvar", 201, json={"name": "API_KEY", "value": "abcdef123456"})
    got = w.ok("GET", "/project/gh/acme/web/envvar/API_KEY")
    assert got["value"] == "xxxx3456"  # masked as CircleCI masks: xxxx and the last four characters
    assert [v["name"] for v in w.ok("GET", "/project/gh/acme/web/envvar")["items"]] == ["API_KEY"]
    w.ok("DELETE", "/project/gh/acme/web/envvar/API_KEY")
    assert w.ok("GET", "/project/gh/acme/web/envvar")["items"] == []
    key = w.ok("POST", "/project/gh/acme/web/checkout-key", 201, json={"type": "deploy-key"})
    assert key["preferred"] is True
    assert w.ok("GET", f"/project/gh/acme/web/checkout-key/{key['fingerprint']}") == key
    second = w.ok("POST", "/project/gh/acme/web/checkout-key", 201, json={"type": "user-key"})
    keys = w.ok("GET", "/project/gh/acme/web/checkout-key")["items"]
    assert [(k["fingerprint"], k["preferred"]) for k in keys] == [
        (key["fingerprint"], False),
        (second["fingerprint"], True),
    ]
    w.ok("DELETE", f"/project/gh/acme/web/checkout-key/{key['fingerprint']}")
    assert len(w.ok("GET", "/project/gh/acme/web/checkout-key")["items"]) == 1
    w.ok("DELETE", "/project/gh/acme/web")
    assert w.raw.get("/project/gh/acme/web").status_code == 404


def schedules(w: World) -> None:
    timetable = {"per-hour": 1, "hours-of-day": [3], "days-of-week": ["MON", "FRI"]}
    body = {
        "name": "nightly",
        "timetable": timetable,
        "attribution-actor": "current",
        "parameters": {"deploy": False},
    }
    made = w.ok("POST", f"/project/{SLUG}/schedule", 201, json=body)
    assert w.ok("GET", f"/schedule/{made['id']}")["timetable"] == timetable
    changed = w.ok("PATCH", f"/schedule/{made['id']}", json={"timetable": {"hours-of-day": [4, 5]}})
    assert changed["timetable"]["hours-of-day"] == [4, 5]
    listed = w.ok("GET", f"/project/{SLUG}/schedule")["items"]
    assert [(s["id"], s["timetable"]["hours-of-day"]) for s in listed] == [(made["id"], [4, 5])]
    w.ok("DELETE", f"/schedule/{made['id']}")
    assert w.ok("GET", f"/project/{SLUG}/schedule")["items"] == []


def oidc(w: World) -> None:
    base = f"/org/{w.org.id}"
    assert w.ok("GET", f"{base}/oidc-custom-claims") == {"org_id": w.org.id}
    w.ok("PATCH", f"{base}/oidc-custom-claims", json={"audience": ["sts.amazonaws.com"], "ttl": "1h"})
    got = w.ok("GET", f"{base}/oidc-custom-claims")
    assert (got["audience"], got["ttl"]) == (["sts.amazonaws.com"], "1h")
    project = f"{base}/project/{w.project.id}/oidc-custom-claims"
    w.ok("PATCH", project, json={"ttl": "30m"})
    assert w.ok("GET", project)["ttl"] == "30m"
    assert "ttl" not in w.ok("DELETE", project, params={"claims": "ttl"})
    assert "ttl" not in w.ok("GET", project)
    w.ok("DELETE", f"{base}/oidc-custom-claims", params={"claims": "audience"})
    assert "audience" not in w.ok("GET", f"{base}/oidc-custom-claims")
    assert w.ok("GET", f"{base}/oidc-custom-claims")["ttl"] == "1h"  # org and project are separate


def organizations(w: World) -> None:
    org = w.ok("POST", "/organization", 201, json={"name": "newco", "vcs_type": "circleci"})
    entry = {"name": "internal", "prefix": "https://orbs.example.com/", "auth": "none"}
    made = w.ok("POST", f"/organization/{org['id']}/url-orb-allow-list", json=entry)
    listed = w.ok("GET", f"/organization/{org['id']}/url-orb-allow-list")["items"]
    assert listed == [{"id": made["id"], **entry}]
    w.ok("DELETE", f"/organization/{org['id']}/url-orb-allow-list/{made['id']}")
    assert w.ok("GET", f"/organization/{org['id']}/url-orb-allow-list")["items"] == []
    assert w.ok("GET", f"/organization/{org['id']}") == org
    assert w.ok("GET", "/organization/circleci/newco") == org
    w.ok("DELETE", f"/organization/{org['id']}", 202)
    assert w.raw.get(f"/organization/{org['id']}/url-orb-allow-list").status_code == 404
    group = w.ok("POST", f"/organizations/{w.org.id}/groups", 201, json={"name": "devs", "description": "d"})
    assert w.ok("GET", f"/organizations/{w.org.id}/groups/{group['id']}") == group
    assert w.ok("GET", f"/organizations/{w.org.id}/groups") == {
        "items": [group],
        "next_page_token": None,
        "total_count": 1,
    }
    w.ok("DELETE", f"/organizations/{w.org.id}/groups/{group['id']}")
    assert w.ok("GET", f"/organizations/{w.org.id}/groups")["total_count"] == 0
    me = w.ok("GET", "/me")
    assert w.ok("GET", f"/user/{me['id']}") == me


def pipelines(w: World) -> None:
    made = w.ok("POST", f"/project/{SLUG}/pipeline", 201, json={"branch": "dev", "parameters": {"n": 1}})
    by_number = w.ok("GET", f"/project/{SLUG}/pipeline/{made['number']}")
    assert (by_number["id"], by_number["vcs"]["branch"]) == (made["id"], "dev")
    assert "version: 2.1" in w.ok("GET", f"/pipeline/{made['id']}/config")["source"]
    values = w.ok("GET", f"/pipeline/{made['id']}/values")
    assert (values["pipeline.git.branch"], values["pipeline.parameters.n"]) == ("dev", 1)
    assert [p["id"] for p in w.ok("GET", f"/project/{SLUG}/pipeline/mine")["items"]] == [made["id"]]
    assert [p["id"] for p in w.ok("GET", "/pipeline", params={"org-slug": "gh/acme"})["items"]] == [
        made["id"]
    ]
    key = w.fake.pipeline(made["id"]).continuation_key
    w.ok("POST", "/pipeline/continue", json={"continuation-key": key, "configuration": "version: 2.1\n"})
    assert w.ok("GET", f"/pipeline/{made['id']}/config")["source"] == "version: 2.1\n"
    again = w.raw.post("/pipeline/continue", json={"continuation-key": key, "configuration": "x"})
    assert again.status_code == 400


def workflows_and_jobs(w: World) -> None:
    failed = w.fake.add_run(SLUG, "failure")
    workflow = failed.workflows[0]
    test_job = workflow.jobs["test"]
    details = w.ok("GET", f"/project/{SLUG}/job/{test_job.number}")
    assert (details["status"], details["latest_workflow"]["id"]) == ("failed", workflow.id)
    assert details["duration"] == 60_000
    tests = w.ok("GET", f"/project/{SLUG}/{test_job.number}/tests")["items"]
    assert [t["result"] for t in tests] == ["success", "success", "failure"]
    assert w.ok("GET", f"/jobs/{test_job.id}")["status"] == "failed"
    w.fake.script_run("success")
    rerun = w.ok("POST", f"/workflow/{workflow.id}/rerun", 202, json={"from_failed": True})
    assert [wf["id"] for wf in w.ok("GET", f"/pipeline/{failed.id}/workflow")["items"]] == [
        workflow.id,
        rerun["workflow_id"],
    ]
    w.ok("POST", f"/workflow/{rerun['workflow_id']}/cancel", 202)
    assert w.ok("GET", f"/workflow/{rerun['workflow_id']}")["status"] == "canceled"
    w.fake.script_run("success", hidden_polls=0)
    run = w.ok("POST", f"/project/{SLUG}/pipeline/run", 201, json={})
    running = w.fake.pipeline(run["id"]).workflows[0]
    w.ok("POST", f"/project/{SLUG}/job/{running.jobs['build'].number}/cancel")
    assert w.ok("GET", f"/workflow/{running.id}")["status"] == "canceled"
    w.fake.script_run("success", hidden_polls=0)
    run = w.ok("POST", f"/project/{SLUG}/pipeline/run", 201, json={})
    running = w.fake.pipeline(run["id"]).workflows[0]
    w.ok("POST", f"/jobs/{running.jobs['build'].id}/cancel")
    jobs = w.ok("GET", f"/workflow/{running.id}/job")["items"]
    assert {j["status"] for j in jobs} == {"canceled"}


def insights(w: World) -> None:
    for index in range(50):  # 40 successes, 10 failures, every fifth run fails
        w.fake.add_run(SLUG, "failure" if index % 5 == 4 else "success")
    w.fake.add_run(SLUG, "success", branch="feature")
    name = "build-and-test"
    summary = w.ok("GET", f"/insights/{SLUG}/workflows/{name}/summary")["metrics"]
    assert (summary["total_runs"], summary["successful_runs"], summary["failed_runs"]) == (50, 40, 10)
    assert summary["success_rate"] == pytest.approx(0.8)
    all_branches = w.ok("GET", f"/insights/{SLUG}/workflows/{name}/summary", params={"all-branches": "true"})
    assert all_branches["metrics"]["total_runs"] == 51
    metrics = w.ok("GET", f"/insights/{SLUG}/workflows")["items"]
    assert [(m["name"], m["metrics"]["success_rate"]) for m in metrics] == [(name, pytest.approx(0.8))]
    runs = w.ok("GET", f"/insights/{SLUG}/workflows/{name}")
    assert len(runs["items"]) == 20
    assert runs["next_page_token"]
    statuses = [r["status"] for r in runs["items"]]
    assert statuses.count("failed") == 4  # newest first: runs 49..30
    jobs = w.ok("GET", f"/insights/{SLUG}/workflows/{name}/jobs")["items"]
    assert {j["name"]: j["metrics"]["failed_runs"] for j in jobs} == {"build": 0, "test": 10}
    series = w.ok("GET", f"/insights/time-series/{SLUG}/workflows/{name}/jobs")["items"]
    assert sum(i["metrics"]["total_runs"] for i in series if i["name"] == "test") == 50
    flaky = w.ok("GET", f"/insights/{SLUG}/flaky-tests")
    assert [(t["test_name"], t["times_flaked"]) for t in flaky["flaky_tests"]] == [
        ("test_checkout_retries", 10)
    ]
    tests = w.ok("GET", f"/insights/{SLUG}/workflows/{name}/test-metrics")
    assert tests["total_test_runs"] == 150
    assert tests["most_failed_tests"][0]["failed_runs"] == 10
    assert w.ok("GET", f"/insights/{SLUG}/branches")["branches"] == ["feature", "main"]
    org = w.ok("GET", "/insights/gh/acme/summary")
    assert org["org_data"]["metrics"]["total_runs"] == 51
    assert org["org_data"]["metrics"]["success_rate"] == pytest.approx(41 / 51)
    page = w.ok("GET", f"/insights/pages/{SLUG}/summary")
    assert page["all_branches"] == ["feature", "main"]
    assert page["project_data"]["metrics"]["total_runs"] == 51


def policies(w: World) -> None:
    base = f"/owner/{w.org.id}/context/config"
    policy = "package org\npolicy_name['no_latest']\nhard_fail['no_latest']\n# fake-deny: :latest\n"
    dry = w.ok(
        "POST", f"{base}/policy-bundle", params={"dry": "true"}, json={"policies": {"no_latest": policy}}
    )
    assert dry["created"] == ["no_latest"]
    assert w.ok("GET", f"{base}/policy-bundle") == {}
    w.ok("POST", f"{base}/policy-bundle", 201, json={"policies": {"no_latest": policy}})
    assert w.ok("GET", f"{base}/policy-bundle/no_latest")["content"] == policy
    bundle = w.ok("GET", f"{base}/policy-bundle")
    assert list(bundle) == ["no_latest"]
    denied = w.ok("POST", f"{base}/decision", json={"input": "image: node:latest"})
    assert denied["status"] == "HARD_FAIL"
    assert w.ok("POST", f"{base}/decision", json={"input": "image: node:20"})["status"] == "PASS"
    logs = w.ok("GET", f"{base}/decision")
    assert [log["decision"]["status"] for log in logs] == ["PASS", "HARD_FAIL"]
    assert w.ok("GET", f"{base}/decision/{logs[1]['id']}")["decision"] == denied
    assert w.ok("GET", f"{base}/decision/{logs[1]['id']}/policy-bundle") == bundle
    assert w.ok("PATCH", f"{base}/decision/settings", json={"enabled": False}) == {"enabled": False}
    assert w.ok("GET", f"{base}/decision/settings") == {"enabled": False}
    assert w.raw.post(f"{base}/decision", json={"input": "x"}).status_code == 400


def deploys(w: World) -> None:
    env_id = w.fake.add_deploy_environment("gh/acme", "production", description="live")
    component_id = w.fake.add_deploy_component(SLUG, "api")
    w.fake.record_deploy(component_id, env_id, "1.0.0")
    w.fake.record_deploy(component_id, env_id, "1.1.0")
    envs = w.ok("GET", "/deploy/environments", params={"org-id": w.org.id, "page-size": 10})["items"]
    assert [e["id"] for e in envs] == [env_id]
    assert w.ok("GET", f"/deploy/environments/{env_id}")["description"] == "live"
    comps = w.ok("GET", "/deploy/components", params={"org-id": w.org.id, "page-size": 10})["items"]
    assert [c["release_count"] for c in comps] == [2]
    assert w.ok("GET", f"/deploy/components/{component_id}")["name"] == "api"
    versions = w.ok("GET", f"/deploy/components/{component_id}/versions")["items"]
    assert [(v["name"], v["is_live"]) for v in versions] == [("1.1.0", True), ("1.0.0", False)]
    body = {
        "component_name": "api",
        "current_version": "1.1.0",
        "environment_name": "production",
        "target_version": "1.0.0",
    }
    rolled = w.ok("POST", f"/projects/{w.project.id}/rollback", 202, json=body)
    pipeline = w.ok("GET", f"/pipeline/{rolled['id']}")
    assert pipeline["trigger_parameters"]["rollback_version"] == "1.0.0"


def otel(w: World) -> None:
    body = {
        "org_id": w.org.id,
        "endpoint": "otel.example.com:4317",
        "protocol": "grpc",
        "headers": {"k": "v"},
    }
    made = w.ok("POST", "/otel/exporters", 201, json=body)
    assert made["headers"] == {"k": "xxxx"}
    assert w.ok("GET", "/otel/exporters", params={"org-id": w.org.id}) == [made]
    assert w.ok("DELETE", f"/otel/exporters/{made['id']}", 204) is None
    assert w.ok("GET", "/otel/exporters", params={"org-id": w.org.id}) == []


SCENARIOS: dict[str, tuple[Callable[[World], None], frozenset[str]]] = {
    "contexts": (
        contexts,
        frozenset(
            {
                "addEnvironmentVariableToContext",
                "listEnvironmentVariablesFromContext",
                "deleteEnvironmentVariableFromContext",
            }
        ),
    ),
    "projects": (
        projects,
        frozenset(
            {
                "createProject",
                "deleteProjectBySlug",
                "createEnvVar",
                "getEnvVar",
                "listEnvVars",
                "deleteEnvVar",
                "createCheckoutKey",
                "getCheckoutKey",
                "listCheckoutKeys",
                "deleteCheckoutKey",
            }
        ),
    ),
    "schedules": (
        schedules,
        frozenset(
            {
                "createSchedule",
                "getScheduleById",
                "updateSchedule",
                "listSchedulesForProject",
                "deleteScheduleById",
            }
        ),
    ),
    "oidc": (
        oidc,
        frozenset(
            {"GetOrgClaims", "PatchOrgClaims", "DeleteOrgClaims", "GetProjectClaims", "PatchProjectClaims"}
            | {"DeleteProjectClaims"}
        ),
    ),
    "organizations": (
        organizations,
        frozenset(
            {
                "createOrganization",
                "getOrganization",
                "deleteOrganization",
                "createURLOrbAllowListEntry",
                "listURLOrbAllowListEntries",
                "removeURLOrbAllowListEntry",
                "createOrganizationGroup",
                "getGroup",
                "getOrganizationGroups",
                "deleteGroup",
                "getUser",
            }
        ),
    ),
    "pipelines": (
        pipelines,
        frozenset(
            {
                "triggerPipeline",
                "getPipelineByNumber",
                "getPipelineConfigById",
                "getPipelineValuesById",
                "listMyPipelines",
                "listPipelines",
                "continuePipeline",
            }
        ),
    ),
    "workflows_and_jobs": (
        workflows_and_jobs,
        frozenset(
            {
                "getJobDetails",
                "getTests",
                "getJob",
                "rerunWorkflow",
                "cancelWorkflow",
                "cancelJobByJobNumber",
                "cancelJobByJobID",
            }
        ),
    ),
    "insights": (
        insights,
        frozenset(
            {
                "getWorkflowSummary",
                "getProjectWorkflowMetrics",
                "getProjectWorkflowRuns",
                "getProjectWorkflowJobMetrics",
                "getJobTimeseries",
                "getFlakyTests",
                "getProjectWorkflowTestMetrics",
                "getAllInsightsBranches",
                "getOrgSummaryData",
                "getProjectWorkflowsPageData",
            }
        ),
    ),
    "policies": (
        policies,
        frozenset(
            {
                "CreatePolicyBundle",
                "GetPolicyBundle",
                "GetPolicyDocument",
                "MakeDecision",
                "GetDecisionLogs",
                "GetDecisionLog",
                "GetDecisionLogPolicyBundle",
                "GetDecisionSettings",
                "SetDecisionSettings",
            }
        ),
    ),
    "deploys": (
        deploys,
        frozenset(
            {"listEnvironments", "getEnvironment", "listComponents", "getComponent", "listComponentVersions"}
            | {"rollbackProject"}
        ),
    ),
    "otel": (otel, frozenset({"listOtelExporters", "createOtelExporter", "deleteOtelExporter"})),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_valid_calls_and_state(name: str, world: World, fake: SpecCheckedFake) -> None:
    scenario, operations = SCENARIOS[name]
    vendored = operations & set(OPERATIONS)
    if not vendored:
        pytest.skip(f"the vendored document has none of {sorted(operations)}")
    scenario(world)
    answered = {r.operation_id for r in fake.requests if 200 <= r.status < 300}
    assert vendored <= answered, sorted(vendored - answered)


def test_every_vendored_operation_has_a_handler_and_a_test() -> None:
    fake = FakeCircleCI()
    missing = set(OPERATIONS) - fake.implemented_operations
    assert missing == AWAITING_HANDLERS, "operations of the vendored document without a handler"
    from .test_operations import HELPER_READS, SEED_OPERATIONS

    other = {
        "getCurrentUser",
        "getCollaborations",
        "getProjectBySlug",
        "createContext",
        "listContexts",
        "getContext",
        "deleteContext",
        "getWorkflowById",
        "listPipelinesForProject",
        # test_operations.py::test_the_other_implemented_operations and tests/webhooks
        "createWebhook",
        "updateWebhook",
        "getWebhookById",
        "getWebhooks",
        "deleteWebhook",
    }
    tested = (
        set().union(*(ops for _scenario, ops in SCENARIOS.values())) | SEED_OPERATIONS | HELPER_READS | other
    )
    assert set(OPERATIONS) - AWAITING_HANDLERS - tested == set(), "operations without a valid-call test"


def test_every_handler_answers_an_operation_of_the_vendored_document() -> None:
    from circleci_api.testing._fake import all_routes

    written = {route.operation_id for route in all_routes()}
    assert written - set(OPERATIONS) == set(), "a handler for an operation the document does not have"
    assert FakeCircleCI().implemented_operations >= NEW_IN_2026_08


def test_the_2026_08_operations_answer_through_the_routing(world: World) -> None:
    run = world.fake.add_run(SLUG, "failure")
    workflow = run.workflows[0]
    job = workflow.jobs["test"]
    got = world.ok("GET", f"/jobs/{job.id}")
    assert got == {
        "id": job.id,
        "name": "test",
        "type": "build",
        "status": "failed",
        "project_id": world.project.id,
        "pipeline_id": run.id,
        "workflow_id": workflow.id,
        "job_number": job.number,
        "started_at": got["started_at"],
        "stopped_at": got["stopped_at"],
    }
    listed = world.ok("GET", f"/workflow/{workflow.id}/job")["items"]
    assert {j["id"]: j["status"] for j in listed}[job.id] == got["status"]
    assert world.raw.get(f"/jobs/{uuid.uuid4()}").json()["message"] == "Job not found"
    org = world.ok("GET", "/organization/gh/acme")
    assert org == {"id": world.org.id, "name": "acme", "slug": "gh/acme", "vcs_type": "github"}
    assert world.ok("GET", f"/organization/{world.org.id}") == org
    assert world.ok("GET", "/organization/gh%2Facme") == org
    exporter = {"org_id": world.org.id, "endpoint": "otel:4317", "protocol": "grpc"}
    made = world.ok("POST", "/otel/exporters", 201, json=exporter)
    assert made == {**exporter, "id": made["id"], "insecure": False, "headers": {}, "issues": []}
    assert world.ok("GET", "/otel/exporters", params={"org-id": world.org.id}) == [made]
    assert world.ok("DELETE", f"/otel/exporters/{made['id']}", 204) is None
    assert world.ok("GET", "/otel/exporters", params={"org-id": world.org.id}) == []
    gone = world.raw.delete(f"/otel/exporters/{made['id']}")
    assert (gone.status_code, gone.json()["message"]) == (404, "OTel exporter not found")


# --------------------------------------------------------------------------- bad calls


def _sample_path(operation_id: str, world: World, broken: str | None) -> str:
    path = OPERATIONS[operation_id].path
    for param in REQUESTS[operation_id].params:
        if param.location != "path":
            continue
        if param.name == broken:
            value = "not-a-uuid" if param.format == "uuid" else "no-such-thing"
        elif param.name == "project-slug":
            value = SLUG
        elif param.name in ("org-slug", "org-slug-or-id"):
            value = "gh/acme"
        elif param.name in ("orgID", "ownerID", "org_id"):
            value = world.org.id
        elif param.name in ("projectID", "project_id"):
            value = world.project.id
        elif param.enum:
            value = param.enum[0]
        elif param.format == "uuid":
            value = str(uuid.UUID(int=7, version=4))
        elif param.name in ("job-number", "pipeline-number"):
            value = "999"
        elif param.name == "context":
            value = "config"
        else:
            value = "missing-thing"
        path = path.replace("{" + param.name + "}", value)
    return path


def _bad_request(operation_id: str, world: World) -> tuple[httpx.Request, str]:
    """A request the fake must refuse, and why."""
    facts = REQUESTS[operation_id]
    method = OPERATIONS[operation_id].method
    uuids = [p for p in facts.params if p.location == "path" and p.format == "uuid"]
    if uuids:
        return world.raw.build_request(
            method, _sample_path(operation_id, world, uuids[0].name)
        ), "malformed id"
    required = [p for p in facts.params if p.location == "query" and p.required]
    path = _sample_path(operation_id, world, None)
    if required:
        return world.raw.build_request(method, path), "missing query parameter"
    typed = [
        p for p in facts.params if p.location == "query" and (p.enum or p.type in ("boolean", "integer"))
    ]
    if typed:
        return world.raw.build_request(method, path, params={typed[0].name: "not-valid"}), "bad query value"
    if method in ("POST", "PUT", "PATCH") and _takes_body(operation_id):
        return world.raw.build_request(method, path, json=["not", "an", "object"]), "body of the wrong type"
    names = [p.name for p in facts.params if p.location == "path"]
    if names:
        broken = _sample_path(operation_id, world, names[-1])
        return world.raw.build_request(method, broken), "unknown resource"
    return world.raw.build_request(method, path, headers={"Circle-Token": "wrong"}), "wrong token"


def _takes_body(operation_id: str) -> bool:
    from circleci_api.testing._validation import body_model

    return body_model(operation_id) is not None


@pytest.mark.parametrize("operation_id", sorted(set(OPERATIONS) - AWAITING_HANDLERS))
def test_bad_calls_get_a_documented_error(operation_id: str, world: World) -> None:
    request, why = _bad_request(operation_id, world)
    response = world.raw.send(request)
    statuses = REQUESTS[operation_id].statuses
    assert 400 <= response.status_code < 500, (why, response.status_code, response.text)
    assert str(response.status_code) in statuses or "default" in statuses, (why, response.status_code)
    assert response.status_code != 422 or "422" in statuses
    assert response.json()["message"], why
    assert world.fake.requests[-1].operation_id == operation_id


# --------------------------------------------------------------------------- edges


def test_rate_limits_run_on_the_fake_clock(fake: SpecCheckedFake, raw: httpx.Client) -> None:
    project = fake.add_project(SLUG)
    fake.rate_limit(operation="getUsageExport")  # CircleCI's 10 per hour
    end = fake.store.now().replace(microsecond=0)
    job = raw.post(
        f"/organizations/{project.org.id}/usage_export_job",
        json={"start": (end - dt.timedelta(days=1)).isoformat(), "end": end.isoformat()},
    ).json()
    url = f"/organizations/{project.org.id}/usage_export_job/{job['usage_export_job_id']}"
    answers = [raw.get(url) for _ in range(11)]
    assert [a.status_code for a in answers] == [200] * 10 + [429]
    assert answers[9].headers["ratelimit-remaining"] == "0"
    limited = answers[10]
    assert limited.headers["retry-after"] == "3600"
    assert (limited.headers["ratelimit-limit"], limited.headers["ratelimit-remaining"]) == ("10", "0")
    assert "10 requests per hour" in limited.json()["message"]
    fake.advance(3599)
    assert raw.get(url).status_code == 429
    fake.advance(1)
    assert raw.get(url).status_code == 200
    with pytest.raises(ValueError, match="no default limit"):
        fake.rate_limit(operation="getProjectBySlug")
    fake.rate_limit(operation="getProjectBySlug", per_hour=2)
    assert [raw.get(f"/project/{SLUG}").status_code for _ in range(3)] == [200, 200, 429]


def test_page_size_is_configurable_and_pages_end_with_null(spec_responses: Any) -> None:
    fake = SpecCheckedFake(spec_responses, page_size=3)
    project = fake.add_project(SLUG)
    for _ in range(7):
        fake.add_run(SLUG)
    with fake.client() as client:
        pages = client.pipelines.list_for_project(SLUG)
        first = pages.first_page()
        assert len(first.items) == 3
        assert first.next_page_token
        assert len(list(client.pipelines.list_for_project(SLUG))) == 7
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"Circle-Token": fake.token}
    ) as raw:
        token = None
        sizes = []
        while True:
            answer = raw.get(
                f"/project/{SLUG}/pipeline", params={"page-token": token} if token else {}
            ).json()
            sizes.append(len(answer["items"]))
            token = answer["next_page_token"]
            if token is None:
                break
        assert sizes == [3, 3, 1]
        assert raw.get(f"/project/{SLUG}/pipeline", params={"page-token": "forged"}).status_code == 400
    assert project.pipeline_count == 7
    assert fake.problems == []


@pytest.mark.parametrize("method", ["HEAD", "TRACE", "OPTIONS", "BREW"])
def test_served_fake_answers_any_method_with_json(method: str, fake: SpecCheckedFake) -> None:
    fake.add_project(SLUG)
    with fake.serve() as server, httpx.Client(base_url=server.base_url) as http:
        response = http.request(method, f"/project/{SLUG}", headers={"Circle-Token": fake.token})
        unknown = http.request(method, "/no/such/path")
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/json"
    assert response.headers["allow"] == "DELETE, GET, POST"  # createProjectFromVcs shares the path
    assert unknown.status_code == 404
    if method != "HEAD":
        assert response.json()["message"].startswith(f"Method {method} is not allowed")
        assert unknown.json() == {"message": "Not found"}


def test_one_fake_host_in_process(fake: SpecCheckedFake) -> None:
    fake.add_project(SLUG)
    assert fake.base_url == "https://circleci.fake.invalid/api/v2"
    with fake.client(max_retries=0) as client:
        assert client.base_url == fake.base_url
    with httpx.Client(transport=fake.transport(), headers={"Circle-Token": fake.token}) as http:
        elsewhere = http.get(f"https://circleci.com/api/v2/project/{SLUG}")
        here = http.get(f"{fake.base_url}/project/{SLUG}")
    assert elsewhere.status_code == 404
    assert "https://circleci.fake.invalid/api/v2" in elsewhere.json()["message"]
    assert here.status_code == 200


# --------------------------------------------------------------------------- through the client


@pytest.mark.anyio
async def test_state_through_the_client(front: Front, kind: str) -> None:
    """A user's script on both clients, in process and over HTTP: secrets stay masked, schedules
    and claims read back, finished runs show in job details and insights, a rerun is readable."""
    fake = front.fake
    project = fake.add_project(SLUG)
    for index in range(10):
        fake.add_run(SLUG, "failure" if index in (3, 7) else "success")
    async with open_client(front, kind) as client:
        await done(client.projects.env_vars.create(SLUG, name="DEPLOY_KEY", value="hunter2-long"))
        got = await done(client.projects.env_vars.get(SLUG, "DEPLOY_KEY"))
        assert got.value == "xxxxlong"
        assert [v.name for v in await collect(client.projects.env_vars.list(SLUG))] == ["DEPLOY_KEY"]
        context = await done(client.contexts.create(name="prod", owner={"id": project.org.id}))
        await done(client.contexts.env_vars.set(context.id, "TOKEN", value="secret"))
        await done(client.contexts.env_vars.set(context.id, "TOKEN", value="rotated"))  # update in place
        variables = await collect(client.contexts.env_vars.list(context.id))
        assert [v.variable for v in variables] == ["TOKEN"]
        assert "rotated" not in str(variables[0].raw_json)
        made = await done(
            client.schedules.create(
                SLUG,
                name="nightly",
                timetable={"per-hour": 2, "hours-of-day": [1, 2], "days-of-month": [1, 15]},
                attribution_actor="system",
                parameters={"nightly": True},
            )
        )
        assert (await done(client.schedules.get(made.id))).parameters == {"nightly": True}
        await done(client.oidc.org_claims.update(project.org.id, audience=["aud"], ttl="2h"))
        assert (await done(client.oidc.org_claims.get(project.org.id))).ttl == "2h"
        pipeline = await done(client.pipelines.get_by_number(SLUG, 4))
        workflow = (await collect(client.pipelines.workflows(pipeline.id)))[0]
        assert workflow.status == "failed"
        jobs = {j.name: j for j in await collect(client.workflows.jobs(workflow.id))}
        details = await done(client.jobs.get(SLUG, jobs["test"].job_number))
        assert details.status == "failed"
        failing = [
            t.name
            for t in await collect(client.jobs.tests(SLUG, jobs["test"].job_number))
            if t.result != "success"
        ]
        assert failing == ["test_checkout_retries"]
        summary = await done(client.insights.workflow_summary(SLUG, workflow.name))
        assert summary.metrics.success_rate == pytest.approx(0.8)
        rerun = await done(client.workflows.rerun(workflow.id, from_failed=True))
        again = await done(client.workflows.get(rerun.workflow_id))
        assert again.pipeline_id == pipeline.id
    assert fake.store.projects[project.id].env_vars["DEPLOY_KEY"][0] == "hunter2-long"
