"""Every Python block of README.md and docs/*.md runs against the fake (see ``collector``)."""

from __future__ import annotations

import re
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
