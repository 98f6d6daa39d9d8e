"""6. ``make generate`` wall time, into a scratch target so the committed tree is not touched."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import time

from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, median

SCRIPT = (
    "import sys; from pathlib import Path; from tools.generate import generate; "
    "generate(Path(sys.argv[1]), Path(sys.argv[2]))"
)


def run(settings: Settings) -> Outcome:
    """Run ``tools.generate.generate(target, docs)`` in a fresh interpreter, as ``make generate`` does."""
    scratch = settings.work / "generate"
    target = scratch / "bench-generate" / "circleci_api_generated"
    docs = scratch / "operations.md"
    times: list[float] = []
    if settings.real_generate:
        for _ in range(settings.generate_runs):
            shutil.rmtree(scratch, ignore_errors=True)
            started = time.perf_counter()
            subprocess.run(
                [PYTHON, "-c", SCRIPT, str(target), str(docs)],
                cwd=ROOT,
                env=bench_env(),
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - started)
            if not (target / "models" / "__init__.py").is_file():
                raise RuntimeError("tools.generate produced no models package")
        shutil.rmtree(scratch, ignore_errors=True)
    else:
        # The smoke test: make sure the call the real run makes still fits tools.generate.
        from tools.generate import generate

        inspect.signature(generate).bind(target, docs)
        times.append(0.0)
    value = median(times)
    return Outcome(
        key="generate",
        title="make generate",
        target="report wall time",
        rows=[Row("tools.generate.generate (spec fixes, generator, resources, ruff)", value, "s")],
        met=None,
        verdict=f"{value:.1f} s" if settings.real_generate else "not run (smoke test)",
        method=(
            f"`tools.generate.generate(target, docs)` into build/bench/generate in a fresh interpreter, "
            f"{len(times)} run(s), median."
        ),
    )
