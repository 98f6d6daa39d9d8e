"""The harness's own parts, without Node: document preparation, the type walk, start/stop, skip/fail."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import tests.contract.conftest as contract_conftest
from circleci_api.models import Pipeline
from tests.contract import prism
from tests.contract.prism import PrismServer, PrismStartError, PrismUnavailable, document_for_prism
from tests.contract.walk import untyped_values

# --------------------------------------------------------------------------- the document Prism reads


def test_paths_move_under_the_server_base_path(built_spec: dict[str, Any]) -> None:
    prepared = document_for_prism(built_spec)
    assert len(prepared["paths"]) == len(built_spec["paths"])
    assert all(path.startswith("/api/v2/") for path in prepared["paths"])
    assert prepared["paths"]["/api/v2/me"] == built_spec["paths"]["/me"]
    assert prepared["servers"] == [{"url": "/api/v2"}]
    assert "/me" in built_spec["paths"]  # the input is left alone


def test_patterned_strings_get_an_example_that_matches(built_spec: dict[str, Any]) -> None:
    import re

    prepared = document_for_prism(built_spec)
    duration = prepared["components"]["schemas"]["JSONDuration"]
    assert re.fullmatch(duration["pattern"], duration["example"])
    assert "example" not in built_spec["components"]["schemas"]["JSONDuration"]


def test_an_unknown_pattern_is_reported_not_served() -> None:
    doc = {
        "servers": [{"url": "https://circleci.com/api/v2"}],
        "paths": {},
        "components": {"schemas": {"Tag": {"type": "string", "pattern": "^v[0-9]+$"}}},
    }
    with pytest.raises(ValueError, match=r"Tag.*PATTERN_EXAMPLES"):
        document_for_prism(doc)


# --------------------------------------------------------------------------- the type walk

PIPELINE: dict[str, Any] = {
    "id": "5034460f-c7c4-4c43-9457-de07e2029e7b",
    "errors": [],
    "project_slug": "gh/acme/api",
    "number": 1288,
    "state": "created",
    "created_at": "2025-05-01T10:00:00Z",
    "trigger": {"type": "api", "received_at": "2025-05-01T10:00:00Z", "actor": {"login": "octocat"}},
}


def pipeline_converter() -> Any:
    from circleci_api_generated.api.pipeline.get_pipeline_by_id import ENDPOINT

    return ENDPOINT.responses[200]


def test_the_walk_accepts_a_well_typed_result() -> None:
    assert untyped_values(pipeline_converter(), Pipeline.from_dict(PIPELINE), "Pipeline") == []


def test_the_walk_finds_every_value_that_kept_its_raw_type() -> None:
    broken = {**PIPELINE, "number": "1288", "state": "paused", "created_at": "yesterday"}
    broken["trigger"] = {**PIPELINE["trigger"], "received_at": 0}
    problems = untyped_values(pipeline_converter(), Pipeline.from_dict(broken), "Pipeline")
    assert sorted(p.split(":")[0] for p in problems) == [
        "Pipeline.created_at",
        "Pipeline.number",
        "Pipeline.state",
        "Pipeline.trigger.received_at",
    ]


# --------------------------------------------------------------------------- starting and stopping


def dummy_server(tmp_path: Path, code: str) -> PrismServer:
    log = tmp_path / "dummy.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", code], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    return PrismServer(process, prism.free_port(), "/api/v2", log, dynamic=False)


def test_a_server_that_exits_early_fails_with_its_log(tmp_path: Path) -> None:
    server = dummy_server(tmp_path, "import sys; print('EADDRINUSE: port taken'); sys.exit(3)")
    server.process.wait(timeout=30)
    with pytest.raises(PrismStartError, match=r"(?s)status 3.*EADDRINUSE"):
        prism._wait_until_ready(server, time.monotonic() + 30)


def test_stop_ends_the_whole_process_group(tmp_path: Path) -> None:
    # The child starts a grandchild in the same group and prints its pid; stop() must end both.
    code = (
        "import subprocess, sys, time;"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)']);"
        "print(p.pid, flush=True); time.sleep(120)"
    )
    server = dummy_server(tmp_path, code)
    deadline = time.monotonic() + 30
    while not server.log_path.read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.05)
    grandchild = int(server.log_path.read_text().split()[0])
    server.stop()
    assert server.process.poll() is not None
    deadline = time.monotonic() + 10
    while _alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(grandchild)
    server.stop()  # idempotent


def test_prism_ends_when_the_test_process_dies_without_teardown(tmp_path: Path) -> None:
    """An xdist worker killed by a timeout runs no teardown; its Prism must not outlive it."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the parent-death signal is Linux-only")
    # The "worker": starts a long sleeper the way Prism is started, prints its pid, exits at once.
    worker = (
        "import subprocess, sys; from tests.contract.prism import popen_options;"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'],"
        " stdout=subprocess.DEVNULL, **popen_options());"
        "print(p.pid, flush=True)"
    )
    done = subprocess.run(
        [sys.executable, "-c", worker], capture_output=True, text=True, check=True, timeout=60, cwd=prism.ROOT
    )
    sleeper = int(done.stdout.split()[0])
    deadline = time.monotonic() + 10
    while _alive(sleeper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(sleeper)


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is already dead


# --------------------------------------------------------------------------- no Node: skip, or fail in CI


def unavailable(*args: Any, **kwargs: Any) -> PrismServer:
    raise PrismUnavailable("Node.js is not installed (test)")


@pytest.mark.parametrize("ci", ["", "false"])
def test_without_node_the_suite_is_skipped_locally(
    ci: str, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(contract_conftest, "start_prism", unavailable)
    with pytest.raises(pytest.skip.Exception, match=r"Node\.js is not installed"):
        next(contract_conftest._prism({}, tmp_path_factory, dynamic=False))


def test_without_node_the_suite_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(contract_conftest, "start_prism", unavailable)
    with pytest.raises(pytest.fail.Exception, match="cannot run under CI"):
        next(contract_conftest._prism({}, tmp_path_factory, dynamic=False))


def test_missing_node_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(PrismUnavailable, match=r"Node\.js"):
        prism.prism_command()
