"""``make update-spec SPEC=<path-or-url> [SPEC_DATE=YYYY-MM-DD]``: take in a new CircleCI document.

1. Copy the current vendored document aside (``build/update-spec/previous-circleci-v2.json``).
2. Import the new one with ``tools.import_spec`` (facts only), apply the checkout's spec fixes to
   both documents, and print the API change report (``tools.spec_report``) between the two fixed
   documents: that is the API this library's users see, so an operation CircleCI dropped but a fix
   carries over is not a removal.  The report also lists the operations kept that way, the schemas
   named automatically, and the fixes that are obsolete or have stale targets (to prune; they do not
   stop the update).
3. Write ``openapi/circleci-v2.json`` and regenerate into ``build/``; swap the new package into
   ``generated/`` and the new ``docs/operations.md`` into place only when generation succeeded.
4. Add the report's summary to the "Unreleased" section of ``CHANGELOG.md`` (Added / Changed /
   Deprecated / Removed), for a maintainer to edit; keep the report as ``build/update-spec/report.json``
   and ``report.md``.

If any step fails (or is interrupted), the previous vendored document is written back and
``generated/``, ``docs/operations.md`` and ``CHANGELOG.md`` are left exactly as they were; the exit
status is 1.  A document that already is a facts-only copy made by the importer (for example an
earlier ``openapi/circleci-v2.json`` from git) keeps the provenance it records, so importing the
vendored document again changes nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tools import build_spec, changelog, import_spec, spec_report
from tools.fixes import REMOVED_KEY, REPLACED_BY_KEY, FixError, FixOutcome
from tools.generate import PACKAGE
from tools.generate import ROOT as GENERATOR_ROOT
from tools.generate import generate as run_generator
from tools.hoist import AUTO_NAMED_NOTE

__all__ = [
    "FixedComparison",
    "RepoPaths",
    "UpdateError",
    "UpdateResult",
    "changelog_entries",
    "compare_fixed",
    "main",
    "update_spec",
]

Regenerate = Callable[[Path, Path], object]


class UpdateError(Exception):
    """The update was refused or failed; nothing in the repository was changed."""


@dataclass(frozen=True)
class RepoPaths:
    """Where the files an update touches live, relative to a checkout's root."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "openapi" / "circleci-v2.json"

    @property
    def generated(self) -> Path:
        return self.root / "generated" / PACKAGE

    @property
    def docs(self) -> Path:
        return self.root / "docs" / "operations.md"

    @property
    def fixes(self) -> Path:
        return self.root / "openapi" / "fixes"

    @property
    def changelog(self) -> Path:
        return self.root / "CHANGELOG.md"

    @property
    def work(self) -> Path:
        return self.root / "build" / "update-spec"


@dataclass
class UpdateResult:
    """What an update did: the change report, the new provenance and the CHANGELOG bullets added."""

    report: spec_report.Report
    provenance: dict[str, Any]
    changelog_bullets: list[str] = field(default_factory=list)


def _category(change: spec_report.Change) -> str:
    """The Keep a Changelog heading a change belongs under."""
    if change.kind.endswith("-added"):
        return "Added"
    if change.kind.endswith("-removed"):
        return "Removed"
    if change.kind.endswith("-deprecated"):
        return "Deprecated"
    return "Changed"


def changelog_entries(
    report: spec_report.Report,
    provenance: dict[str, Any],
    previous: dict[str, Any] | None,
    *,
    kept: dict[str, str] | None = None,
) -> dict[str, list[str]]:
    """CHANGELOG bullets by heading for an update; empty when neither the API nor the source changed.

    ``kept`` maps the operationIds CircleCI removed but a fix carries over to their bullet, which
    replaces the plain "Deprecated operation" one.  Document refactors get one summary bullet.
    """
    kept = kept or {}
    entries: dict[str, list[str]] = {category: [] for category in changelog.CATEGORIES}
    same_source = previous is not None and previous.get("sha256") == provenance.get("sha256")
    if not report.changes and same_source:
        return entries
    date = provenance.get("date") or "unknown date"
    sha = str(provenance.get("sha256", ""))[:12]
    entries["Changed"].append(
        f"- Vendored CircleCI's API document of {date} (source sha256 `{sha}`): "
        f"{spec_report.summary_line(report).rstrip('.')}."
    )
    refactors = 0
    for change in report.changes:
        if change.impact == spec_report.REFACTOR:
            refactors += 1
        elif change.kind == "operation-deprecated" and change.subject in kept:
            continue  # said below, with why
        else:
            entries[_category(change)] += spec_report.summary_lines(spec_report.Report([change]))
    entries["Deprecated"] += [kept[operation_id] for operation_id in sorted(kept)]
    if refactors:
        entries["Changed"].append(
            f"- {refactors} document refactor{'s' if refactors != 1 else ''} that change neither the "
            "Python API nor the wire format (equivalent `$ref`s, renamed path variables, explicit "
            "error responses)."
        )
    return entries


@dataclass
class FixedComparison:
    """The change report between two documents with the fixes applied, plus the maintainer's notes."""

    report: spec_report.Report
    kept: dict[str, str]  # operationId -> CHANGELOG bullet
    outcomes: list[FixOutcome]


KEPT_TITLE = "Operations CircleCI removed from its document in this update, kept by fixes (deprecated)"
AUTO_TITLE = "Schemas named automatically (review; the names table of the hoisting fix can override)"
OBSOLETE_TITLE = "Obsolete fixes: they apply nowhere now (prune them)"
STALE_TITLE = "Stale fix targets: parts of fixes that no longer apply (prune or re-point them)"


def compare_fixed(old: dict[str, Any], new: dict[str, Any], fixes: Path) -> FixedComparison:
    """Apply the fixes in ``fixes`` to both documents and compare; raises ``UpdateError`` if one fails."""
    old_outcomes: list[FixOutcome] = []
    outcomes: list[FixOutcome] = []
    try:
        old_built = build_spec.build_document(old, fixes, outcomes=old_outcomes)
        new_built = build_spec.build_document(new, fixes, outcomes=outcomes)
    except FixError as exc:
        raise UpdateError(f"the spec fixes cannot be applied to the new document: {exc}") from exc
    report = spec_report.compare(old_built, new_built)
    # Operations this update drops from CircleCI's document that a fix carries over.
    dropped = {(op.method, op.path) for op in spec_report.operations(old)}
    dropped -= {(op.method, op.path) for op in spec_report.operations(new)}
    kept: dict[str, str] = {}
    kept_notes: list[str] = []
    by_id = {op.operation_id: op for op in spec_report.operations(new_built) if op.operation_id}
    for op in spec_report.operations(new_built):
        if (
            op.body.get(REMOVED_KEY) is not True
            or op.operation_id is None
            or (op.method, op.path) not in dropped
        ):
            continue
        replacement = op.body.get(REPLACED_BY_KEY)
        use = ""
        if isinstance(replacement, str) and replacement in by_id:
            use = f"; use `{replacement}` ({by_id[replacement].route}) instead"
        kept[op.operation_id] = (
            f"- `{op.operation_id}` ({op.route}): CircleCI removed it from its published document; "
            f"kept as before and deprecated, warning when called{use}."
        )
        kept_notes.append(f"{op.operation_id} ({op.route})" + (f", replaced by {replacement}" if use else ""))
    already = {note for outcome in old_outcomes for note in outcome.notes}
    auto = [  # the names this update brings (make check-fixes lists them all)
        note.removeprefix(AUTO_NAMED_NOTE)
        for outcome in outcomes
        for note in outcome.notes
        if note.startswith(AUTO_NAMED_NOTE) and note not in already
    ]
    report.sections = {
        KEPT_TITLE: kept_notes,
        AUTO_TITLE: auto,
        OBSOLETE_TITLE: [outcome.describe() for outcome in outcomes if outcome.obsolete],
        STALE_TITLE: [
            f"{outcome.name}: {target}"
            for outcome in outcomes
            if not outcome.obsolete
            for target in outcome.stale
        ],
    }
    return FixedComparison(report, kept, outcomes)


def _provenance(document: dict[str, Any]) -> dict[str, Any] | None:
    value = document.get(import_spec.PROVENANCE_KEY)
    return value if isinstance(value, dict) else None


def _keep_recorded_provenance(raw: bytes, document: dict[str, Any], date: str | None) -> None:
    """If ``raw`` already is a facts-only copy, keep the provenance it records (in place)."""
    source = import_spec.decode_document(raw)
    recorded = _provenance(source)
    if recorded is None or not isinstance(recorded.get("sha256"), str):
        return
    key = import_spec.PROVENANCE_KEY
    if {k: v for k, v in source.items() if k != key} != {k: v for k, v in document.items() if k != key}:
        return  # prose or unknown keywords were dropped: this is not one of our copies
    document[key] = {
        **document[key],
        "sha256": recorded["sha256"],
        "date": date or recorded.get("date"),
        "source": recorded.get("source", document[key]["source"]),
    }


def _read_changelog(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise UpdateError(f"cannot read {path}: {exc}") from exc


def _write_bytes(path: Path, data: bytes) -> None:
    """Put ``data`` back into ``path`` through a temporary file (all or nothing)."""
    temporary = path.with_name(f".{path.name}.restore")
    temporary.write_bytes(data)
    temporary.replace(path)


def _swap_in(new: Path, target: Path, backup: Path) -> None:
    """Replace directory ``target`` by ``new``, keeping the old one at ``backup``."""
    shutil.rmtree(backup, ignore_errors=True)
    backup.parent.mkdir(parents=True, exist_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.rename(backup)
    try:
        new.rename(target)
    except BaseException:
        if backup.exists():
            backup.rename(target)
        raise


def update_spec(
    source: str,
    *,
    date: str | None = None,
    paths: RepoPaths | None = None,
    regenerate: Regenerate | None = None,
    out: TextIO | None = None,
) -> UpdateResult:
    """Import ``source`` (path or URL), regenerate, and record the API changes; see the module doc.

    ``regenerate(package_dir, docs_file)`` writes a fresh generated package and operations table
    (default: ``tools.generate.generate``, which reads the vendored document of its own checkout).
    Raises ``UpdateError`` (or ``SpecImportError`` for an unreadable document) with nothing changed.
    """
    paths = paths or RepoPaths(GENERATOR_ROOT)
    out = out or sys.stdout
    if regenerate is None:
        if paths.root.resolve() != GENERATOR_ROOT.resolve():
            raise UpdateError(f"the generator works on {GENERATOR_ROOT}; run this from that checkout")
        regenerate = run_generator
    try:
        old_bytes = paths.spec.read_bytes()
        old_document = import_spec.decode_document(old_bytes)
    except OSError as exc:
        raise UpdateError(f"cannot read the vendored document {paths.spec}: {exc}") from exc
    except import_spec.SpecImportError as exc:
        raise UpdateError(f"the vendored document {paths.spec} is unreadable: {exc}") from exc
    shutil.rmtree(paths.work, ignore_errors=True)
    paths.work.mkdir(parents=True)
    (paths.work / "previous-circleci-v2.json").write_bytes(old_bytes)

    raw, source_name, date_hint = import_spec.read_source(source)
    notes: list[str] = []
    document = import_spec.import_document(raw, source_name=source_name, date=date or date_hint, notes=notes)
    _keep_recorded_provenance(raw, document, date)
    for note in notes:
        print(f"update_spec: note: {note}", file=sys.stderr)
    compared = compare_fixed(old_document, document, paths.fixes)
    report = compared.report
    provenance = document[import_spec.PROVENANCE_KEY]
    entries = changelog_entries(report, provenance, _provenance(old_document), kept=compared.kept)
    old_changelog = _read_changelog(paths.changelog)
    try:
        new_changelog = changelog.add_unreleased(old_changelog, entries)
    except changelog.ChangelogError as exc:
        raise UpdateError(f"{paths.changelog}: {exc}") from exc
    out.write(spec_report.render_text(report))
    out.flush()
    (paths.work / "report.json").write_text(report.to_json(), encoding="utf-8")
    (paths.work / "report.md").write_text(spec_report.render_markdown(report), encoding="utf-8")

    _install(paths, document, new_changelog if new_changelog != old_changelog else None, regenerate)
    bullets = [bullet for category in changelog.CATEGORIES for bullet in entries[category]]
    out.write(
        f"update_spec: wrote {paths.spec.relative_to(paths.root)} "
        f"({provenance['operations']} operations, source sha256 {provenance['sha256'][:12]}), "
        f"regenerated {paths.generated.relative_to(paths.root)} and {paths.docs.relative_to(paths.root)}\n"
    )
    if bullets:
        out.write(
            f"update_spec: added {len(bullets)} entries to the Unreleased section of "
            f"{paths.changelog.name}; review and edit them\n"
        )
    out.write(f"update_spec: the previous document is kept at {paths.work / 'previous-circleci-v2.json'}\n")
    out.write(f"update_spec: the change report is kept at {paths.work / 'report.json'} and report.md\n")
    return UpdateResult(report, provenance, bullets)


def _install(
    paths: RepoPaths, document: dict[str, Any], new_changelog: str | None, regenerate: Regenerate
) -> None:
    """Write the document, regenerate and swap everything in; on any failure put everything back."""
    old_spec = paths.spec.read_bytes()
    old_docs = paths.docs.read_bytes() if paths.docs.exists() else None
    staged = paths.work / "update-spec-generated" / PACKAGE
    staged_docs = paths.work / "operations.md"
    backup = paths.work / "previous-generated" / PACKAGE
    swapped = False
    try:
        import_spec.write_atomically(paths.spec, import_spec.dump_document(document))
        try:
            regenerate(staged, staged_docs)
        except SystemExit as exc:  # tools.generate reports failures this way
            raise UpdateError(f"generation failed: {exc.code}") from None
        except Exception as exc:
            raise UpdateError(f"generation failed: {type(exc).__name__}: {exc}") from exc
        if not (staged / "__init__.py").is_file() or not staged_docs.is_file():
            raise UpdateError("generation produced no package or no operations table")
        _swap_in(staged, paths.generated, backup)
        swapped = True
        import_spec.write_atomically(paths.docs, staged_docs.read_text(encoding="utf-8"))
        if new_changelog is not None:
            import_spec.write_atomically(paths.changelog, new_changelog)
    except BaseException:
        _write_bytes(paths.spec, old_spec)
        if swapped:
            shutil.rmtree(paths.generated, ignore_errors=True)
            if backup.exists():
                backup.rename(paths.generated)
            if old_docs is None:
                paths.docs.unlink(missing_ok=True)
            else:
                _write_bytes(paths.docs, old_docs)
        raise
    shutil.rmtree(backup.parent, ignore_errors=True)
    shutil.rmtree(staged.parent, ignore_errors=True)
    staged_docs.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m tools.update_spec SRC [--date YYYY-MM-DD]``."""
    parser = argparse.ArgumentParser(
        prog="update_spec", description="Import a new CircleCI OpenAPI document, regenerate, report changes."
    )
    parser.add_argument("source", metavar="SRC", help="path or http(s) URL of CircleCI's OpenAPI document")
    parser.add_argument(
        "--date", type=import_spec._date_argument, help="the document's publication date (YYYY-MM-DD)"
    )
    args = parser.parse_args(argv)
    try:
        update_spec(args.source, date=args.date)
    except (UpdateError, import_spec.SpecImportError, OSError) as exc:
        print(f"update_spec: error: {exc}", file=sys.stderr)
        print(
            "update_spec: nothing was changed: the vendored document, generated/, docs/operations.md "
            "and CHANGELOG.md are as they were",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
