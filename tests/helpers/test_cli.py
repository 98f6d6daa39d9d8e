"""The circleci-api command: exit codes, output streams, and the token never printed."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from circleci_api import SPEC_INFO, CircleCI, __version__
from circleci_api.cli import main

from .sim import API, ORG, PIPELINE_ID, SLUG, TOKEN, FakeClock, Sim, gz
from .test_usage_export import HEADER, row


@pytest.fixture
def sim() -> Sim:
    return Sim(clock=FakeClock())


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


def cli(*argv: str, client: CircleCI | None, clock: FakeClock | None = None) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), client=client, stdout=out, stderr=err, clock=clock)
    result = Run(code, out.getvalue(), err.getvalue())
    assert TOKEN not in result.out + result.err
    return result


@pytest.fixture(autouse=True)
def token_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", TOKEN)
    monkeypatch.delenv("CIRCLE_TOKEN", raising=False)
    monkeypatch.delenv("CIRCLECI_BASE_URL", raising=False)


def test_version_names_the_library_and_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["--version"], stdout=out) == 0
    line = out.getvalue().strip()
    assert __version__ in line
    assert SPEC_INFO.sha256 in line
    assert f"{SPEC_INFO.operations} operations" in line
    assert str(SPEC_INFO.date) in line


def test_wait_success_exits_0(sim: Sim) -> None:
    sim.frames = [("created", [("build", "success")])]
    result = cli("wait", PIPELINE_ID, client=sim.client())
    assert result.code == 0
    assert "workflow build: success" in result.out
    assert "build: success" in result.err  # progress


@pytest.mark.parametrize(
    ("frame", "errors", "expected"),
    [
        (("created", [("build", "failed")]), [], "failed job build/test: failed"),
        (("errored", []), [{"type": "config", "message": "bad yaml"}], "error (config): bad yaml"),
    ],
)
def test_failed_or_errored_pipeline_exits_1(
    sim: Sim, frame: Any, errors: list[dict[str, str]], expected: str
) -> None:
    sim.frames = [frame]
    sim.errors = errors
    sim.jobs = {"build": [("test", "failed")]}
    result = cli("wait", PIPELINE_ID, client=sim.client())
    assert result.code == 1
    assert expected in result.out


def test_timeout_exits_1_with_one_line(sim: Sim) -> None:
    sim.frames = [("created", [("build", "running")])]
    result = cli("wait", PIPELINE_ID, "--timeout", "0.001", "--poll-interval", "0.001", client=sim.client())
    assert result.code == 1
    last = result.err.strip().splitlines()[-1]
    assert last.startswith("circleci-api: error: pipeline")
    assert "did not finish in time" in last


@pytest.mark.parametrize(
    "argv",
    [
        ["wait"],
        ["frobnicate"],
        ["wait", PIPELINE_ID, "--timeout", "-3"],
        ["artifacts", SLUG, "seven", "-o", "x"],
        ["run", SLUG, "--branch", "main", "--tag", "v1"],
        ["run", SLUG, "--param", "novalue"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_invalid_values_found_after_parsing_exit_2(sim: Sim, tmp_path: Path) -> None:
    result = cli(
        "usage-export", "--org", ORG, "--start", "2025-13-01", "--end", "2025-09-02",
        "-o", str(tmp_path / "u.csv"),
        client=sim.client(),
    )  # fmt: skip
    assert result.code == 2
    assert "start" in result.err
    assert sim.seen == []
    assert cli("run", "gh/acme", client=sim.client()).code == 2  # a slug needs three parts


def test_a_parameter_that_is_not_json_exits_2_before_any_request(sim: Sim) -> None:
    result = cli("run", SLUG, "--param", "ratio=NaN", client=sim.client())
    assert result.code == 2
    assert "parameters.ratio" in result.err
    assert "not a JSON number" in result.err
    assert sim.seen == []


def test_authentication_error_exits_3_without_the_token(sim: Sim) -> None:
    wrong = CircleCI(
        "not-the-token", base_url=API, http_client=httpx.Client(transport=httpx.MockTransport(sim.handler))
    )
    result = cli("wait", PIPELINE_ID, client=wrong)
    assert result.code == 3
    assert result.err.count("\n") == 1
    assert "401" in result.err
    assert "not-the-token" not in result.err


def test_missing_token_is_a_configuration_error_exiting_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CIRCLECI_TOKEN")
    result = cli("wait", PIPELINE_ID, client=None)
    assert result.code == 2
    assert "CIRCLECI_TOKEN" in result.err


@pytest.mark.parametrize("base_url", ["circleci.com/api/v2", "ftp://circleci.com/api/v2"])
def test_a_base_url_without_an_http_scheme_exits_2(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli("--base-url", base_url, "wait", PIPELINE_ID, client=None)
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert base_url in result.err
    monkeypatch.setenv("CIRCLECI_BASE_URL", base_url)
    assert cli("wait", PIPELINE_ID, client=None).code == 2


def test_an_output_directory_that_does_not_exist_exits_2(sim: Sim, tmp_path: Path) -> None:
    sim.export_states = ["completed"]
    sim.export_parts = lambda n: [gz(HEADER + row(f"j{n}"))]
    dest = tmp_path / "missing" / "usage.csv"
    result = cli(
        "usage-export", "--org", ORG, "--start", "2025-09-01", "--end", "2025-09-15", "-o", str(dest),
        "--poll-interval", "0.001",
        client=sim.client(), clock=sim.clock,
    )  # fmt: skip
    assert result.code == 2, result.err
    assert f"directory {str(dest.parent)!r} does not exist" in result.err
    assert not dest.parent.exists()


def test_an_artifacts_directory_that_cannot_be_made_exits_2(sim: Sim, tmp_path: Path) -> None:
    url = "https://output.circle-artifacts.com/output/job/x/artifacts/0/a/b.txt"
    sim.artifacts = [{"path": "a/b.txt", "node_index": 0, "url": url}]
    sim.files[url] = lambda request: httpx.Response(200, content=b"hi")
    (tmp_path / "plain-file").write_text("not a directory")
    result = cli("artifacts", SLUG, "7", "-o", str(tmp_path / "plain-file" / "out"), client=sim.client())
    assert result.code == 2, result.err
    assert result.err.startswith("circleci-api: error: ")
    assert result.err.count("\n") == 1


@pytest.mark.parametrize(
    "command",
    [
        ["circleci_api"],
        *(["circleci_api", name] for name in ("wait", "run", "artifacts", "usage-export", "usage-report")),
        ["circleci_api.testing"],
        ["circleci_api.testing", "serve"],
        ["circleci_api.demo"],
    ],
    ids=lambda command: " ".join(command),
)
def test_help_texts_carry_no_rest_markup(command: list[str]) -> None:
    shown = subprocess.run(
        [sys.executable, "-m", *command, "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert shown.returncode == 0, shown.stderr
    assert "usage:" in shown.stdout
    markup = re.findall(r"``|:(?:func|class|meth|mod|attr|data|exc):`|\*\*\w", shown.stdout)
    assert not markup, shown.stdout


def test_debug_adds_the_traceback(sim: Sim) -> None:
    sim.fail_next = [(API, httpx.Response(500, json={"message": "boom"}))]
    plain = cli("wait", PIPELINE_ID, client=sim.client())
    sim.fail_next = [(API, httpx.Response(500, json={"message": "boom"}))]
    debug = cli("--debug", "wait", PIPELINE_ID, client=sim.client())
    assert plain.code == debug.code == 3
    assert "Traceback" not in plain.err
    assert "Traceback (most recent call last)" in debug.err
    assert "InternalServerError" in debug.err


def test_run_without_wait_prints_the_pipeline_id(sim: Sim) -> None:
    result = cli(
        "run", SLUG, "--definition-id", "2338d0ae-5541-4bbf-88a2-55e9f7281f80", "--branch", "main",
        "--param", "deploy=true", "--param", "count=3", "--param", "name=api",
        client=sim.client(),
    )  # fmt: skip
    assert result.code == 0
    assert result.out.strip() == PIPELINE_ID
    assert sim.seen[0].body == {
        "definition_id": "2338d0ae-5541-4bbf-88a2-55e9f7281f80",
        "config": {"branch": "main"},
        "checkout": {"branch": "main"},
        "parameters": {"deploy": True, "count": 3, "name": "api"},
    }


def test_run_and_wait(sim: Sim) -> None:
    sim.frames = [("created", [("build", "failed")])]
    result = cli("run", SLUG, "--tag", "v1.2.0", "--wait", client=sim.client())
    assert result.code == 1
    assert sim.seen[0].body == {"config": {"tag": "v1.2.0"}, "checkout": {"tag": "v1.2.0"}}
    assert "workflow build: failed" in result.out


def test_artifacts_prints_what_it_wrote(sim: Sim, tmp_path: Path) -> None:
    url = "https://output.circle-artifacts.com/output/job/x/artifacts/0/a/b.txt"
    sim.artifacts = [{"path": "a/b.txt", "node_index": 0, "url": url}]
    sim.files[url] = lambda request: httpx.Response(200, content=b"hi")
    result = cli("artifacts", SLUG, "7", "-o", str(tmp_path), client=sim.client())
    assert result.code == 0
    assert result.out.strip() == str((tmp_path / "a" / "b.txt").resolve())
    sim.artifacts = [{"path": "../x", "node_index": 0, "url": url}]
    refused = cli("artifacts", SLUG, "7", "-o", str(tmp_path), client=sim.client())
    assert refused.code == 1
    assert "refusing artifact path '../x'" in refused.err


def test_usage_export_writes_the_file(sim: Sim, tmp_path: Path) -> None:
    sim.export_states = ["completed"]
    sim.export_parts = lambda n: [gz(HEADER + row(f"j{n}"))]
    dest = tmp_path / "usage.csv"
    result = cli(
        "usage-export", "--org", ORG, "--start", "2025-09-01", "--end", "2025-10-15", "-o", str(dest),
        "--poll-interval", "0.001",
        client=sim.client(), clock=sim.clock,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert dest.read_text() == HEADER + row("j0") + row("j1")
    assert "2 export job(s)" in result.out
    assert "job 2/2: downloading part 1/1" in result.err


def test_failed_usage_export_exits_1(sim: Sim, tmp_path: Path) -> None:
    sim.export_states = ["failed"]
    sim.export_error = "Too much data"
    result = cli(
        "usage-export", "--org", ORG, "--start", "2025-09-01", "--end", "2025-09-02",
        "-o", str(tmp_path / "u.csv"),
        "--poll-interval", "0.001",
        client=sim.client(), clock=sim.clock,
    )  # fmt: skip
    assert result.code == 1
    assert "Too much data" in result.err
    assert not (tmp_path / "u.csv").exists()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_uses_rich_on_a_terminal_when_installed() -> None:
    pytest.importorskip("rich")
    from circleci_api.cli import Progress

    stream = Terminal()
    with Progress(stream) as progress:
        progress("downloading part 1/3")
    assert "downloading part 1/3" in stream.getvalue()
    assert not stream.getvalue().startswith("circleci-api:")  # rendered by rich, not the plain fallback

    plain = io.StringIO()
    with Progress(plain) as progress:
        progress("downloading part 1/3")
    assert plain.getvalue() == "circleci-api: downloading part 1/3\n"
