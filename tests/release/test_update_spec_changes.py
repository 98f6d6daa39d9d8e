"""``make update-spec`` applies CircleCI's kinds of change with no hand edits, classified for users.

Each synthetic change edits the vendored document the way CircleCI might, runs
``python -m tools.update_spec`` in a copy of the repository, and then checks the copy like CI would:
the regenerated package is what ``make generate`` makes from it (``tools.check_generated``), it
imports and works with the client, and the change report (kept as ``build/update-spec/report.json``)
classifies every change.  The real update from CircleCI's 2025-10-17 document to its 2026-08 one is
replayed from the two documents in ``../shared/reference/`` and must reproduce the committed files
byte for byte.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools import import_spec
from tools.update_spec import AUTO_TITLE, KEPT_TITLE, OBSOLETE_TITLE, STALE_TITLE

from .test_update_spec import INITIAL_CHANGELOG, run_update

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "openapi" / "circleci-v2.json"
REFERENCE = Path(os.environ.get("CIRCLECI_REFERENCE_DIR") or ROOT.parent / "shared" / "reference")
OLD_REFERENCE = REFERENCE / "circleci-openapi-v2.json"
NEW_REFERENCE = REFERENCE / "circleci-openapi-v2-2026-08.json"
JSON = "application/json"

pytestmark = pytest.mark.slow


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("tools", "openapi", "generated", "docs"):
        shutil.copytree(ROOT / name, root / name, ignore=skip)
    shutil.copy(ROOT / "generator-config.yaml", root / "generator-config.yaml")
    (root / "CHANGELOG.md").write_text(INITIAL_CHANGELOG, encoding="utf-8")
    return root


def vendored() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(VENDORED.read_text(encoding="utf-8"))
    del document[import_spec.PROVENANCE_KEY]
    return document


def update(checkout: Path, document: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """Run the update on ``document``; return the JSON change report.  Fails the test on any error."""
    source = tmp_path / "circleci.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_update(checkout, str(source), "--date", "2026-09-01")
    assert result.returncode == 0, result.stdout + result.stderr
    report: dict[str, Any] = json.loads((checkout / "build" / "update-spec" / "report.json").read_text())
    assert report["summary"] == result.stdout.splitlines()[0]
    return report


def passes_checks(checkout: Path, probe: str) -> str:
    """The updated copy's checks: generated/ is reproducible, and ``probe`` runs against it."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    regenerated = subprocess.run(
        [sys.executable, "-m", "tools.check_generated"],
        check=False,
        cwd=checkout,
        capture_output=True,
        text=True,
        env=env,
    )
    assert regenerated.returncode == 0, regenerated.stdout + regenerated.stderr
    script = (
        "import httpx, importlib, pkgutil, warnings\n"
        "import circleci_api_generated as g\n"
        "from circleci_api import CircleCI\n"
        "for info in pkgutil.walk_packages(g.__path__, 'circleci_api_generated.'):\n"
        "    importlib.import_module(info.name)\n"
        f"assert g.__file__.startswith({str(checkout)!r}), g.__file__\n" + probe
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(checkout / "generated")},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def changes(report: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(change["kind"], change["impact"], change["location"]) for change in report["changes"]}


def mock(body: str, status: int = 200) -> str:
    """Probe code: a strict client ``c`` answering every request with ``body``; requests in ``sent``."""
    return (
        "sent = []\n"
        "def answer(request):\n"
        "    sent.append(request)\n"
        f"    return httpx.Response({status}, content={body!r}.encode(), "
        "headers={'content-type': 'application/json'})\n"
        "transport = httpx.MockTransport(answer)\n"
        "c = CircleCI('t' * 20, strict=True, http_client=httpx.Client(transport=transport))\n"
    )


# ------------------------------------------------------------------ synthetic changes

ENTRY = {
    "type": "object",
    "properties": {"actor": {"type": "string"}, "at": {"type": "string", "format": "date-time"}},
}


def add_operations_with_inline_schemas(document: dict[str, Any]) -> None:
    document["paths"]["/context/{context_id}/audit"] = {
        "parameters": [{"name": "context_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {
            "operationId": "listContextAuditEntries",
            "tags": ["Context"],
            "description": "prose that the importer drops",
            "responses": {
                "200": {"description": "", "content": {JSON: {"schema": {"type": "array", "items": ENTRY}}}}
            },
        },
        "post": {
            "operationId": "createContextAuditEntry",
            "tags": ["Context"],
            "requestBody": {
                "required": True,
                "content": {JSON: {"schema": {"type": "object", "properties": {"note": {"type": "string"}}}}},
            },
            "responses": {
                "201": {
                    "description": "",
                    "content": {
                        JSON: {
                            "schema": {
                                "type": "object",
                                "required": ["id"],
                                "properties": {"id": {"type": "string"}, "note": {"type": "string"}},
                            }
                        }
                    },
                }
            },
        },
    }


def test_operations_added_with_inline_schemas(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    add_operations_with_inline_schemas(document)
    report = update(checkout, document, tmp_path)
    assert report["bump"] == "minor"
    assert report["counts"]["breaking"] == 0
    assert ("operation-added", "additive", "listContextAuditEntries") in changes(report)
    assert ("operation-added", "additive", "createContextAuditEntry") in changes(report)
    named = {note.split(" <- ")[0] for note in report["sections"][AUTO_TITLE]}
    assert named == {
        "ListContextAuditEntriesResponseItem",
        "CreateContextAuditEntryRequest",
        "CreateContextAuditEntryResponse",
    }
    out = passes_checks(
        checkout,
        mock('[{"actor": "ann", "at": "2026-09-01T10:00:00Z"}]')
        + "items = c.context.list_context_audit_entries('ctx')\n"
        "assert type(items[0]).__name__ == 'ListContextAuditEntriesResponseItem', items\n"
        "print(items[0].at.year, sent[0].url.raw_path.decode())\n",
    )
    assert out.split() == ["2026", "/api/v2/context/ctx/audit"]


def test_operations_removed(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    del document["paths"]["/deploy/environments/{environment_id}"]["get"]
    del document["paths"]["/deploy/components/{component_id}/versions"]["get"]
    report = update(checkout, document, tmp_path)
    assert report["bump"] == "major"
    removed = {
        (kind, impact, where) for kind, impact, where in changes(report) if kind == "operation-removed"
    }
    assert removed == {
        ("operation-removed", "breaking", "getEnvironment"),
        ("operation-removed", "breaking", "listComponentVersions"),
    }
    # the page-token fix named listComponentVersions: reported for pruning, not fatal
    assert any(
        "130-page-token" in note and "listComponentVersions" in note
        for note in report["sections"][STALE_TITLE]
    )
    assert report["sections"][OBSOLETE_TITLE] == []
    passes_checks(
        checkout,
        "c = CircleCI('t' * 20)\n"
        "assert not hasattr(c.deploy.environments, 'get')\n"
        "assert not hasattr(c.deploy.components, 'list_versions')\n"
        "assert callable(c.deploy.environments.list)\n",
    )


def test_enum_values_added_and_removed(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    status = document["components"]["schemas"]["workflow"]["properties"]["status"]
    status["enum"] = [value for value in status["enum"] if value != "not_run"] + ["paused"]
    report = update(checkout, document, tmp_path)
    assert changes(report) == {
        ("enum-value-removed", "breaking", "schema Workflow: status"),
        ("enum-value-added", "additive", "schema Workflow: status"),
    }
    assert report["bump"] == "major"
    workflow = {
        "id": "5034460f-c7c4-4c43-9457-de07e2029e7b",
        "name": "main",
        "status": "paused",
        "created_at": "2026-09-01T10:00:00Z",
        "stopped_at": None,
        "pipeline_id": "5034460f-c7c4-4c43-9457-de07e2029e7c",
        "pipeline_number": 3,
        "project_slug": "gh/acme/api",
        "started_by": "5034460f-c7c4-4c43-9457-de07e2029e7d",
    }
    out = passes_checks(
        checkout,
        mock(json.dumps(workflow)) + "w = c.workflows.get('5034460f-c7c4-4c43-9457-de07e2029e7b')\n"
        "from circleci_api_generated.models.workflow_status import WorkflowStatus\n"
        "print(w.status.value, w.status.is_known, sorted(m.value for m in WorkflowStatus))\n",
    )
    assert out.startswith("paused True [")
    assert "'not_run'" not in out


def test_a_path_variable_renamed(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    item = document["paths"].pop("/webhook/{webhook_id}")
    shared = copy.deepcopy(document["components"]["parameters"]["webhook_id"])
    shared["name"] = "webhook-id"
    for method in ("get", "put", "delete"):
        item[method]["parameters"] = [shared]
    document["paths"]["/webhook/{webhook-id}"] = item
    before = (checkout / "generated" / "circleci_api_generated" / "resources" / "webhooks.py").read_text()
    report = update(checkout, document, tmp_path)
    assert changes(report) == {
        ("path-variable-renamed", "refactor", f"{op} path parameter webhook_id")
        for op in ("getWebhookById", "updateWebhook", "deleteWebhook")
    }
    assert report["bump"] == "patch"
    assert report["counts"] == {"breaking": 0, "additive": 0, "other": 0, "refactor": 3}
    after = (checkout / "generated" / "circleci_api_generated" / "resources" / "webhooks.py").read_text()
    assert after == before.replace("{webhook_id}", "{webhook-id}")  # only the docstrings' paths moved
    out = passes_checks(
        checkout,
        mock('{"message": "ok"}')
        + "c.webhooks.delete(webhook_id='w-1')\nprint(sent[0].url.raw_path.decode())\n",
    )
    assert out.strip() == "/api/v2/webhook/w-1"


def test_an_inline_schema_replaced_by_an_equivalent_ref(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    response = document["paths"]["/organization/{org-slug-or-id}"]["get"]["responses"]["200"]["content"][JSON]
    document["components"]["schemas"]["orgSummary"] = response["schema"]
    response["schema"] = {"$ref": "#/components/schemas/orgSummary"}
    report = update(checkout, document, tmp_path)
    assert report["counts"]["breaking"] == report["counts"]["additive"] == 0
    assert report["bump"] == "patch"
    assert {kind for kind, _, _ in changes(report)} <= {"schema-ref-refactor", "schema-renamed"}
    assert ("schema-renamed", "refactor", "schema Organization") in changes(report)
    out = passes_checks(
        checkout,
        mock('{"id": "o-1", "name": "acme", "slug": "gh/acme", "vcs_type": "github"}')
        + "org = c.organizations.get('gh/acme')\nprint(type(org).__name__, org.slug)\n",
    )
    assert out.split() == ["OrgSummary", "gh/acme"]


def test_a_fix_that_applies_nowhere_is_reported_not_fatal(checkout: Path, tmp_path: Path) -> None:
    document = vendored()
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == "getProjectWorkflowsPageData":
                op["parameters"] = [
                    p for p in op["parameters"] if p.get("name") not in ("branches", "workflow-names")
                ]
            if isinstance(op, dict) and op.get("operationId") == "getOrgSummaryData":
                op["parameters"] = [p for p in op["parameters"] if p.get("name") != "project-names"]
    report = update(checkout, document, tmp_path)
    obsolete = report["sections"][OBSOLETE_TITLE]
    assert len(obsolete) == 1
    assert obsolete[0].startswith("070-query-string-arrays: obsolete, applies nowhere")
    fixes = subprocess.run(
        [sys.executable, "-m", "tools.build_spec", "--check"],
        check=False,
        cwd=checkout,
        capture_output=True,
        text=True,
    )
    assert fixes.returncode == 1
    assert "check-fixes: 070-query-string-arrays: obsolete" in fixes.stdout
    assert "prune or re-point 070-query-string-arrays" in fixes.stderr


# ------------------------------------------------------------------ the real 2025-10 -> 2026-08 update


def committed_files() -> dict[str, bytes]:
    files = [VENDORED, ROOT / "docs" / "operations.md"]
    files += sorted(
        p for p in (ROOT / "generated").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    return {str(path.relative_to(ROOT)): path.read_bytes() for path in files}


def test_the_real_update_replays_to_the_committed_files(checkout: Path, tmp_path: Path) -> None:
    if not (OLD_REFERENCE.is_file() and NEW_REFERENCE.is_file()):
        pytest.skip(f"CircleCI's reference documents are not in {REFERENCE} (set CIRCLECI_REFERENCE_DIR)")
    previous = import_spec.import_document(
        OLD_REFERENCE.read_bytes(), source_name=OLD_REFERENCE.name, date="2025-10-17"
    )
    (checkout / "openapi" / "circleci-v2.json").write_text(
        import_spec.dump_document(previous), encoding="utf-8"
    )
    assert import_spec.count_operations(previous) == 110

    started = time.perf_counter()
    result = run_update(checkout, str(NEW_REFERENCE), "--date", "2026-08-23")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert elapsed < 60, f"the update took {elapsed:.1f}s"

    report = json.loads((checkout / "build" / "update-spec" / "report.json").read_text())
    added = sorted(c["subject"] for c in report["changes"] if c["kind"] == "operation-added")
    assert added == [
        "createOtelExporter",
        "deleteOtelExporter",
        "getJob",
        "getOrganization",
        "listOtelExporters",
    ]
    assert not [c for c in report["changes"] if c["kind"] == "operation-removed"]  # all four are kept
    assert sorted(note.split(" ")[0] for note in report["sections"][KEPT_TITLE]) == [
        "createProjectFromVcs",
        "getJobArtifacts",
        "getJobDetails",
        "getTests",
    ]
    assert (
        "getJobDetails (GET /project/{project-slug}/job/{job-number}), replaced by getJob"
        in report["sections"][KEPT_TITLE]
    )
    assert report["sections"][OBSOLETE_TITLE] == []
    refactors = {c["kind"] for c in report["changes"] if c["impact"] == "refactor"}
    assert {"path-variable-renamed", "default-response-replaced", "schema-ref-refactor"} <= refactors

    spec = json.loads((checkout / "openapi" / "circleci-v2.json").read_text())
    assert spec[import_spec.PROVENANCE_KEY]["operations"] == 111
    replayed = {
        name: (checkout / name).read_bytes() for name in committed_files() if (checkout / name).is_file()
    }
    committed = committed_files()
    assert sorted(replayed) == sorted(committed)
    assert [name for name in committed if replayed[name] != committed[name]] == []
    extra = sorted(
        str(p.relative_to(checkout))
        for p in (checkout / "generated").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and str(p.relative_to(checkout)) not in committed
    )
    assert extra == []

    changelog = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "- New operation `getJob` (GET /jobs/{job_id})." in changelog
    assert (
        "- `getJobDetails` (GET /project/{project-slug}/job/{job-number}): CircleCI removed it from its "
        "published document; kept as before and deprecated, warning when called; use `getJob` "
        "(GET /jobs/{job_id}) instead." in changelog
    )
    out = passes_checks(
        checkout,
        "import warnings\n"
        "from circleci_api_generated._operations import OPERATIONS\n"
        "kept = sorted(k for k, v in OPERATIONS.items() if v.removed_from_document)\n"
        "print(len(OPERATIONS), *kept)\n"
        + mock('{"number": 7, "name": "build"}').replace("strict=True", "strict=False")
        + "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    c.jobs.get('gh/acme/api', 7)\n"
        "print([str(w.message).split(';')[0] for w in caught][0])\n",
    )
    lines = out.splitlines()
    assert lines[0] == "115 createProjectFromVcs getJobArtifacts getJobDetails getTests"
    assert lines[1].endswith("is deprecated: CircleCI removed it from its published API document")


ALL_CHANGES: list[Callable[[dict[str, Any]], None]] = [add_operations_with_inline_schemas]
