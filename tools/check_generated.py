"""Fail when ``generated/`` or ``docs/operations.md`` is out of date with its inputs.

Regenerates into ``build/check/`` from the committed spec, fixes, templates and config, then
compares file by file with what is committed.
"""

from __future__ import annotations

import filecmp
import shutil
import sys
from pathlib import Path

from tools.generate import BUILD, PACKAGE, ROOT, generate

COMMITTED = ROOT / "generated" / PACKAGE
COMMITTED_DOCS = ROOT / "docs" / "operations.md"


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ, exist only on one side, or differ in content."""
    out: list[str] = []
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"only in committed: {prefix}{name}" for name in cmp.left_only)
        out.extend(f"missing from committed: {prefix}{name}" for name in cmp.right_only)
        for name in cmp.common_files:
            if not filecmp.cmp(Path(cmp.left) / name, Path(cmp.right) / name, shallow=False):
                out.append(f"differs: {prefix}{name}")
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    return out


def main() -> int:
    check_dir = BUILD / "check" / "generated"
    shutil.rmtree(BUILD / "check", ignore_errors=True)
    fresh = check_dir / PACKAGE
    fresh_docs = BUILD / "check" / "operations.md"
    generate(fresh, fresh_docs)
    problems = differences(COMMITTED, fresh) if COMMITTED.exists() else ["generated/ is missing"]
    if not COMMITTED_DOCS.exists() or COMMITTED_DOCS.read_bytes() != fresh_docs.read_bytes():
        problems.append("differs: docs/operations.md")
    if problems:
        print("generated code is out of date; run `make generate` and commit the result:", file=sys.stderr)
        for problem in problems[:50]:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("check_generated: generated/ and docs/operations.md are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
