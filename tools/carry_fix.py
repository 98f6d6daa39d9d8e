"""Write a ``carry-operation`` fix that keeps an operation CircleCI dropped from its document.

Usage::

    python -m tools.carry_fix PREVIOUS.json OPERATION_ID -o openapi/fixes/005-carry-x.json \\
        --reason "..." --evidence "..." [--replaced-by OPERATION_ID]

``PREVIOUS.json`` is a facts-only document made by ``tools.import_spec`` (for example the vendored
``openapi/circleci-v2.json`` before an update, kept by ``make update-spec`` in
``build/update-spec/previous-circleci-v2.json``).  The fix holds the operation object exactly as that
document has it, its path item's shared parameters, and every component it refers to (directly or
through other components), so it stays whole even if CircleCI later drops those components too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tools.fixes import FixError, escape_token, find_operation, local_refs, resolve_pointer, split_pointer

__all__ = ["carry_fix", "main"]


def _refs(node: Any) -> list[str]:
    """The component pointers (``/components/...``) referenced below ``node``."""
    return [ref[1:] for ref in local_refs(node) if ref.startswith("#/components/")]


def carry_fix(
    previous: dict[str, Any], operation_id: str, *, reason: str, evidence: str, replaced_by: str | None = None
) -> dict[str, Any]:
    """The fix (as JSON data) that carries ``operation_id`` over from ``previous``."""
    path, method, operation = find_operation(previous, operation_id)
    shared = previous["paths"][path].get("parameters")
    components: dict[str, Any] = {}
    pending = _refs([operation, shared])
    while pending:
        pointer = pending.pop()
        tokens = split_pointer(pointer)
        key = "/" + "/".join(escape_token(token) for token in tokens[:3])
        if key in components:
            continue
        value = resolve_pointer(previous, key)
        components[key] = value
        pending.extend(_refs(value))
    args: dict[str, Any] = {
        "operation_id": operation_id,
        "method": method,
        "path": path,
        "evidence": evidence,
    }
    if replaced_by:
        args["replaced_by"] = replaced_by
    args["operation"] = operation
    if shared:
        args["path_parameters"] = shared
    if components:
        args["components"] = dict(sorted(components.items()))
    return {"reason": reason, "transform": "carry-operation", "args": args}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="carry_fix", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument("previous", type=Path, help="the facts-only document that still has the operation")
    parser.add_argument("operation_id")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--reason", required=True)
    parser.add_argument("--evidence", required=True)
    parser.add_argument("--replaced-by")
    args = parser.parse_args(argv)
    try:
        previous = json.loads(args.previous.read_text(encoding="utf-8"))
        fix = carry_fix(
            previous,
            args.operation_id,
            reason=args.reason,
            evidence=args.evidence,
            replaced_by=args.replaced_by,
        )
    except (OSError, json.JSONDecodeError, FixError) as exc:
        print(f"carry_fix: error: {exc}", file=sys.stderr)
        return 1
    args.output.write_text(json.dumps(fix, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"carry_fix: wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
