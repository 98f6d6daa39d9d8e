"""Schemathesis (pinned in requirements/dev.txt) fuzzes the served fake with the fixed spec.

The fake runs on 127.0.0.1, seeded with a project, finished runs, a context, a pipeline definition,
a schedule and deploy data whose ids are given to Schemathesis as path parameters, so generated
calls reach the handlers instead of stopping at 404.  Positive and negative data, the examples,
coverage and fuzzing phases; the run fails on a server error, a status the spec does not document
for the operation, a wrong content type or a body that breaks the response schema.  Every operation
of the vendored document is included (those still without a handler are listed in
``AWAITING_HANDLERS`` and excluded until they land).  Time-boxed: a few examples per operation and
a hard timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from circleci_api.testing import FakeCircleCI, Project
from circleci_api_generated._operations import OPERATIONS

from .test_every_operation import AWAITING_HANDLERS

SLUG = "gh/acme/api"
EXAMPLES_PER_OPERATION = 20
TIMEOUT_SECONDS = 240
#: Operations that must get at least one 2xx answer (the seeded ids reach the handlers).
MIN_SUCCEEDED = 55
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def _definition(fake: FakeCircleCI, project: Project) -> str:
    repo = {"external_id": project.repo_external_id}
    with fake.client() as client:
        return client.pipeline_definitions.create(
            project.id,
            name="main",
            config_source={"provider": "github_app", "repo": repo, "file_path": ".circleci/config.yml"},
            checkout_source={"provider": "github_app", "repo": repo},
        ).id


def _throwaway(fake: FakeCircleCI) -> dict[str, dict[str, str]]:
    """Records only the destructive operations get, so the fuzzer's deletes keep the rest alive."""
    project = fake.add_project("gh/throwaway/old")
    with fake.client() as client:
        context = client.contexts.create(name="old", owner={"id": project.org.id, "type": "organization"})
    return {
        "deleteOrganization": {"org-slug-or-id": project.org.id},
        "deleteProjectBySlug": {"project-slug": project.slug},
        "deleteContext": {"context_id": context.id},
        "deletePipelineDefinition": {
            "project_id": project.id,
            "pipeline_definition_id": _definition(fake, project),
        },
        "getUser": {"id": fake.store.user_id},
    }


def _seed(fake: FakeCircleCI) -> dict[str, str]:
    """Records for the fuzzer to find, and the path parameter values that name them."""
    project = fake.add_project(SLUG)
    failed = fake.add_run(SLUG, "failure")
    fake.add_run(SLUG, "success")
    workflow = failed.workflows[0]
    env_id = fake.add_deploy_environment("gh/acme", "production")
    component_id = fake.add_deploy_component(SLUG, "api")
    fake.record_deploy(component_id, env_id, "1.0.0")
    with fake.client() as client:
        context = client.contexts.create(name="deploy", owner={"id": project.org.id, "type": "organization"})
    return {
        "project-slug": SLUG,
        "provider": "gh",
        "organization": "acme",
        "project": "api",
        "org-slug": "gh/acme",
        "org-slug-or-id": project.org.id,
        "orgID": project.org.id,
        "ownerID": project.org.id,
        "org_id": project.org.id,
        "projectID": project.id,
        "project_id": project.id,
        "context_id": context.id,
        "pipeline_definition_id": _definition(fake, project),
        "pipeline-id": failed.id,
        "id": workflow.id,
        "job-number": str(workflow.jobs["test"].number),
        "pipeline-number": str(failed.number),
        "workflow-name": workflow.name,
        "component_id": component_id,
        "environment_id": env_id,
    }


def _config(
    path: Path, parameters: dict[str, str], per_operation: dict[str, dict[str, str]], token: str
) -> Path:
    lines = ["[headers]", f'Circle-Token = "{token}"', "", "[parameters]"]
    lines += [f'"{name}" = "{value}"' for name, value in parameters.items()]
    for operation_id, values in per_operation.items():
        lines += ["", "[[operations]]", f'include-operation-id = "{operation_id}"', "[operations.parameters]"]
        lines += [f'"{name}" = "{value}"' for name, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_schemathesis_finds_nothing_against_the_served_fake(
    built_spec: dict[str, Any], tmp_path: Path
) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(built_spec), encoding="utf-8")
    fake = FakeCircleCI(seed=18)
    config = _config(tmp_path / "schemathesis.toml", _seed(fake), _throwaway(fake), fake.token)
    report = tmp_path / "report.json"
    excluded = [arg for op in sorted(AWAITING_HANDLERS) for arg in ("--exclude-operation-id", op)]
    with fake.serve() as server:
        command = [
            sys.executable,
            "-c",
            "from schemathesis.cli import schemathesis; schemathesis()",
            "--config-file",
            str(config),
            "run",
            str(spec),
            "--url",
            server.base_url,
            "--checks",
            CHECKS,
            "--mode",
            "all",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--seed",
            "18",
            "--workers",
            "1",
            "--no-shrink",
            "--suppress-health-check",
            "all",  # a loaded CI machine is slow; that is not the fake's fault
            "--request-timeout",
            "10",
            "--report",
            "json",
            "--report-json-path",
            str(report),
            *excluded,
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False, cwd=tmp_path
        )
    assert report.exists(), done.stdout[-4000:] + done.stderr[-2000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    expected = len(OPERATIONS) - len(AWAITING_HANDLERS & set(OPERATIONS))
    assert result["operations"]["tested"] == expected, result["operations"]
    assert result["operations"]["errored"] == 0, result["errors"]
    assert result["failures"] == [], done.stdout[-8000:]
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    assert result["test_cases"]["generated"] >= expected
    succeeded = {r.operation_id for r in fake.requests if 200 <= r.status < 300}
    print(
        f"schemathesis: {result['test_cases']['generated']} cases, {len(fake.requests)} requests, "
        f"{len(succeeded)} operations answered 2xx"
    )
    assert len(succeeded) >= MIN_SUCCEEDED, sorted(set(OPERATIONS) - succeeded)
