"""The import-and-smoke script of `make test-newest` passes in the development venv too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SMOKE = Path(__file__).with_name("smoke.py")


def test_the_smoke_script_passes_outside_the_checkout(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-I", str(SMOKE)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("smoke: httpx==")
    assert "python-dateutil==" in lines[0]
    imported = int(lines[1].split()[2])
    assert imported > 400  # both packages, every model module
    assert lines[-1].startswith("smoke: sync and async runs")
    assert list(tmp_path.iterdir()) == []  # the export went to a temporary directory
