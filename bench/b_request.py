"""2. Per-request overhead: ``client.pipelines.get(id)`` vs raw httpx vs pycircleci, same local server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, median, profile_summary
from bench.server import serving

TARGET = 1.10
WORKER = Path(__file__).with_name("_request_worker.py")
LABELS = {
    "httpx": "raw httpx.Client.get + json.loads",
    "httpx-cookieless": "the same, httpx client without a cookie store",
    "circleci_api": "client.pipelines.get(id) (typed)",
    "pycircleci": "pycircleci 0.7.0 Api.get_pipeline(id)",
    "httpx-async": "raw httpx.AsyncClient.get + json.loads",
    "circleci_api-async": "await client.pipelines.get(id) (AsyncCircleCI)",
}
#: The contender each row's ratio is taken against.
BASELINE = {"httpx-async": None, "circleci_api-async": "httpx-async"}


class Worker:
    """One long-lived process making calls for one library."""

    def __init__(self, kind: str, python: str, base: str) -> None:
        self.kind = kind
        self.proc = subprocess.Popen(
            [python, str(WORKER), kind, base],
            cwd=ROOT,
            env=bench_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        ready = self._line()
        if ready != "READY":
            raise RuntimeError(f"{kind} worker failed to start: {ready!r}")

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def time(self, calls: int) -> tuple[float, float]:
        """Wall and CPU seconds (of this process only) for ``calls`` calls."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{calls}\n")
        self.proc.stdin.flush()
        wall, cpu = self._line().split()
        return float(wall), float(cpu)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def profile(base: str, calls: int = 2000) -> str:
    """pyinstrument's call tree of ``client.pipelines.get`` calls (library internals folded)."""
    out = subprocess.run(
        [PYTHON, str(WORKER), "circleci_api", base, "--profile", str(calls)],
        cwd=ROOT,
        env=bench_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return profile_summary(out)


def run(settings: Settings, pycircleci: Path | None) -> Outcome:
    """Interleave rounds of ``request_calls`` calls per library; per-call medians in microseconds."""
    kinds = [
        ("httpx", PYTHON),
        ("httpx-cookieless", PYTHON),
        ("circleci_api", PYTHON),
        ("httpx-async", PYTHON),
        ("circleci_api-async", PYTHON),
    ]
    if pycircleci is not None:
        kinds.append(("pycircleci", str(pycircleci)))
    with serving() as base:
        workers = [Worker(kind, python, base) for kind, python in kinds]
        try:
            for worker in workers:  # warm up connections, caches and lazy imports
                worker.time(max(20, settings.request_calls // 5))
            times: dict[str, list[float]] = {w.kind: [] for w in workers}
            cpu_times: dict[str, list[float]] = {w.kind: [] for w in workers}
            for index in range(settings.request_rounds):
                shift = index % len(workers)
                for worker in workers[shift:] + workers[:shift]:
                    wall, used = worker.time(settings.request_calls)
                    times[worker.kind].append(wall / settings.request_calls * 1e6)
                    cpu_times[worker.kind].append(used / settings.request_calls * 1e6)
        finally:
            for worker in workers:
                worker.close()
        medians = {kind: median(values) for kind, values in times.items()}
        cpu = {kind: median(values) for kind, values in cpu_times.items()}
        raw = medians["httpx"]
        rows = []
        for kind, value in medians.items():
            baseline = BASELINE.get(kind, "httpx")
            rows.append(
                Row(
                    LABELS[kind],
                    value,
                    "us/call",
                    None if baseline is None or kind == baseline else value / medians[baseline],
                    f"CPU {cpu[kind]:,.0f} us/call ({cpu[kind] / cpu[baseline or kind]:.2f}x)",
                )
            )
        ours = medians["circleci_api"] / raw
        faster = "pycircleci" not in medians or medians["circleci_api"] < medians["pycircleci"]
        met = ours <= TARGET and faster
        verdict = f"{ours:.2f}x raw httpx (CPU: {cpu['circleci_api'] / cpu['httpx']:.2f}x)"
        verdict += f"; {medians['circleci_api'] / medians['httpx-cookieless']:.2f}x httpx without cookies"
        verdict += f"; async {medians['circleci_api-async'] / medians['httpx-async']:.2f}x raw httpx async"
        if "pycircleci" in medians:
            verdict += f"; {medians['pycircleci'] / medians['circleci_api']:.2f}x faster than pycircleci"
        outcome = Outcome(
            key="request",
            title="Per-request overhead",
            target=f"<= {TARGET}x raw httpx; faster than pycircleci",
            rows=rows,
            met=met,
            verdict=verdict,
            method=(
                "GET /pipeline/{id} (about 1 KB of JSON) against a keep-alive HTTP/1.1 server on 127.0.0.1 "
                f"in its own process; each library in its own long-lived process; {settings.request_rounds} "
                f"rounds of {settings.request_calls} calls, libraries interleaved, median per call.  "
                "Each call reads two fields of the result.  The ratio is of wall time; the CPU time of the "
                "calling process is shown beside it.  The library's own httpx client keeps no cookies "
                "(`circleci_api/_http.py`), which saves httpx's per-response cookie extraction; the "
                "second row is raw httpx with the same client, so the ratio against it is the cost of "
                "the typed layer alone (which also saves httpx's parse of each URL string: endpoint "
                "URLs are put together from the parsed base URL, `EndpointURLs` in the same module).  "
                "The async rows make the same calls awaited one after another on one event loop; "
                "their ratio is against raw httpx.AsyncClient."
            ),
        )
        if settings.profile_misses and not met:
            outcome.profile = profile(base)
    return outcome
