"""Build the document the generator reads: the vendored spec with every fix in ``openapi/fixes/`` applied.

Usage: ``python -m tools.build_spec [--spec openapi/circleci-v2.json] [--fixes openapi/fixes]
[-o build/openapi.json] [--skip FIX ...] [--check]``

``--check`` (``make check-fixes``) writes nothing: it lists what each fix did and fails when a fix is
obsolete (applies nowhere) or has stale targets, so a maintainer can prune it.  A normal build only
notes such fixes on stderr: they never stop it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import tools.hoist  # noqa: F401  (registers the hoisting transform)
from tools.fixes import FixError, FixOutcome, apply_fixes, load_fixes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "circleci-v2.json"
DEFAULT_FIXES = ROOT / "openapi" / "fixes"
DEFAULT_OUT = ROOT / "build" / "openapi.json"


def build(
    spec_path: Path = DEFAULT_SPEC,
    fixes_dir: Path = DEFAULT_FIXES,
    skip: frozenset[str] = frozenset(),
    outcomes: list[FixOutcome] | None = None,
) -> dict[str, Any]:
    """The corrected document as a dict; ``outcomes`` receives what each fix did."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    return build_document(spec, fixes_dir, skip=skip, outcomes=outcomes)


def build_document(
    spec: dict[str, Any],
    fixes_dir: Path = DEFAULT_FIXES,
    *,
    skip: frozenset[str] = frozenset(),
    outcomes: list[FixOutcome] | None = None,
) -> dict[str, Any]:
    """``spec`` (not modified) with the fixes of ``fixes_dir`` applied; no fixes if the folder is absent."""
    fixes = load_fixes(fixes_dir) if fixes_dir.is_dir() else []
    result: dict[str, Any] = apply_fixes(spec, fixes, skip=skip, outcomes=outcomes)
    return result


def check_fixes(spec_path: Path = DEFAULT_SPEC, fixes_dir: Path = DEFAULT_FIXES) -> list[FixOutcome]:
    """What every fix does to the vendored document (for ``make check-fixes``)."""
    outcomes: list[FixOutcome] = []
    build(spec_path, fixes_dir, outcomes=outcomes)
    return outcomes


def dump(doc: dict[str, Any]) -> str:
    """Serialise the way every file under ``openapi/`` and ``build/`` is written."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--fixes", type=Path, default=DEFAULT_FIXES)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--skip", action="append", default=[], help="leave out a fix (by file stem)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; list what each fix does and fail if one is obsolete or has stale targets",
    )
    args = parser.parse_args(argv)
    outcomes: list[FixOutcome] = []
    try:
        doc = build(args.spec, args.fixes, frozenset(args.skip), outcomes)
    except (FixError, OSError, json.JSONDecodeError) as exc:
        print(f"build_spec: {exc}", file=sys.stderr)
        return 1
    if args.check:
        for outcome in outcomes:
            print(f"check-fixes: {outcome.describe()}")
            for note in outcome.notes:
                print(f"check-fixes:   {note}")
        prune = [outcome for outcome in outcomes if outcome.obsolete or outcome.stale]
        if prune:
            names = ", ".join(outcome.name for outcome in prune)
            print(f"check-fixes: FAIL: prune or re-point {names}", file=sys.stderr)
            return 1
        print(f"check-fixes: OK: all {len(outcomes)} fixes apply where they point")
        return 0
    for outcome in outcomes:
        if outcome.obsolete or outcome.stale:
            print(f"build_spec: note: {outcome.describe()}", file=sys.stderr)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(dump(doc), encoding="utf-8")
    tmp.replace(args.output)
    fixes = doc.get("x-circleci-api-fixes", [])
    print(f"build_spec: applied {len(fixes)} fixes -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
