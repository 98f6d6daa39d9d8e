"""5. Usage export merge: ``client.usage.download_export`` vs a ``zcat | tail`` shell pipeline.

The library runs in a fresh process (``python -m bench.b_export BASE DEST URL...``) that reports
its own time and its maximum resident set size (``resource.getrusage``).  That process is started
by a small launcher, not by the bench itself: Linux carries the parent's RSS high-water mark into a
child through fork and exec, so a child of the (large) bench process would report the bench's peak.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench import data
from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, median, profile_summary
from bench.server import serving

THROUGHPUT = 0.7
RSS_LIMIT_MB = 64
#: Starts the measured process from a small interpreter (see the module docstring).
LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"
BASELINE = 'set -o pipefail; { zcat "$2"; for p in "${@:3}"; do zcat "$p" | tail -n +2; done; } > "$1"'


def merge(base: str, dest: str, urls: list[str], profile: bool = False) -> dict[str, float | str]:
    """Download and merge the parts; seconds, bytes written and max RSS of this process."""
    from circleci_api import CircleCI
    from circleci_api_generated.models.usage_export_job_status import UsageExportJobStatus

    job = UsageExportJobStatus.from_dict(
        {"usage_export_job_id": "bench", "state": "completed", "download_urls": urls}
    )
    with CircleCI(token="bench-token", base_url=f"{base}/api/v2") as client:
        profiler = None
        if profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.001, use_timing_thread=True)
            profiler.start()
        started = time.perf_counter()
        result = client.usage.download_export(job, dest)
        seconds = time.perf_counter() - started
        text = ""
        if profiler is not None:
            profiler.stop()
            text = profile_summary(profiler.output_text(time="percent_of_total"))
    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "bytes": result.bytes_written,
        "maxrss_mb": maxrss_kib / 1024,
        "hwm_mb": _vm_hwm_kib() / 1024,
        "profile": text,
    }


def _vm_hwm_kib() -> float:
    """The peak RSS of this process image from /proc (0 where there is none): a cross-check."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return 0.0


def _ours(base: str, dest: Path, urls: list[str], profile: bool = False) -> dict[str, float | str]:
    cmd = [PYTHON, "-c", LAUNCHER, PYTHON, "-m", "bench.b_export", base, str(dest), *urls]
    if profile:
        cmd.insert(6, "--profile")
    out = subprocess.run(cmd, cwd=ROOT, env=bench_env(), capture_output=True, text=True, check=True).stdout
    result: dict[str, float | str] = json.loads(out)
    return result


def _baseline(dest: Path, parts: list[Path]) -> float:
    started = time.perf_counter()
    subprocess.run(["bash", "-c", BASELINE, "baseline", str(dest), *map(str, parts)], check=True)
    return time.perf_counter() - started


def run(settings: Settings) -> Outcome:
    """Alternate the library and the shell baseline; throughput in MB/s of merged CSV, medians."""
    parts = data.usage_parts(
        settings.work / f"export-{settings.export_bytes}", settings.export_bytes, settings.export_parts
    )
    size = data.uncompressed_size(parts)
    out_dir = settings.work / "export-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    ours_dest, base_dest = out_dir / "merged-ours.csv", out_dir / "merged-zcat.csv"
    with serving(export_dir=parts[0].parent) as base:
        urls = [f"{base}/export/{part.name}" for part in parts]
        ours_s: list[float] = []
        rss: list[float] = []
        hwm: list[float] = []
        base_s: list[float] = []
        _baseline(base_dest, parts)  # warm the page cache
        for _ in range(settings.export_rounds):
            result = _ours(base, ours_dest, urls)
            if int(result["bytes"]) != size:
                raise RuntimeError(f"merged {result['bytes']} bytes, expected {size}")
            ours_s.append(float(result["seconds"]))
            rss.append(float(result["maxrss_mb"]))
            hwm.append(float(result["hwm_mb"]))
            base_s.append(_baseline(base_dest, parts))
            if ours_dest.read_bytes()[:4096] != base_dest.read_bytes()[:4096]:
                raise RuntimeError("the merged CSV differs from the baseline's")
            ours_dest.unlink()
            base_dest.unlink()
        profile = ""
        ours_mbps = size / 1e6 / median(ours_s)
        base_mbps = size / 1e6 / median(base_s)
        ratio = ours_mbps / base_mbps
        peak = max(rss)
        met = ratio >= THROUGHPUT and peak < RSS_LIMIT_MB
        if settings.profile_misses and not met:
            profile = str(_ours(base, ours_dest, urls, profile=True)["profile"])
            ours_dest.unlink(missing_ok=True)
    rows = [
        Row("zcat parts | tail -n +2 (shell)", base_mbps, "MB/s", None, f"{median(base_s):.2f} s"),
        Row("client.usage.download_export", ours_mbps, "MB/s", ratio, f"{median(ours_s):.2f} s"),
        Row(
            "download_export: max RSS of the process",
            peak,
            "MB",
            None,
            f"highest of the runs (getrusage); VmHWM {max(hwm):.1f} MB",
        ),
    ]
    return Outcome(
        key="export",
        title="Usage export merge",
        target=f"throughput >= {THROUGHPUT}x baseline; peak RSS < {RSS_LIMIT_MB} MB",
        rows=rows,
        met=met,
        verdict=f"{ratio:.2f}x baseline throughput, max RSS {peak:.1f} MB",
        method=(
            f"{len(parts)} gzip parts, {size / 1e6:.0f} MB of CSV uncompressed, served by the local server "
            "and merged by `download_export` (a fresh process started by a small launcher, timed around "
            "the call, written atomically with fsync; max RSS from `resource.getrusage` in that process) "
            "vs the shell pipeline reading the same files from disk; "
            f"{settings.export_rounds} alternating rounds, median."
        ),
        profile=profile,
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    want_profile = args[0] == "--profile"
    if want_profile:
        args = args[1:]
    print(json.dumps(merge(args[0], args[1], args[2:], profile=want_profile)))
