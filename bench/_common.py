"""What every benchmark shares: settings, result rows, medians and the subprocess environment."""

from __future__ import annotations

import os
import statistics
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "bench"
PYTHON = sys.executable


@dataclass(frozen=True)
class Settings:
    """Sizes and repetition counts.  ``full()`` is what ``make bench`` runs, ``tiny()`` the smoke test."""

    work: Path = WORK
    import_runs: int = 40
    request_rounds: int = 20
    request_calls: int = 300
    parse_items: int = 1000
    parse_rounds: int = 15
    parse_iterations: int = 3
    pages_small: int = 20
    pages_large: int = 200
    page_items: int = 100
    export_bytes: int = 210_000_000
    export_parts: int = 3
    export_rounds: int = 3
    #: Size of the merged usage CSV that ``read_rows`` and ``usage-report`` read (``--usage-mb``).
    usage_bytes: int = 200_000_000
    usage_rounds: int = 3
    generate_runs: int = 2
    #: Compare with openapi-python-client's stock output (generated into ``work`` at bench time).
    stock: bool = True
    #: Compare with pycircleci (installed into a venv under ``work`` at bench time).
    pycircleci: bool = True
    #: Run ``tools.generate`` for real (the smoke test only checks the harness around it).
    real_generate: bool = True
    #: Profile every benchmark that misses its target.
    profile_misses: bool = True

    @classmethod
    def full(cls) -> Settings:
        """The sizes the issue asks for."""
        return cls()

    @classmethod
    def tiny(cls, work: Path) -> Settings:
        """One pass of everything at toy sizes, without the slow setup steps."""
        return replace(
            cls(),
            work=work,
            import_runs=1,
            request_rounds=1,
            request_calls=3,
            parse_items=10,
            parse_rounds=1,
            parse_iterations=1,
            pages_small=2,
            pages_large=3,
            page_items=5,
            export_bytes=200_000,
            export_rounds=1,
            usage_bytes=200_000,
            usage_rounds=1,
            generate_runs=1,
            stock=False,
            pycircleci=False,
            real_generate=False,
            profile_misses=False,
        )


@dataclass
class Row:
    """One contender's median, and its ratio to the benchmark's baseline (None for the baseline)."""

    label: str
    value: float
    unit: str
    ratio: float | None = None
    note: str = ""


@dataclass
class Outcome:
    """One benchmark: its rows, the target, whether it was met, and what explains a miss."""

    key: str
    title: str
    target: str
    rows: list[Row]
    met: bool | None
    verdict: str
    method: str
    profile: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def median(values: list[float]) -> float:
    """The median (an empty list is a bug in the caller)."""
    return statistics.median(values)


def bench_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for measured subprocesses.

    Bytecode is cached under ``build/bench/pycache`` for every contender alike: an installed package
    has its ``.pyc`` files, so compiling sources on each run (``PYTHONDONTWRITEBYTECODE``) would
    measure the compiler instead of the import.  ``PYTHONPATH`` passes through, so
    ``PYTHONPATH=<checkout>/overlay:<checkout>/generated python -m bench`` measures another checkout.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    if extra:
        env.update(extra)
    return env


def profile_summary(text: str, lines: int = 40) -> str:
    """A pyinstrument call tree without its banner: the duration line, then the top of the tree."""
    kept: list[str] = []
    in_tree = False
    for line in text.splitlines():
        if "Duration:" in line:
            kept.append(line[line.index("Duration:") :].strip())
        elif line.startswith("Profile at"):
            in_tree = True
        elif in_tree and line.strip():
            kept.append(line.rstrip())
    return "\n".join(kept[: lines + 1])


def fmt(value: float, unit: str) -> str:
    """A value with a sensible number of digits."""
    if value >= 100:
        return f"{value:,.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"
