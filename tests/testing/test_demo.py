"""The demo (``python -m circleci_api.demo``): offline end to end, and ``--live`` staying read-only."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from circleci_api import demo
from circleci_api.testing import DEFAULT_TOKEN, USAGE_FIELDS, FakeCircleCI

from .support import SpecCheckedFake, SpecResponses

DEMO_TIMEOUT = 120
STEPS = (
    "1. Restrict a context to a project",
    "2. Create a pipeline definition and a trigger",
    "3. Run a pipeline and wait for it",
    "4. Read and change the project settings",
    "5. Export usage for a 45-day window",
)


def test_the_demo_runs_end_to_end_offline(tmp_path: Path) -> None:
    output = tmp_path / "usage.csv"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCLE")}
    finished = subprocess.run(
        [sys.executable, "-m", "circleci_api.demo", "--output", str(output)],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEMO_TIMEOUT,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    text = finished.stdout
    positions = [text.index(step) for step in STEPS]
    assert positions == sorted(positions)
    assert "restriction(s): project api" in text
    assert "trigger on all-pushes from acme/api" in text
    assert re.search(r"pipeline #1 finished: success", text)
    assert "autocancel_builds False -> True, build_prs_only False -> True" in text
    assert "from 2 export job(s)" in text
    printed = int(re.search(r"into one CSV: (\d+) rows, 48 columns", text).group(1))  # type: ignore[union-attr]
    with output.open(newline="", encoding="utf-8") as handle:
        lines = handle.read().splitlines()  # CircleCI's format: escapes, no quoting, one row a line
    assert lines[0].split(",") == [name.upper() for name in USAGE_FIELDS]
    assert printed == len(lines) - 1 > 0
    assert DEFAULT_TOKEN not in text + finished.stderr


def test_every_answer_the_demo_gets_follows_the_spec(spec_responses: SpecResponses) -> None:
    fake = SpecCheckedFake(spec_responses, seed=1)
    out = io.StringIO()
    assert demo.run_offline(out, fake=fake) == 0
    assert fake.problems == []
    assert fake.token_leaks == []
    operations = {r.operation_id for r in fake.requests}
    assert {"createContextRestriction", "triggerPipelineRun", "patchProjectSettings"} <= operations
    assert {"createUsageExport", "getUsageExport", "usageExportFile"} <= operations
    assert all(r.status < 400 for r in fake.requests)


def test_live_needs_a_token() -> None:
    err = io.StringIO()
    assert demo.main(["--live"], stdout=io.StringIO(), stderr=err) == 2
    assert "CIRCLECI_TOKEN" in err.getvalue()
    assert demo.main(["--project", "gh/acme/api"], stdout=io.StringIO(), stderr=io.StringIO()) == 2


def test_live_only_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake server stands in for CircleCI here; the demo never runs --live against it in tests.
    fake = FakeCircleCI()
    fake.add_project("gh/acme/api")
    with fake.serve() as server, server.client() as client:
        client.pipelines.run("gh/acme/api")
        fake.requests.clear()
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        out = io.StringIO()
        assert demo.main(["--live", "--project", "gh/acme/api"], stdout=out, stderr=io.StringIO()) == 0
    text = out.getvalue()
    assert "you are fake-user" in text
    assert "pipeline #1 created on main" in text
    assert fake.requests
    assert {r.method for r in fake.requests} == {"GET"}
    assert fake.token not in text


def test_live_reports_api_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeCircleCI()
    with fake.serve() as server:
        monkeypatch.setenv("CIRCLECI_BASE_URL", server.base_url)
        monkeypatch.setenv("CIRCLECI_TOKEN", "revoked-token")
        err = io.StringIO()
        assert demo.main(["--live"], stdout=io.StringIO(), stderr=err) == 3
    assert "401 You must log in first." in err.getvalue()
    assert "revoked-token" not in err.getvalue()
