"""7. Reading usage exports: ``read_rows`` vs a bare ``csv.reader`` loop, and ``usage-report``'s memory.

Both readers go over the same merged file in CircleCI's format (``\\N`` nulls, ``\\,`` escapes,
zoneless timestamps), alternating round by round, from the page cache.  Both are single-threaded,
so the ratio is taken over CPU time (``time.process_time``), which the other processes of a shared
machine disturb far less than wall time; wall times are shown too.  ``read_rows`` converts all
48 fields of every row; the baseline only splits lines into strings.  ``usage-report`` then runs in a
fresh process (started by a small launcher, see ``b_export``) that reports its own peak RSS.
"""

from __future__ import annotations

import csv
import io
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench import data
from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, median
from bench.b_export import LAUNCHER, _vm_hwm_kib

RATIO = 2.0
RSS_LIMIT_MB = 64


def bare_csv_reader(path: Path) -> int:
    """The baseline: every row split by ``csv.reader``, nothing converted."""
    count = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for _row in csv.reader(handle):
            count += 1
    return count - 1


def typed_rows(path: Path) -> int:
    """``read_rows`` over the file: every field converted."""
    from circleci_api.usage import read_rows

    count = 0
    for _row in read_rows(path):
        count += 1
    return count


def report(path: str) -> dict[str, float | str]:
    """``circleci-api usage-report FILE --by project`` in this process; its time and peak RSS."""
    from circleci_api.cli import main

    out = io.StringIO()
    started = time.perf_counter()
    code = main(["usage-report", path, "--by", "project,day"], stdout=out, stderr=io.StringIO())
    seconds = time.perf_counter() - started
    if code != 0:
        raise RuntimeError(f"usage-report exited {code}")
    return {
        "seconds": seconds,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "hwm_mb": _vm_hwm_kib() / 1024,
        "total": out.getvalue().strip().splitlines()[-1],
    }


def _report_process(path: Path) -> dict[str, float | str]:
    cmd = [PYTHON, "-c", LAUNCHER, PYTHON, "-m", "bench.b_usage", str(path)]
    out = subprocess.run(cmd, cwd=ROOT, env=bench_env(), capture_output=True, text=True, check=True).stdout
    result: dict[str, float | str] = json.loads(out)
    return result


def run(settings: Settings) -> Outcome:
    """Alternate the two readers ``usage_rounds`` times; then one usage-report process."""
    path = data.merged_usage_csv(settings.work / f"usage-{settings.usage_bytes}", settings.usage_bytes)
    size = path.stat().st_size
    bare_csv_reader(path)  # warm the page cache
    ours_s: list[float] = []
    base_s: list[float] = []
    ours_wall: list[float] = []
    base_wall: list[float] = []
    rows = 0
    for _ in range(settings.usage_rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        expected = bare_csv_reader(path)
        base_s.append(time.process_time() - cpu)
        base_wall.append(time.perf_counter() - wall)
        wall, cpu = time.perf_counter(), time.process_time()
        rows = typed_rows(path)
        ours_s.append(time.process_time() - cpu)
        ours_wall.append(time.perf_counter() - wall)
        if rows != expected:
            raise RuntimeError(f"read_rows gave {rows} rows, csv.reader {expected}")
    ratio = median(ours_s) / median(base_s)
    reported = _report_process(path)
    peak = float(reported["maxrss_mb"])
    met = ratio <= RATIO and peak < RSS_LIMIT_MB
    rows_note = f"{rows:,} rows"
    return Outcome(
        key="usage",
        title="Reading usage exports",
        target=f"read_rows <= {RATIO:g}x a bare csv.reader loop; usage-report peak RSS < {RSS_LIMIT_MB} MB",
        rows=[
            Row(
                "bare csv.reader loop (strings only), CPU",
                median(base_s),
                "s",
                None,
                f"{rows_note}; wall {median(base_wall):.2f} s",
            ),
            Row(
                "read_rows (48 typed fields), CPU",
                median(ours_s),
                "s",
                ratio,
                f"{size / 1e6 / median(ours_s):.0f} MB/s; wall {median(ours_wall):.2f} s "
                f"({median(ours_wall) / median(base_wall):.2f}x)",
            ),
            Row(
                "usage-report --by project,day: max RSS",
                peak,
                "MB",
                None,
                f"{float(reported['seconds']):.1f} s; VmHWM {float(reported['hwm_mb']):.1f} MB",
            ),
        ],
        met=met,
        verdict=f"read_rows {ratio:.2f}x csv.reader, usage-report max RSS {peak:.1f} MB",
        method=(
            f"One merged export of {size / 1e6:.0f} MB in CircleCI's format ({rows:,} rows; `\\N` nulls, "
            "`\\,` escapes, zoneless timestamps), read from the page cache by a bare `csv.reader` loop "
            f"and by `read_rows`, alternating, {settings.usage_rounds} round(s), median CPU time "
            "(wall time in the notes); then "
            "`circleci-api usage-report FILE --by project,day` in a fresh process started by a small "
            "launcher, max RSS from `resource.getrusage` in that process."
        ),
    )


if __name__ == "__main__":
    print(json.dumps(report(sys.argv[1])))
