"""``make release-check``: is ``circleci_api.__version__`` bumped enough, and is it in CHANGELOG.md?

The last release is the newest tag reachable from HEAD that looks like a version (``v1.2.3`` or
``1.2.3``).  Without such a tag the first commit stands in for it, at version 0.0.0.  The check
compares the API of that release with the checkout's (see ``docs/versioning.md``):

* the API is the vendored document with the spec fixes applied, built by each side's own
  ``tools/build_spec.py``; when the release has no such tool, the vendored documents are compared;
* ``tools.spec_report`` classifies the changes: breaking -> major, additive -> minor, anything else
  (including commits that do not touch the API) -> patch, nothing at all -> no bump;
* the version in ``overlay/circleci_api/_version.py`` must be at least the release's version with
  that bump applied, and ``CHANGELOG.md`` must have a non-empty section for it.

The checkout's files are read from the working tree.  Exit status: 0 when releasable, 1 when not,
2 when the check itself cannot run (not a git repository, unreadable version ...).
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools import changelog, spec_report

__all__ = ["CheckResult", "ReleaseCheckError", "Version", "check", "main", "required_version"]

SPEC = "openapi/circleci-v2.json"
VERSION_FILE = "overlay/circleci_api/_version.py"
CHANGELOG = "CHANGELOG.md"
BUILD_TOOL = "tools/build_spec.py"
BUMPS = ("none", "patch", "minor", "major")
EMPTY_API: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "", "version": ""}, "paths": {}}


class ReleaseCheckError(Exception):
    """The check cannot run (the message says why)."""


@dataclass(frozen=True, order=True)
class Version:
    """A ``MAJOR.MINOR.PATCH`` version (pre-release and build suffixes are not used here)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        """Read ``1.2.3`` (a leading ``v`` is allowed); raises ``ValueError`` for anything else."""
        match = re.fullmatch(r"v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)", text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a MAJOR.MINOR.PATCH version")
        return cls(int(match[1]), int(match[2]), int(match[3]))

    def bumped(self, level: str) -> Version:
        """The smallest version that is a ``level`` bump (``none``/``patch``/``minor``/``major``)."""
        if level == "major":
            return Version(self.major + 1, 0, 0)
        if level == "minor":
            return Version(self.major, self.minor + 1, 0)
        if level == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        if level == "none":
            return self
        raise ValueError(f"unknown bump {level!r}")

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def required_version(released: Version, level: str) -> Version:
    """The lowest acceptable next version after ``released`` for a change of ``level``."""
    return released.bumped(level)


@dataclass
class CheckResult:
    """The outcome: what was compared, what is required, and the problems found (empty when fine)."""

    base: str  # tag name or commit id
    released: Version
    version: Version
    level: str
    required: Version
    compared: str  # "built" (fixes applied) or "vendored"
    report: spec_report.Report
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)


def _git_text(root: Path, *args: str) -> str:
    result = _git(root, *args)
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise ReleaseCheckError(f"git {' '.join(args)} failed: {message}")
    return result.stdout.decode().strip()


def last_release(root: Path) -> tuple[str, Version]:
    """The newest version tag reachable from HEAD and its version, else the first commit and 0.0.0."""
    described = _git(root, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", "--match", "[0-9]*")
    if described.returncode == 0:
        tag = described.stdout.decode().strip()
        try:
            return tag, Version.parse(tag)
        except ValueError as exc:
            raise ReleaseCheckError(f"the last tag {tag!r} is not a version: {exc}") from None
    roots = _git_text(root, "rev-list", "--max-parents=0", "HEAD").split()
    if not roots:
        raise ReleaseCheckError("the repository has no commits")
    return roots[-1], Version(0, 0, 0)


def read_version(text: str, where: str) -> Version:
    """``__version__ = "X.Y.Z"`` from the source of ``_version.py``."""
    try:
        tree = ast.parse(text)
    except SyntaxError as exc:
        raise ReleaseCheckError(f"{where} is not valid Python: {exc}") from None
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            try:
                return Version.parse(node.value.value)
            except ValueError as exc:
                raise ReleaseCheckError(f"{where}: {exc}") from None
    raise ReleaseCheckError(f"{where} does not assign __version__ a string")


def _load_json(data: bytes, where: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReleaseCheckError(f"{where} is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise ReleaseCheckError(f"{where} is not an OpenAPI document")
    return document


def _build(tree: Path, output: Path) -> dict[str, Any] | None:
    """The vendored document of ``tree`` with its fixes applied by its own tools, or None if it has none."""
    if not (tree / BUILD_TOOL).is_file() or not (tree / SPEC).is_file():
        return None
    result = subprocess.run(
        [sys.executable, "-m", "tools.build_spec", "-o", str(output)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ReleaseCheckError(f"cannot apply the spec fixes in {tree}: {result.stderr.strip()}")
    return _load_json(output.read_bytes(), str(output))


def _exists(root: Path, base: str, path: str) -> bool:
    """Whether ``path`` exists in commit ``base``."""
    return _git(root, "cat-file", "-e", f"{base}:{path}").returncode == 0


def _export(root: Path, base: str, into: Path) -> None:
    """Extract the base commit's ``openapi/`` and ``tools/`` into ``into``."""
    result = _git(root, "archive", "--format=tar", base, "--", "openapi", "tools")
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        raise ReleaseCheckError(f"cannot export openapi/ and tools/ from {base}: {message}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(into, filter="data")


def compare_apis(root: Path, base: str) -> tuple[str, spec_report.Report]:
    """Compare the API at ``base`` with the working tree's; return how, and the report."""
    head_spec = root / SPEC
    if not head_spec.is_file():
        raise ReleaseCheckError(f"{SPEC} is missing from the checkout")
    if _exists(root, base, BUILD_TOOL) and _exists(root, base, SPEC) and (root / BUILD_TOOL).is_file():
        with tempfile.TemporaryDirectory(prefix="release-check-") as scratch:
            work = Path(scratch)
            _export(root, base, work / "base")
            old_built = _build(work / "base", work / "base.json")
            new_built = _build(root, work / "head.json")
        if old_built is not None and new_built is not None:
            return "built", spec_report.compare(old_built, new_built)
    old_spec = _git(root, "show", f"{base}:{SPEC}")
    old = _load_json(old_spec.stdout, f"{base}:{SPEC}") if old_spec.returncode == 0 else EMPTY_API
    new = _load_json(head_spec.read_bytes(), SPEC)
    return "vendored", spec_report.compare(old, new)


def _has_changes(root: Path, base: str) -> bool:
    """Whether HEAD or the working tree differs from ``base``."""
    if _git_text(root, "rev-list", "--count", f"{base}..HEAD") != "0":
        return True
    return bool(_git_text(root, "status", "--porcelain", "--untracked-files=no"))


def check(root: Path) -> CheckResult:
    """Run every check on the checkout at ``root``."""
    top = Path(_git_text(root, "rev-parse", "--show-toplevel"))
    base, released = last_release(top)
    version_file = top / VERSION_FILE
    try:
        version = read_version(version_file.read_text(encoding="utf-8"), VERSION_FILE)
    except OSError as exc:
        raise ReleaseCheckError(f"cannot read {VERSION_FILE}: {exc.strerror or exc}") from None
    compared, report = compare_apis(top, base)
    level = report.bump if report.changes or _has_changes(top, base) else "none"
    required = required_version(released, level)
    problems: list[str] = []
    if version < released:
        problems.append(f"version {version} is lower than the last release {released} ({base})")
    elif version < required:
        problems.append(
            f"version {version} is not bumped enough: the changes since {base} need a {level} bump, "
            f"so the version must be at least {required}"
        )
    problems += _changelog_problems(top / CHANGELOG, version)
    return CheckResult(base, released, version, level, required, compared, report, problems)


def _changelog_problems(path: Path, version: Version) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [f"cannot read {CHANGELOG}: {exc.strerror or exc}"]
    try:
        section = changelog.find_section(text, str(version))
    except changelog.ChangelogError as exc:
        return [f"{CHANGELOG}: {exc}"]
    if section is None:
        return [f"{CHANGELOG} has no section for {version} (add '## [{version}] - YYYY-MM-DD')"]
    if not section.body:
        return [f"{CHANGELOG}: the section for {version} is empty"]
    return []


def render(result: CheckResult) -> str:
    """A short human summary of the check."""
    lines = [
        f"release-check: last release {result.released} ({result.base}); version {result.version}",
        f"release-check: API compared on the {result.compared} documents: "
        f"{spec_report.summary_line(result.report)}",
        f"release-check: required bump: {result.level} (at least {result.required})",
    ]
    breaking = result.report.by_impact(spec_report.BREAKING)
    lines += [f"  breaking: {change.location}: {change.message()}" for change in breaking[:20]]
    if len(breaking) > 20:
        lines.append(f"  ... and {len(breaking) - 20} more breaking changes")
    lines += [f"release-check: FAIL: {problem}" for problem in result.problems]
    if result.ok:
        lines.append(f"release-check: OK: {result.version} can be released")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m tools.release_check [--root DIR]``."""
    parser = argparse.ArgumentParser(prog="release_check", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the checkout (default: cwd)")
    args = parser.parse_args(argv)
    try:
        result = check(args.root)
    except ReleaseCheckError as exc:
        print(f"release-check: error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render(result))
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
