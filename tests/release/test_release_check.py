"""tools/release_check.py on temporary git repositories: is the version bumped enough?"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tools import release_check
from tools.release_check import Version

ROOT = Path(__file__).resolve().parents[2]


def api(*, extra_operation: bool = False, states: tuple[str, ...] = ("on", "off")) -> dict[str, Any]:
    """A small OpenAPI document; variants add an operation or change an enum."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Small", "version": "1"},
        "paths": {
            "/thing/{id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"state": {"type": "string", "enum": list(states)}},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/thing": {"delete": {"operationId": "deleteThings", "responses": {"204": {"description": ""}}}},
        },
    }
    if extra_operation:
        document["paths"]["/other"] = {
            "get": {"operationId": "getOther", "responses": {"204": {"description": ""}}}
        }
    return document


def changelog_for(*versions: str) -> str:
    unique = dict.fromkeys(versions)
    sections = "".join(f"## [{version}] - 2025-01-01\n\n- Changes in {version}.\n\n" for version in unique)
    return f"# Changelog\n\n## [Unreleased]\n\n{sections}"


class Repo:
    """A throw-away git repository shaped like this project (spec, version file, changelog)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        config = ["-c", "user.name=Release Test", "-c", "user.email=release@example.invalid"]
        config += ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"]
        result = subprocess.run(
            ["git", "-C", str(self.root), *config, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def write(self, path: str, text: str) -> None:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def release_files(self, version: str, document: dict[str, Any] | None, *changelog: str) -> None:
        self.write("overlay/circleci_api/_version.py", f'"""Version."""\n\n__version__ = "{version}"\n')
        if document is not None:
            self.write("openapi/circleci-v2.json", json.dumps(document, indent=2) + "\n")
        self.write("CHANGELOG.md", changelog_for(*(changelog or (version,))))

    def commit(self, message: str = "change") -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)

    def check(self) -> release_check.CheckResult:
        return release_check.check(self.root)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return Repo(tmp_path / "repo")


@pytest.fixture
def released(repo: Repo) -> Repo:
    """A repository whose last release is v1.2.3 (one commit, tagged)."""
    repo.release_files("1.2.3", api())
    repo.commit("release 1.2.3")
    repo.git("tag", "v1.2.3")
    return repo


def test_versions_parse_and_bump() -> None:
    assert Version.parse("v1.2.3") == Version(1, 2, 3)
    assert str(Version(1, 2, 3).bumped("patch")) == "1.2.4"
    assert str(Version(1, 2, 3).bumped("minor")) == "1.3.0"
    assert str(Version(1, 2, 3).bumped("major")) == "2.0.0"
    assert Version(0, 9, 9) < Version(0, 10, 0)
    for bad in ("1.2", "1.2.3rc1", "01.2.3", "one"):
        with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
            Version.parse(bad)


def test_the_tagged_commit_itself_needs_no_bump(released: Repo) -> None:
    result = released.check()
    assert (result.base, str(result.released), result.level) == ("v1.2.3", "1.2.3", "none")
    assert result.ok, result.problems


@pytest.mark.parametrize(
    ("change", "level", "too_small", "enough"),
    [
        ({"extra_operation": True}, "minor", "1.2.4", "1.3.0"),
        ({"states": ("on", "off", "broken")}, "minor", "1.2.4", "1.3.0"),
        ({"states": ("on",)}, "major", "1.3.0", "2.0.0"),
    ],
    ids=["operation-added", "enum-value-added", "enum-value-removed"],
)
def test_api_changes_demand_their_bump(
    released: Repo, change: dict[str, Any], level: str, too_small: str, enough: str
) -> None:
    released.release_files("1.2.3", api(**change), "1.2.3")
    released.commit()
    for version, ok in (("1.2.3", False), (too_small, False), (enough, True), ("3.0.0", True)):
        released.release_files(version, None, version, "1.2.3")
        result = released.check()
        assert result.level == level
        assert str(result.required) == enough
        assert result.ok is ok, (version, result.problems)
        if not ok:
            assert result.problems == [
                f"version {version} is not bumped enough: the changes since v1.2.3 need a {level} bump, "
                f"so the version must be at least {enough}"
            ]


def test_a_removed_operation_is_breaking_and_reported(
    released: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    document = api()
    del document["paths"]["/thing"]
    released.release_files("1.3.0", document, "1.3.0", "1.2.3")
    released.commit("drop deleteThings")
    assert release_check.main(["--root", str(released.root)]) == 1
    out = capsys.readouterr().out
    assert "breaking: deleteThings: operation removed (DELETE /thing)" in out
    assert "FAIL: version 1.3.0 is not bumped enough" in out
    assert "at least 2.0.0" in out


def test_commits_without_api_changes_need_a_patch_bump(released: Repo) -> None:
    released.write("README.md", "more docs\n")
    released.commit("docs")
    result = released.check()
    assert (result.level, str(result.required), result.ok) == ("patch", "1.2.4", False)
    released.release_files("1.2.4", None, "1.2.4", "1.2.3")
    released.commit("release 1.2.4")
    assert released.check().ok


def test_uncommitted_changes_count_too(released: Repo) -> None:
    released.write("overlay/circleci_api/client.py", "# edited\n")
    released.git("add", "overlay/circleci_api/client.py")
    result = released.check()
    assert result.level == "patch"
    assert not result.ok


def test_a_version_below_the_last_release_fails(released: Repo) -> None:
    released.release_files("1.2.2", None, "1.2.2", "1.2.3")
    released.commit()
    assert released.check().problems[0] == "version 1.2.2 is lower than the last release 1.2.3 (v1.2.3)"


@pytest.mark.parametrize(
    ("changelog", "problem"),
    [
        (changelog_for("1.2.3"), "CHANGELOG.md has no section for 1.3.0"),
        ("# Changelog\n\n## [1.3.0] - 2025-02-02\n\n## [1.2.3]\n\n- x.\n", "the section for 1.3.0 is empty"),
        ("# Changelog\n\n## [1.3.0]\n\n- a.\n\n## [1.3.0]\n\n- b.\n", "more than one section for 1.3.0"),
    ],
    ids=["missing", "empty", "duplicate"],
)
def test_the_changelog_must_describe_the_version(released: Repo, changelog: str, problem: str) -> None:
    released.release_files("1.3.0", api(extra_operation=True))
    released.write("CHANGELOG.md", changelog)
    released.commit()
    result = released.check()
    assert result.level == "minor"
    assert len(result.problems) == 1
    assert problem in result.problems[0]


def test_tags_that_are_not_versions_are_ignored(released: Repo) -> None:
    released.release_files("1.2.3", api(extra_operation=True), "1.2.3")
    released.commit()
    released.git("tag", "demo-day")
    result = released.check()
    assert result.base == "v1.2.3"
    assert result.level == "minor"


def test_without_a_tag_the_first_commit_is_release_zero(repo: Repo) -> None:
    repo.write("README.md", "start\n")
    repo.commit("start")
    repo.release_files("0.0.5", api())
    repo.commit("the API")
    result = repo.check()
    assert result.base == repo.git("rev-list", "--max-parents=0", "HEAD").strip()
    assert str(result.released) == "0.0.0"
    assert result.compared == "vendored"
    assert result.level == "minor"  # every operation is new since the first commit
    assert not result.ok
    repo.release_files("0.1.0", None)
    repo.commit("0.1.0")
    assert repo.check().ok


def test_a_fix_that_changes_a_type_is_caught_on_the_built_documents(repo: Repo) -> None:
    """With tools/build_spec.py on both sides, spec fixes count: here one retypes three parameters."""
    shutil.copytree(ROOT / "tools", repo.root / "tools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "openapi", repo.root / "openapi")
    retyping_fix = repo.root / "openapi" / "fixes" / "070-query-string-arrays.json"
    fix_text = retyping_fix.read_text(encoding="utf-8")
    retyping_fix.unlink()
    repo.release_files("0.1.0", None)
    repo.commit("0.1.0")
    repo.git("tag", "v0.1.0")
    retyping_fix.write_text(fix_text, encoding="utf-8")
    repo.release_files("0.1.1", None, "0.1.1", "0.1.0")
    repo.commit("query filters are arrays")
    result = repo.check()
    assert result.compared == "built"
    assert result.level == "major"
    assert {change.kind for change in result.report.changes} == {"parameter-retyped"}
    assert not result.ok


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("not-a-repo", "git rev-parse --show-toplevel failed"),
        ("bad-version", "does not assign __version__ a string"),
        ("bad-tag", "MAJOR.MINOR.PATCH"),
    ],
)
def test_when_the_check_cannot_run_it_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, words: str
) -> None:
    root = tmp_path / "plain"
    if setup == "not-a-repo":
        root.mkdir()
    else:
        repo = Repo(root)
        repo.release_files("1.0.0", api())
        if setup == "bad-version":
            repo.write("overlay/circleci_api/_version.py", "__version__ = VERSION\n")
        repo.commit()
        if setup == "bad-tag":
            repo.git("tag", "v1.0")
    assert release_check.main(["--root", str(root)]) == 2
    assert words in capsys.readouterr().err
