"""tools/fresh_demo.py (`make demo-fresh`) on throwaway repositories whose `make demo` is scripted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools import fresh_demo


def repository(root: Path, recipe: str, runtime: str = "") -> Path:
    """A git repository whose Makefile's demo target runs ``recipe`` (one line per recipe line)."""
    root.mkdir()
    lines = "".join(f"\t{line}\n" for line in recipe.splitlines())
    (root / "Makefile").write_text(f"demo:\n{lines}", encoding="utf-8")
    (root / "requirements").mkdir()
    (root / "requirements" / "runtime.txt").write_text(runtime, encoding="utf-8")
    for command in (
        ["git", "init", "--quiet"],
        ["git", "add", "Makefile", "requirements"],
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "--quiet", "-m", "demo"],
    ):
        subprocess.run(command, cwd=root, check=True)
    return root


def test_a_quick_demo_passes_in_a_clone_without_the_pip_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = repository(tmp_path / "repo", 'echo "cache=$$PIP_NO_CACHE_DIR in $$(basename $$PWD)"')
    monkeypatch.setattr(fresh_demo, "ROOT", root)
    assert fresh_demo.main(["--limit", "60"]) == 0
    assert "`make demo` in a fresh clone took" in capsys.readouterr().out
    assert "cache=1 in fresh-clone" in (root / "build" / "fresh-clone-demo.log").read_text()
    assert not (root / "build" / "fresh-clone").exists()


def test_a_slow_demo_fails_and_keeps_the_clone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = repository(tmp_path / "repo", "sleep 0.3")
    monkeypatch.setattr(fresh_demo, "ROOT", root)
    assert fresh_demo.main(["--limit", "0.1"]) == 1
    assert "too slow; see build/fresh-clone-demo.log" in capsys.readouterr().out
    assert (root / "build" / "fresh-clone" / "Makefile").is_file()


def test_a_failing_demo_fails_showing_its_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = repository(tmp_path / "repo", "echo broken-demo; exit 3")
    monkeypatch.setattr(fresh_demo, "ROOT", root)
    assert fresh_demo.main([]) == 1
    out = capsys.readouterr().out
    assert "broken-demo" in out
    assert "failed (exit 2)" in out  # make's status for a failed recipe


def test_outside_a_git_checkout_there_is_nothing_to_clone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(fresh_demo, "ROOT", tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert fresh_demo.main([]) == 0
    assert "skipped: not a git checkout" in capsys.readouterr().out


def test_a_demo_venv_with_more_than_the_runtime_set_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only what requirements/runtime.txt pins may be installed (a dev tool sneaking in fails)."""
    site = "$$(.venv-demo/bin/python -c 'import sysconfig; print(sysconfig.get_paths()[\"purelib\"])')"
    recipe = (
        f"{sys.executable} -m venv --without-pip .venv-demo\n"
        f"for name in sniffio pytest; do mkdir -p {site}/$$name-1.0.dist-info; "
        f"printf 'Name: %s\\nVersion: 1.0\\n' $$name > {site}/$$name-1.0.dist-info/METADATA; done"
    )
    root = repository(tmp_path / "repo", recipe, runtime="# pinned\nsniffio==1.0\n")
    monkeypatch.setattr(fresh_demo, "ROOT", root)
    assert fresh_demo.main(["--limit", "60"]) == 1
    assert "the demo venv holds more than requirements/runtime.txt: pytest" in capsys.readouterr().out
