"""tools/update_spec.py: import, regenerate, report and log; nothing changed when a step fails.

The end-to-end tests run ``python -m tools.update_spec`` in a temporary copy of the repository (the
real generator on the real vendored document, or an edited copy of it); the rollback tests call
``update_spec`` in-process on a small fake checkout with a stand-in generator.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tools import changelog, import_spec, spec_report, update_spec

ROOT = Path(__file__).resolve().parents[2]
VENDORED = ROOT / "openapi" / "circleci-v2.json"
PROVENANCE = "x-circleci-api-source"
INITIAL_CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2025-11-01\n\n### Added\n\n- First.\n"
WORKFLOW_STATUSES = [
    "success",
    "running",
    "not_run",
    "failed",
    "error",
    "failing",
    "on_hold",
    "canceled",
    "unauthorized",
]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file an update may touch, by relative path."""
    files = [root / "openapi" / "circleci-v2.json", root / "docs" / "operations.md", root / "CHANGELOG.md"]
    files += sorted(
        p for p in (root / "generated").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    return {str(path.relative_to(root)): path.read_bytes() for path in files if path.exists()}


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of what generation needs (tools, openapi, config, generated, docs) plus a CHANGELOG."""
    root = tmp_path / "repo"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("tools", "openapi", "generated", "docs"):
        shutil.copytree(ROOT / name, root / name, ignore=skip)
    shutil.copy(ROOT / "generator-config.yaml", root / "generator-config.yaml")
    (root / "CHANGELOG.md").write_text(INITIAL_CHANGELOG, encoding="utf-8")
    return root


def run_update(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m tools.update_spec ARGS`` with the copy as working directory (its tools, its files)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-m", "tools.update_spec", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def walk(node: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    """Call ``visit`` on every object inside a JSON value."""
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            walk(value, visit)


def circleci_style_edit(*, remove: str = "deleteContext") -> bytes:
    """The vendored document as CircleCI might publish it next: prose, other layout, a few changes.

    Removes the operation ``remove`` (DELETE /context/{context_id}), adds ``paused`` to the workflow
    status enum, an optional ``archived`` property to contexts, and a getContextSummary operation.
    """
    document = json.loads(VENDORED.read_text(encoding="utf-8"))
    del document[PROVENANCE]
    assert document["paths"]["/context/{context_id}"]["delete"]["operationId"] == remove
    del document["paths"]["/context/{context_id}"]["delete"]

    def add_paused(node: dict[str, Any]) -> None:
        enum = node.get("enum")
        if isinstance(enum, list) and sorted(enum) == sorted(WORKFLOW_STATUSES):
            node["enum"] = [*enum, "paused"]

    walk(document, add_paused)
    document["components"]["schemas"]["context"]["properties"]["archived"] = {
        "type": "boolean",
        "description": "ZZPROSE whether the context is archived",
    }
    document["paths"]["/context/{context_id}/summary"] = {
        "get": {
            "operationId": "getContextSummary",
            "summary": "Summarise a context",
            "description": "ZZPROSE a long explanation",
            "tags": ["Context"],
            "parameters": [
                {"name": "context_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "ZZPROSE the summary",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/context"}}},
                }
            },
        }
    }
    return json.dumps(document, indent=4, sort_keys=True).encode()


def drop_client_name(root: Path, operation_id: str) -> None:
    """The maintainer's step when CircleCI removes an operation: forget its client name."""
    names_path = root / "openapi" / "resources.json"
    names = json.loads(names_path.read_text(encoding="utf-8"))
    del names["operations"][operation_id]
    names_path.write_text(json.dumps(names, indent=2) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ end to end, real generator


@pytest.mark.slow
def test_reimporting_the_vendored_document_changes_nothing(checkout: Path, tmp_path: Path) -> None:
    source = tmp_path / "circleci-v2.json"
    shutil.copy(VENDORED, source)
    before = snapshot(checkout)
    result = run_update(checkout, str(source))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No API changes.\n")
    after = snapshot(checkout)
    assert sorted(after) == sorted(before)
    assert [name for name in before if after[name] != before[name]] == []
    assert (
        checkout / "build" / "update-spec" / "previous-circleci-v2.json"
    ).read_bytes() == VENDORED.read_bytes()


@pytest.mark.slow
def test_an_edited_document_is_imported_regenerated_and_logged(checkout: Path, tmp_path: Path) -> None:
    source = tmp_path / "openapi.json"
    source.write_bytes(circleci_style_edit())
    drop_client_name(checkout, "deleteContext")
    result = run_update(checkout, str(source), "--date", "2026-01-02")
    assert result.returncode == 0, result.stderr

    report = result.stdout
    assert "1 operation added, 1 removed" in report.splitlines()[0]
    assert report.splitlines()[0].endswith("suggested bump: major")
    assert "operation removed (DELETE /context/{context_id})" in report
    assert "operation added (GET /context/{context_id}/summary)" in report
    assert 'enum value added: status ("paused")' in report
    assert "property added: archived (optional boolean)" in report

    spec_text = (checkout / "openapi" / "circleci-v2.json").read_text(encoding="utf-8")
    spec = json.loads(spec_text)
    assert spec[PROVENANCE] == {
        "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "date": "2026-01-02",
        "source": "openapi.json",
        "operations": 111,
    }
    assert "ZZPROSE" not in spec_text
    assert import_spec.dump_document(spec) == spec_text  # the importer's canonical layout

    package = checkout / "generated" / "circleci_api_generated"
    operations = (package / "_operations.py").read_text(encoding="utf-8")
    assert '"getContextSummary"' in operations
    assert '"deleteContext"' not in operations
    assert hashlib.sha256(source.read_bytes()).hexdigest() in operations
    assert (package / "api" / "context" / "get_context_summary.py").is_file()
    assert not (package / "api" / "context" / "delete_context.py").exists()
    assert '"paused"' in (package / "models" / "workflow_status.py").read_text(encoding="utf-8")
    docs = (checkout / "docs" / "operations.md").read_text(encoding="utf-8")
    assert "`getContextSummary`" in docs
    assert "`deleteContext`" not in docs

    text = (checkout / "CHANGELOG.md").read_text(encoding="utf-8")
    unreleased = changelog.find_section(text, "Unreleased")
    assert unreleased is not None
    body = unreleased.body
    assert body.index("### Added") < body.index("### Changed") < body.index("### Removed")
    assert "- New operation `getContextSummary` (GET /context/{context_id}/summary)." in body
    assert "- Breaking: Removed operation `deleteContext` (DELETE /context/{context_id})." in body
    assert "- Property added: `schema Context: archived` (optional boolean)." in body
    assert "Vendored CircleCI's API document of 2026-01-02" in body
    assert text.endswith("## [0.1.0] - 2025-11-01\n\n### Added\n\n- First.\n")
    assert "review and edit them" in result.stdout

    # The regenerated package works with the client: the new operation is a method.
    probe = (
        "import circleci_api_generated as g; from circleci_api import CircleCI\n"
        "c = CircleCI('t')\n"
        "print(g.__file__, callable(c.context.get_context_summary))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(checkout / "generated")}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == [str(package / "__init__.py"), "True"]


@pytest.mark.slow
def test_a_failed_generation_puts_everything_back(checkout: Path, tmp_path: Path) -> None:
    source = tmp_path / "openapi.json"
    source.write_bytes(circleci_style_edit())
    names_path = checkout / "openapi" / "resources.json"
    names = json.loads(names_path.read_text(encoding="utf-8"))
    names["operations"]["getContextSummary"] = "contexts.get"  # clashes with getContext
    names_path.write_text(json.dumps(names, indent=2) + "\n", encoding="utf-8")
    before = snapshot(checkout)
    result = run_update(checkout, str(source))
    assert result.returncode == 1
    assert "operation removed (DELETE /context/{context_id})" in result.stdout  # the report is shown
    assert "getContextSummary and getContext both map to contexts.get" in result.stderr
    assert "nothing was changed" in result.stderr
    after = snapshot(checkout)
    assert sorted(after) == sorted(before)
    assert [name for name in before if after[name] != before[name]] == []


# ------------------------------------------------------------------ in process, stand-in generator

SMALL_API: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Small", "version": "1"},
    "paths": {
        "/thing": {
            "get": {
                "operationId": "getThing",
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"state": {"type": "string", "enum": ["on", "off"]}},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
}


def small_edit() -> dict[str, Any]:
    """SMALL_API with one more enum value and one more operation."""
    document = copy.deepcopy(SMALL_API)
    document["paths"]["/thing"]["get"]["responses"]["200"]["content"]["application/json"]["schema"][
        "properties"
    ]["state"]["enum"].append("broken")
    document["paths"]["/other"] = {"delete": {"operationId": "deleteOther", "responses": {"204": {}}}}
    return document


@pytest.fixture
def fake(tmp_path: Path) -> update_spec.RepoPaths:
    """A checkout with a vendored SMALL_API, a generated package, docs and a changelog."""
    paths = update_spec.RepoPaths(tmp_path / "repo")
    raw = json.dumps(SMALL_API).encode()
    document = import_spec.import_document(raw, source_name="small.json", date="2025-01-01")
    paths.spec.parent.mkdir(parents=True)
    paths.spec.write_text(import_spec.dump_document(document), encoding="utf-8")
    paths.generated.mkdir(parents=True)
    (paths.generated / "__init__.py").write_text("OLD = True\n", encoding="utf-8")
    (paths.generated / "old_module.py").write_text("x = 1\n", encoding="utf-8")
    paths.docs.parent.mkdir(parents=True)
    paths.docs.write_text("old operations table\n", encoding="utf-8")
    paths.changelog.write_text(INITIAL_CHANGELOG, encoding="utf-8")
    return paths


def stand_in(spec: Path, *, fail: BaseException | None = None) -> update_spec.Regenerate:
    """A generator that records the vendored document it saw, or fails half-way through."""

    def regenerate(package: Path, docs: Path) -> None:
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").write_text(
            f"SPEC = {spec.read_text(encoding='utf-8')!r}\n", encoding="utf-8"
        )
        if fail is not None:
            raise fail
        docs.write_text("new operations table\n", encoding="utf-8")

    return regenerate


def write_source(tmp_path: Path, document: dict[str, Any]) -> str:
    source = tmp_path / "new.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    return str(source)


def test_success_swaps_in_the_new_package_and_docs(fake: update_spec.RepoPaths, tmp_path: Path) -> None:
    out = io.StringIO()
    result = update_spec.update_spec(
        write_source(tmp_path, small_edit()), paths=fake, regenerate=stand_in(fake.spec), out=out
    )
    assert result.report.bump == "minor"
    assert {change.kind for change in result.report.changes} == {"operation-added", "enum-value-added"}
    assert sorted(path.name for path in fake.generated.iterdir()) == ["__init__.py"]
    assert '"deleteOther"' in (fake.generated / "__init__.py").read_text(encoding="utf-8")
    assert fake.docs.read_text(encoding="utf-8") == "new operations table\n"
    assert len(result.changelog_bullets) == 3
    assert all(bullet in fake.changelog.read_text(encoding="utf-8") for bullet in result.changelog_bullets)
    assert out.getvalue().startswith(spec_report.render_text(result.report))
    assert not (fake.work / "previous-generated").exists()


@pytest.mark.parametrize(
    "failure",
    [SystemExit("generate: openapi-python-client failed"), RuntimeError("boom"), KeyboardInterrupt()],
    ids=["generator-error", "crash", "interrupted"],
)
def test_a_failing_generator_changes_nothing(
    fake: update_spec.RepoPaths, tmp_path: Path, failure: BaseException
) -> None:
    before = snapshot(fake.root)
    expected = KeyboardInterrupt if isinstance(failure, KeyboardInterrupt) else update_spec.UpdateError
    with pytest.raises(expected):
        update_spec.update_spec(
            write_source(tmp_path, small_edit()),
            paths=fake,
            regenerate=stand_in(fake.spec, fail=failure),
            out=io.StringIO(),
        )
    assert snapshot(fake.root) == before


def test_a_failure_after_the_swap_puts_the_old_package_back(
    fake: update_spec.RepoPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(fake.root)
    real_write = import_spec.write_atomically

    def write(path: Path, text: str) -> None:
        if path == fake.changelog:
            raise OSError(28, "No space left on device")
        real_write(path, text)

    monkeypatch.setattr(import_spec, "write_atomically", write)
    with pytest.raises(OSError, match="No space left"):
        update_spec.update_spec(
            write_source(tmp_path, small_edit()),
            paths=fake,
            regenerate=stand_in(fake.spec),
            out=io.StringIO(),
        )
    assert snapshot(fake.root) == before


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"swagger": "2.0", "info": {}, "paths": {}}, "Swagger 2.0 documents are not supported"),
        ({"openapi": "3.0.3", "paths": {}}, "'info' object missing"),
    ],
    ids=["swagger-2", "no-info"],
)
def test_an_unusable_document_is_refused_before_anything_is_written(
    fake: update_spec.RepoPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    document: dict[str, Any],
    words: str,
) -> None:
    before = snapshot(fake.root)
    calls: list[Path] = []
    monkeypatch.setattr(update_spec, "GENERATOR_ROOT", fake.root)
    monkeypatch.setattr(update_spec, "run_generator", lambda package, docs: calls.append(package))
    monkeypatch.setattr(update_spec, "RepoPaths", lambda root: fake)
    assert update_spec.main([write_source(tmp_path, document)]) == 1
    err = capsys.readouterr().err
    assert words in err
    assert "nothing was changed" in err
    assert calls == []
    assert snapshot(fake.root) == before


def test_an_unreadable_changelog_stops_the_update_first(fake: update_spec.RepoPaths, tmp_path: Path) -> None:
    fake.changelog.write_text("# Changelog\n\n## [1.0.0]\n\n- a.\n\n## [1.0.0]\n\n- b.\n", encoding="utf-8")
    before = snapshot(fake.root)
    calls: list[Path] = []
    with pytest.raises(update_spec.UpdateError, match=r"more than one section for 1\.0\.0"):
        update_spec.update_spec(
            write_source(tmp_path, small_edit()),
            paths=fake,
            regenerate=lambda package, docs: calls.append(package),
            out=io.StringIO(),
        )
    assert calls == []
    assert snapshot(fake.root) == before


def test_the_real_generator_is_only_used_on_its_own_checkout(
    fake: update_spec.RepoPaths, tmp_path: Path
) -> None:
    with pytest.raises(update_spec.UpdateError, match="run this from that checkout"):
        update_spec.update_spec(write_source(tmp_path, small_edit()), paths=fake, out=io.StringIO())


def test_a_malformed_date_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        update_spec.main(["spec.json", "--date", "17/10/2025"])
    assert exit_info.value.code == 2
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


# ------------------------------------------------------------------ changelog entries


def test_no_entries_when_neither_the_api_nor_the_source_changed() -> None:
    provenance = {"sha256": "a" * 64, "date": "2025-01-01"}
    entries = update_spec.changelog_entries(spec_report.Report([]), provenance, dict(provenance))
    assert not any(entries.values())


def test_a_new_source_without_api_changes_is_still_noted() -> None:
    entries = update_spec.changelog_entries(
        spec_report.Report([]), {"sha256": "b" * 64, "date": None}, {"sha256": "a" * 64}
    )
    assert entries["Changed"] == [
        f"- Vendored CircleCI's API document of unknown date (source sha256 `{'b' * 12}`): No API changes."
    ]
    assert sum(len(bullets) for bullets in entries.values()) == 1


def test_changes_are_filed_under_keep_a_changelog_headings() -> None:
    old = copy.deepcopy(SMALL_API)
    old["paths"]["/gone"] = {"get": {"operationId": "getGone", "responses": {"200": {"description": ""}}}}
    new = small_edit()
    new["paths"]["/thing"]["get"]["deprecated"] = True
    report = spec_report.compare(old, new)
    entries = update_spec.changelog_entries(report, {"sha256": "c" * 64, "date": "2026-02-03"}, None)
    assert entries["Added"] == [
        "- New operation `deleteOther` (DELETE /other).",
        '- Enum value added: `getThing 200 response: state` ("broken").',
    ]
    assert entries["Removed"] == ["- Breaking: Removed operation `getGone` (GET /gone)."]
    assert entries["Deprecated"] == ["- Deprecated operation `getThing`."]
    assert entries["Changed"] == [
        f"- Vendored CircleCI's API document of 2026-02-03 (source sha256 `{'c' * 12}`): "
        f"{spec_report.summary_line(report)}."
    ]
    assert entries["Fixed"] == entries["Security"] == []
