"""The benchmark harness runs end to end at toy sizes (so it cannot rot); nothing here is timed."""

from __future__ import annotations

from pathlib import Path

from bench._common import Settings
from bench.run import KEYS, markdown, run_all, table


def test_every_benchmark_runs_once_at_tiny_size(tmp_path: Path) -> None:
    outcomes, facts = run_all(Settings.tiny(tmp_path), log=lambda _message: None)

    assert [outcome.key for outcome in outcomes] == list(KEYS)
    for outcome in outcomes:
        assert outcome.rows, outcome.key
        assert all(row.value >= 0 for row in outcome.rows), outcome.key
    assert {"CPU", "cores", "RAM"} <= facts["machine"].keys()
    assert {"Python", "httpx", "circleci-api", "openapi-python-client"} <= facts["versions"].keys()
    report = markdown(outcomes, facts, elapsed=1.0, quick=True)
    for number, outcome in enumerate(outcomes, start=1):
        assert f"## {number}. {outcome.title}" in report
    assert "import httpx" in table(outcomes)
