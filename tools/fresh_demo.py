"""``make demo-fresh``: time ``make demo`` in a fresh clone of HEAD, as a new user would run it.

The clone goes to ``build/fresh-clone`` (removed afterwards unless the run failed); pip's cache is
turned off (``PIP_NO_CACHE_DIR=1``), so the runtime wheels are downloaded as on a fresh machine.
Prints the wall-clock and CPU seconds.  Exits 1 when ``make demo`` failed, took longer than
``--limit`` wall-clock seconds, or left its venv with more than ``requirements/runtime.txt``; 0 with
a note when the tree is not a git checkout (an unpacked sdist has nothing to clone).  The output of
``make demo`` is kept in ``build/fresh-clone-demo.log``.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LIMIT = 10.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _beyond_runtime(clone: Path) -> list[str]:
    """Distributions in the clone's demo venv that ``requirements/runtime.txt`` does not pin.

    pip itself is allowed (the venv gets one when the system has no pip to lend).  Nothing is
    checked when the clone has no ``.venv-demo`` (a Makefile that keeps its demo elsewhere).
    """
    python = clone / ".venv-demo" / "bin" / "python"
    if not python.exists():
        return []
    listed = subprocess.run(
        [
            str(python),
            "-I",
            "-c",
            "import importlib.metadata as m; print(*(d.name for d in m.distributions()))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    pinned = {
        _canonical(line.split("==", 1)[0])
        for line in (clone / "requirements" / "runtime.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return sorted({_canonical(name) for name in listed} - pinned - {"pip"})


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main(argv: Sequence[str] | None = None) -> int:
    """Clone, run and time ``make demo``; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tools.fresh_demo", description=__doc__)
    parser.add_argument("--limit", type=float, default=DEFAULT_LIMIT, help="seconds allowed (default 10)")
    parser.add_argument("--python", default="python3", help="interpreter for the demo venv (default python3)")
    args = parser.parse_args(argv)
    inside = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if inside.returncode != 0:
        print("demo-fresh: skipped: not a git checkout, nothing to clone")
        return 0
    clone = ROOT / "build" / "fresh-clone"
    log = ROOT / "build" / "fresh-clone-demo.log"
    shutil.rmtree(clone, ignore_errors=True)
    clone.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    env = {**os.environ, "PIP_NO_CACHE_DIR": "1"}
    env.pop("MAKEFLAGS", None)  # a fresh shell, not the outer make's jobserver
    cpu_before, started = _children_cpu(), time.monotonic()
    with log.open("w", encoding="utf-8") as output:
        finished = subprocess.run(
            ["make", "--no-print-directory", "demo", f"PYTHON={args.python}"],
            cwd=clone,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            check=False,
        )
    wall, cpu = time.monotonic() - started, _children_cpu() - cpu_before
    log_name = log.relative_to(ROOT)
    if finished.returncode != 0:
        print(log.read_text(encoding="utf-8"), end="")
        print(f"demo-fresh: `make demo` in a fresh clone failed (exit {finished.returncode}); see {log_name}")
        return 1
    print(
        f"demo-fresh: `make demo` in a fresh clone took {wall:.1f} s "
        f"({cpu:.1f} s of CPU; limit {args.limit:g} s; pip cache off)"
    )
    if wall > args.limit:
        print(f"demo-fresh: too slow; see {log_name}")
        return 1
    extra = _beyond_runtime(clone)
    if extra:
        print(f"demo-fresh: the demo venv holds more than requirements/runtime.txt: {', '.join(extra)}")
        return 1
    shutil.rmtree(clone, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
