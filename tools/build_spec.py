"""Build the document the generator reads: the vendored spec with every fix in ``openapi/fixes/`` applied.

Usage: ``python -m tools.build_spec [--spec openapi/circleci-v2.json] [--fixes openapi/fixes]
[-o build/openapi.json] [--skip FIX ...]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import tools.hoist  # noqa: F401  (registers the hoisting transform)
from tools.fixes import FixError, apply_fixes, load_fixes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SPEC = ROOT / "openapi" / "circleci-v2.json"
DEFAULT_FIXES = ROOT / "openapi" / "fixes"
DEFAULT_OUT = ROOT / "build" / "openapi.json"


def build(
    spec_path: Path = DEFAULT_SPEC, fixes_dir: Path = DEFAULT_FIXES, skip: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The corrected document as a dict."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    result: dict[str, Any] = apply_fixes(spec, load_fixes(fixes_dir), skip=skip)
    return result


def dump(doc: dict[str, Any]) -> str:
    """Serialise the way every file under ``openapi/`` and ``build/`` is written."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--fixes", type=Path, default=DEFAULT_FIXES)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--skip", action="append", default=[], help="leave out a fix (by file stem)")
    args = parser.parse_args(argv)
    try:
        doc = build(args.spec, args.fixes, frozenset(args.skip))
    except (FixError, OSError, json.JSONDecodeError) as exc:
        print(f"build_spec: {exc}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(dump(doc), encoding="utf-8")
    tmp.replace(args.output)
    fixes = doc.get("x-circleci-api-fixes", [])
    print(f"build_spec: applied {len(fixes)} fixes -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
