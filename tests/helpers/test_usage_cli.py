"""``circleci-api usage-export`` from a shell: a sign of life while it waits, and the clamped window."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from circleci_api.cli import Countdown, Progress, main

from .sim import ORG, TOKEN, FakeClock, Sim, gz
from .test_usage_export import REAL_HEADER, real_row


@pytest.fixture
def sim() -> Sim:
    return Sim(clock=FakeClock())


@pytest.fixture(autouse=True)
def token_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CIRCLECI_TOKEN", TOKEN)
    monkeypatch.delenv("CIRCLE_TOKEN", raising=False)


def export(
    sim: Sim, tmp_path: Path, *extra: str, start: str = "2025-09-01", end: str = "2025-09-02"
) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "usage-export",
        "--org",
        ORG,
        "--start",
        start,
        "--end",
        end,
        "-o",
        str(tmp_path / "u.csv"),
        *extra,
    ]
    code = main(argv, client=sim.client(), stdout=out, stderr=err, clock=sim.clock)
    assert TOKEN not in out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_waiting_shows_the_state_the_next_poll_and_a_countdown(sim: Sim, tmp_path: Path) -> None:
    sim.export_states = ["processing", "processing", "completed"]
    sim.export_parts = lambda n: [gz(REAL_HEADER + real_row("a"))]
    code, out, err = export(sim, tmp_path)  # the default pace: 360 s between polls
    assert code == 0, err
    lines = err.splitlines()
    # The fake wall clock starts at 12:00:00 UTC; the POST is at once, the first GET 360 s later.
    first = [line for line in lines if "next poll at 12:06:00 UTC" in line]
    assert re.fullmatch(
        r"circleci-api: job 1/1: waiting for export [0-9a-f-]{36}; next poll at 12:06:00 UTC \(in 6m00s\)",
        first[0],
    )
    assert [re.search(r"\(in (\S+)\)", line).group(1) for line in first] == [  # type: ignore[union-attr]
        "6m00s", "5m00s", "4m00s", "3m00s", "2m00s", "1m00s",
    ]  # fmt: skip
    # After a poll, the countdown names the state it saw.
    assert any("export is processing; next poll at 12:12:00 UTC (in 6m00s)" in line for line in lines)
    assert any("export is processing; next poll at 12:18:00 UTC (in 1m00s)" in line for line in lines)
    assert sim.clock.sleeps == [60.0] * 18  # 3 pauses of 360 s, in steps of a minute
    assert "wrote" in out
    assert "note:" not in out


def test_a_terminal_gets_a_countdown_every_second() -> None:
    clock = FakeClock()
    stream = io.StringIO()
    progress = Progress(stream)
    countdown = Countdown(clock, progress, tick=1.0)
    countdown.heard("job 1/1: export is processing")
    countdown.sleep(6.5)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "circleci-api: job 1/1: export is processing"
    assert all(" next poll at 12:00:06 UTC " in line for line in lines[1:])
    assert [line.rsplit("(in ", 1)[1] for line in lines[1:]] == [f"0m0{n}s)" for n in range(7, 0, -1)]
    assert clock.sleeps == [1.0] * 6 + [0.5]
    countdown.sleep(0.25)  # short pauses (tests, a fast server) stay quiet
    assert len(stream.getvalue().splitlines()) == 8


def test_a_future_end_is_clamped_and_the_cli_says_so(sim: Sim, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [gz(REAL_HEADER + real_row("a"))]
    code, out, err = export(sim, tmp_path, "--poll-interval", "1", start="2025-11-10", end="2025-11-30")
    assert code == 0, err
    assert "ends in the future; exporting up to now (2025-11-15T12:00:00+00:00)" in err
    assert "note: the window ended in the future; exported up to 2025-11-15T12:00:00+00:00" in out


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2025-12-01", "2025-12-02", "starts in the future"),
        ("2024-01-01", "2024-01-05", "more than 13 months ago"),
    ],
)
def test_windows_without_data_exit_2_before_any_request(
    sim: Sim, tmp_path: Path, start: str, end: str, message: str
) -> None:
    code, _, err = export(sim, tmp_path, start=start, end=end)
    assert code == 2
    assert message in err
    assert sim.seen == []
    assert list(tmp_path.iterdir()) == []


def test_a_completed_export_without_urls_exits_1_and_writes_nothing(sim: Sim, tmp_path: Path) -> None:
    sim.export_states = ["completed"]
    sim.export_missing_urls = [None] * 100
    code, _, err = export(sim, tmp_path, "--timeout", "1800")
    assert code == 1
    assert "completed but has no download URLs yet; polling again" in err
    assert "no download URLs within 1800 s" in err.splitlines()[-1]
    assert list(tmp_path.iterdir()) == []
