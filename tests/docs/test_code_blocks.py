"""Every Python block of README.md and docs/*.md runs against the fake (see ``collector``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .collector import ROOT, CodeBlock, all_blocks, documents, run_block

BLOCKS = all_blocks()


@pytest.mark.parametrize("block", BLOCKS, ids=[block.name for block in BLOCKS])
def test_block_runs_and_prints_what_it_shows(block: CodeBlock, tmp_path: Path) -> None:
    if block.not_tested is not None:
        pytest.skip(f"{block.name} is marked not-tested: {block.not_tested}")
    run_block(block, tmp_path)


def test_every_python_fence_is_collected() -> None:
    """Counted independently of the parser: a fence it missed would go untested silently."""
    fences = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(python3?|py)\s*$", re.MULTILINE | re.IGNORECASE)
    expected = {path: len(fences.findall(path.read_text(encoding="utf-8"))) for path in documents()}
    found = {path: sum(1 for block in BLOCKS if block.path == path) for path in documents()}
    assert found == expected
    readme = [block for block in BLOCKS if block.path == ROOT / "README.md"]
    assert len(readme) >= 4
    assert any(block.expected_output for block in readme)


def test_blocks_type_check_under_mypy_strict(tmp_path: Path) -> None:
    """A reader's type checker accepts the examples (each block is its own module)."""
    for number, block in enumerate(BLOCKS):
        # Leading blank lines make mypy's line numbers those of the Markdown file.
        (tmp_path / f"block_{number}.py").write_text("\n" * (block.line - 1) + block.code, encoding="utf-8")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--config-file", ""),
            *("--cache-dir", str(tmp_path / ".mypy_cache"), "--no-error-summary"),
            *sorted(str(path) for path in tmp_path.glob("block_*.py")),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    names = {f"block_{number}.py": block.name.rsplit(":", 1)[0] for number, block in enumerate(BLOCKS)}
    errors = [
        re.sub(r"^.*?(block_\d+\.py):", lambda match: names[match[1]] + ":", line)
        for line in result.stdout.splitlines()
    ]
    assert result.returncode == 0, "\n".join(errors) + result.stderr
