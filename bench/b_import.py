"""1. Import cost: a fresh interpreter per run, every contender in each round, medians."""

from __future__ import annotations

import collections
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, fmt, median

TARGET = 1.3
OURS = "import circleci_api; circleci_api.CircleCI"


@dataclass(frozen=True)
class Contender:
    """A command whose whole run is timed."""

    label: str
    python: str
    code: str
    pythonpath: Path | None = None

    def run(self) -> float:
        """Seconds for one run of a fresh interpreter."""
        env = bench_env()
        if self.pythonpath:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(self.pythonpath), env.get("PYTHONPATH")]))
        started = time.perf_counter()
        subprocess.run([self.python, "-c", self.code], cwd=ROOT, env=env, check=True)
        return time.perf_counter() - started


def contenders(stock: Path | None, pycircleci: Path | None) -> list[Contender]:
    """The bare interpreter, httpx (the baseline), this library and whichever comparisons are set up."""
    found = [
        Contender("python -c pass (interpreter start)", PYTHON, "pass"),
        Contender("import httpx", PYTHON, "import httpx"),
        Contender("import circleci_api; circleci_api.CircleCI", PYTHON, OURS),
    ]
    if stock is not None:
        found.append(
            Contender(
                "stock openapi-python-client: import <pkg>.models",
                PYTHON,
                "import circleci_stock.models",
                stock,
            )
        )
    if pycircleci is not None:
        found.append(
            Contender(
                "pycircleci 0.7.0: from pycircleci.api import Api",
                str(pycircleci),
                "from pycircleci.api import Api",
            )
        )
    return found


def importtime_profile(runs: int = 7, top: int = 15) -> str:
    """Modules ``import circleci_api`` loads beyond ``import httpx``, by median self time (-X importtime)."""

    def sample(code: str) -> dict[str, int]:
        err = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", code],
            cwd=ROOT,
            env=bench_env(),
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        times = {}
        for line in err.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                self_us, _cumulative, name = line[len("import time:") :].split("|")
                times[name.strip()] = int(self_us)
        return times

    base: set[str] = set()
    extra: dict[str, list[int]] = collections.defaultdict(list)
    for _ in range(runs):
        base |= sample("import httpx").keys()
        for name, value in sample(OURS).items():
            extra[name].append(value)
    rows = sorted(
        ((median([float(v) for v in vs]), name) for name, vs in extra.items() if name not in base),
        reverse=True,
    )
    total = sum(value for value, _ in rows)
    lines = [
        f"modules beyond `import httpx`: {len(rows)}, {total / 1000:.1f} ms self time in total "
        f"(median of {runs})"
    ]
    lines += [f"{value / 1000:7.2f} ms  {name}" for value, name in rows[:top]]
    return "\n".join(lines)


def run(settings: Settings, stock: Path | None, pycircleci: Path | None) -> Outcome:
    """Time every contender ``settings.import_runs`` times, rotating the order each round."""
    found = contenders(stock, pycircleci)
    for contender in found:  # write the bytecode caches, warm the page cache
        for _ in range(2 if settings.import_runs > 1 else 1):
            contender.run()
    times: dict[str, list[float]] = {c.label: [] for c in found}
    for index in range(settings.import_runs):
        shift = index % len(found)
        for contender in found[shift:] + found[:shift]:
            times[contender.label].append(contender.run() * 1000)
    medians = {label: median(values) for label, values in times.items()}
    start = medians[found[0].label]
    httpx_ms = medians["import httpx"]
    rows = []
    for contender in found:
        value = medians[contender.label]
        is_base = contender.label == "import httpx" or contender is found[0]
        ratio = None if is_base else value / httpx_ms
        net = f"{value - start:.1f} ms after interpreter start" if contender is not found[0] else ""
        rows.append(Row(contender.label, value, "ms", ratio, net))
    ours = medians[found[2].label] / httpx_ms
    met = ours <= TARGET
    net_ratio = (medians[found[2].label] - start) / max(httpx_ms - start, 1e-9)
    outcome = Outcome(
        key="import",
        title="Import",
        target=f"<= {TARGET}x `import httpx`",
        rows=rows,
        met=met,
        verdict=f"{ours:.2f}x import httpx (net of interpreter start: {net_ratio:.2f}x)",
        method=(
            f"Wall time of a fresh `python -c ...` per run, {settings.import_runs} runs each, contenders "
            "interleaved round by round, median.  Bytecode caches are warm for every contender "
            "(PYTHONPYCACHEPREFIX under build/bench)."
        ),
    )
    outcome.extra["httpx"] = fmt(httpx_ms, "ms")
    if settings.profile_misses and not met:
        outcome.profile = importtime_profile()
    return outcome
