"""4. Pagination: iterate N pages x 100 items from the local server; peak memory must not grow with N.

Each measurement runs in a fresh process (``python -m bench.b_paginate BASE PAGES``) so earlier
work cannot hide or inflate a peak.  One page is fetched before tracing starts, so the lazy imports
of the first call are not counted as per-page memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import tracemalloc

from bench._common import PYTHON, ROOT, Outcome, Row, Settings, bench_env, median
from bench.server import serving

#: "Flat": ten times the pages may raise the peak by this factor at most (the paginator keeps the
#: page tokens it has seen, to detect loops: a few bytes per page).
FLAT = 1.25


def walk(base: str, pages: int, timed: bool) -> dict[str, float]:
    """Iterate every item of ``pages`` pages, reading two fields of each, under tracemalloc: the peak.

    With ``timed``, walk once more without tracing for the time it takes.
    """
    from circleci_api import CircleCI

    slug = f"gh/acme/pages-{pages}"

    def items(client: CircleCI) -> int:
        count = 0
        for pipeline in client.pipelines.list_for_project(slug):
            _ = pipeline.id, pipeline.number
            count += 1
        return count

    with CircleCI(token="bench-token", base_url=f"{base}/api/v2") as client:
        client.pipelines.list_for_project(slug).first_page()
        tracemalloc.start()
        count = items(client)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        seconds = 0.0
        if timed:
            started = time.perf_counter()
            items(client)
            seconds = time.perf_counter() - started
    return {"items": count, "seconds": seconds, "peak": peak}


def retained(base: str, pages: int) -> str:
    """What is alive at the end of a walk that was not alive early on (tracemalloc, by traceback)."""
    import gc

    from circleci_api import CircleCI

    slug = f"gh/acme/pages-{pages}"
    lines = []
    with CircleCI(token="bench-token", base_url=f"{base}/api/v2") as client:
        client.pipelines.list_for_project(slug).first_page()
        tracemalloc.start(12)
        early = None
        for number, page in enumerate(client.pipelines.list_for_project(slug).pages(), start=1):
            if number == 2:
                early = tracemalloc.take_snapshot()
            del page
        late = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        gc.collect()
        collected = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    assert early is not None
    lines.append(
        f"after {pages} pages: {current / 1024:,.0f} KiB traced (peak {peak / 1024:,.0f} KiB); "
        f"after gc.collect(): {collected / 1024:,.0f} KiB, so the rest was garbage in reference cycles"
    )
    for stat in [s for s in late.compare_to(early, "traceback") if s.size_diff > 0][:2]:
        lines.append(f"{stat.size_diff / 1024:+,.0f} KiB in {stat.count_diff:+d} blocks allocated at:")
        lines += ["    " + line for line in stat.traceback.format(limit=6, most_recent_first=True)]
    return "\n".join(lines)


def _run(base: str, pages: int, mode: str) -> str:
    return subprocess.run(
        [PYTHON, "-m", "bench.b_paginate", base, str(pages), mode],
        cwd=ROOT,
        env=bench_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _measure(base: str, pages: int, timed: bool) -> dict[str, float]:
    result: dict[str, float] = json.loads(_run(base, pages, "timed" if timed else "traced"))
    return result


def run(settings: Settings) -> Outcome:
    """Peak traced memory for the short and the long walk (median of 3 each), and the walk's speed."""
    small, large = settings.pages_small, settings.pages_large
    runs = 1 if settings.pages_large < 20 else 3
    with serving(page_items=settings.page_items) as base:
        peaks: dict[int, list[float]] = {small: [], large: []}
        timed: list[float] = []
        for _ in range(runs):
            for pages in (small, large):
                result = _measure(base, pages, timed=pages == large)
                expected = pages * settings.page_items
                if result["items"] != expected:
                    raise RuntimeError(f"walked {result['items']} items, expected {expected}")
                peaks[pages].append(result["peak"] / 1024)
            timed.append(result["seconds"])
        peak_small, peak_large = median(peaks[small]), median(peaks[large])
        growth = peak_large / peak_small
        met = growth <= FLAT
        profile = _run(base, large, "retained") if settings.profile_misses and not met else ""
    per_page = (peak_large - peak_small) / (large - small)
    seconds = median(timed)
    rows = [
        Row(f"peak traced memory, {small} pages", peak_small, "KiB"),
        Row(
            f"peak traced memory, {large} pages",
            peak_large,
            "KiB",
            growth,
            f"{per_page:+.1f} KiB per extra page",
        ),
        Row(
            f"time for {large} pages (untraced)",
            seconds * 1000 / large,
            "ms/page",
            None,
            f"{large * settings.page_items / seconds:,.0f} items/s",
        ),
    ]
    return Outcome(
        key="paginate",
        title="Pagination memory",
        target=f"peak memory flat: {large} pages <= {FLAT}x {small} pages",
        rows=rows,
        met=met,
        verdict=f"{growth:.2f}x ({peak_small:,.0f} KiB -> {peak_large:,.0f} KiB)",
        method=(
            f"`for p in client.pipelines.list_for_project(slug)` over {small} and {large} pages of "
            f"{settings.page_items} items from the local server, reading two fields of each item; peak "
            f"bytes from tracemalloc in a fresh process, median of {runs}."
        ),
        profile=profile,
    )


if __name__ == "__main__":
    if sys.argv[3] == "retained":
        print(retained(sys.argv[1], int(sys.argv[2])))
    else:
        print(json.dumps(walk(sys.argv[1], int(sys.argv[2]), timed=sys.argv[3] == "timed")))
