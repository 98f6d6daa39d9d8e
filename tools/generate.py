"""``make generate``: fixes -> openapi-python-client -> resource layer -> formatting -> ``generated/``.

The new package is built in ``build/`` and swapped into place only when every step succeeded, so a
failed run never leaves a half-written ``generated/`` behind.  Generator warnings fail the run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tools import build_spec, gen_client

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "circleci_api_generated"
TARGET = ROOT / "generated" / PACKAGE
BUILD = ROOT / "build"


def _bin(name: str) -> str:
    """An executable from the running interpreter's environment, else from PATH."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def generate(target: Path = TARGET, docs: Path = ROOT / "docs" / "operations.md") -> float:
    """Regenerate ``target`` (and the operations table ``docs``); return the wall time in seconds."""
    started = time.perf_counter()
    spec = BUILD / "openapi.json"
    if build_spec.main(["-o", str(spec)]) != 0:
        raise SystemExit(1)
    staging = BUILD / f"staging-{target.parent.name}" / PACKAGE
    shutil.rmtree(staging.parent, ignore_errors=True)
    staging.parent.mkdir(parents=True)
    result = _run(
        [
            _bin("openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(staging),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "openapi" / "templates"),
            "--fail-on-warning",
        ]
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit("generate: openapi-python-client failed or warned; nothing was changed")
    (staging / "py.typed").write_text("", encoding="utf-8")
    if gen_client.main(["--package", str(staging), "--spec", str(spec), "--docs", str(docs)]) != 0:
        raise SystemExit("generate: the resource layer could not be generated; nothing was changed")
    for cmd in (
        [
            _bin("ruff"),
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            "--select",
            "I,F401,UP",
            "--target-version",
            "py311",
            "--line-length",
            "110",
            ".",
        ],
        [_bin("ruff"), "format", "--isolated", "--no-cache", "--line-length", "110", "."],
    ):
        formatted = _run(cmd, cwd=staging)
        if formatted.returncode != 0:
            print(formatted.stdout, formatted.stderr, sep="\n", file=sys.stderr)
            raise SystemExit("generate: formatting failed; nothing was changed")
    for cache in staging.rglob("__pycache__"):
        shutil.rmtree(cache)
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = BUILD / f"previous-{target.parent.name}"
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    staging.rename(target)
    shutil.rmtree(previous, ignore_errors=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--target", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    elapsed = generate(args.target)
    files = list(args.target.rglob("*.py"))
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in files)
    models = len(list((args.target / "models").glob("*.py"))) - 1
    print(f"generate: {models} model/enum modules, {len(files)} files, {lines} lines in {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
