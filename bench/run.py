"""Run the benchmarks, print the results table and write ``docs/benchmarks.md``.

``python -m bench [--quick] [--only import,request,...] [--output PATH | --no-write]``
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bench import b_export, b_generate, b_import, b_paginate, b_parse, b_request, b_usage
from bench._common import ROOT, Outcome, Settings, fmt
from bench._setup import machine, pycircleci_python, stock_client, versions

KEYS = ("import", "request", "parse", "paginate", "export", "generate", "usage")
DOC = ROOT / "docs" / "benchmarks.md"

#: What the profiles of a miss showed when it was investigated, and the change that would close it.
#: Printed under a benchmark only while it misses its target.
EXPLAINED = {
    "import": (
        "Everything beyond `import httpx` is listed above by self time.  `uuid` (imported by "
        "`_endpoint.py` for one `isinstance` check) pulls in `platform`; checking "
        "`sys.modules.get('uuid')` instead would drop both."
    ),
    "request": (
        "The extra CPU per call is spread over the client's own steps: `_client._parse` re-parses the "
        "request URL (`_safe_url` -> `URL.copy_with`) on every success only to have a string ready "
        "for error messages; every response stays in httpx's response <-> stream reference cycle "
        "until the cyclic GC runs; `_operation_warnings` runs an import statement per call; "
        "`_redirect_target` looks up `Location` before checking the status; `TokenAuth` removes the "
        "header with `Headers.pop`, which raises and catches `KeyError` when it is absent.  With all "
        "of these changed (see the paginate and parse notes for two of them) this benchmark measured "
        "1.12x wall / 1.07x CPU against 1.27x / 1.35x for the code as it is, in the same session."
    ),
    "parse": (
        "`Field.__get__` dominates: its first read of every field raises and catches a `KeyError` "
        "(`cache[self.attr]`), calls `Field.raw_value` and `typing.cast`.  `cache.get(attr, MISSING)` "
        "with the alias loop only when the key is absent took this benchmark from 2.59x to 2.36x "
        "when measured; the rest is one model object per nested object read (`from_dict`) and "
        "`datetime.fromisoformat`."
    ),
    "paginate": (
        "httpx binds each response to its stream (`response.stream = BoundSyncStream(..., "
        "response=response)`), a reference cycle, so every page's response with its body lives until "
        "the cyclic garbage collector runs; a long walk meets longer gaps between full collections.  "
        "Replacing `response.stream` with `httpx.ByteStream(b'')` once the body has been read (in "
        "`SyncTransport.request` / `AsyncTransport.request`) frees each page as soon as the next one "
        "arrives: 20 -> 200 pages went from 1.6x to 1.1x when measured."
    ),
    "export": "See the profile above.",
    "usage": (
        "`read_rows` converts every one of the 48 fields of every row (eleven timestamps, fourteen "
        "decimals) while the baseline only splits; on this shared machine the ratio moves with the "
        "load of the other cores, so compare it over several runs."
    ),
}


def _status(outcome: Outcome) -> str:
    if outcome.met is None:
        return "-"
    return "met" if outcome.met else "MISSED"


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}x"


def table(outcomes: list[Outcome]) -> str:
    """The plain-text results table."""
    lines = []
    header = f"{'#':<2} {'benchmark':<20} {'contender':<52} {'median':>14} {'ratio':>7}  note"
    lines.append(header)
    lines.append("-" * len(header))
    for number, outcome in enumerate(outcomes, start=1):
        for row in outcome.rows:
            lines.append(
                f"{number:<2} {outcome.title:<20} {row.label[:52]:<52} {fmt(row.value, row.unit):>14} "
                f"{_ratio(row.ratio):>7}  {row.note}"
            )
        lines.append(f"{'':<2} {'':<20} => {outcome.verdict}  [target: {outcome.target}: {_status(outcome)}]")
    return "\n".join(lines)


def markdown(outcomes: list[Outcome], facts: dict[str, dict[str, str]], elapsed: float, quick: bool) -> str:
    """``docs/benchmarks.md``."""
    out = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`python -m bench{' --quick' if quick else ''}`) on "
        f"{_dt.date.today().isoformat()} in {elapsed / 60:.1f} minutes.  Every number is a median of "
        "repeated runs; the contenders of a benchmark were measured side by side in the same run, "
        "interleaved round by round, so compare ratios rather than absolute times (the machine is "
        "shared and noisy).  The code is in `bench/`.",
        "",
        "## Machine and versions",
        "",
        "| | |",
        "|---|---|",
    ]
    out += [f"| {k} | {v} |" for k, v in facts["machine"].items()]
    out += [f"| {k} | {v} |" for k, v in facts["versions"].items()]
    out += [
        "",
        "## Summary",
        "",
        "| # | benchmark | result | target | |",
        "|---|---|---|---|---|",
    ]
    for number, outcome in enumerate(outcomes, start=1):
        out.append(
            f"| {number} | {outcome.title} | {outcome.verdict} | {outcome.target} | {_status(outcome)} |"
        )
    for number, outcome in enumerate(outcomes, start=1):
        out += [
            "",
            f"## {number}. {outcome.title}",
            "",
            outcome.method,
            "",
            "| contender | median | ratio | note |",
        ]
        out.append("|---|---:|---:|---|")
        for row in outcome.rows:
            label, note = row.label.replace("|", "\\|"), row.note.replace("|", "\\|")
            out.append(f"| {label} | {fmt(row.value, row.unit)} | {_ratio(row.ratio)} | {note} |")
        out += ["", f"**{outcome.verdict}** (target {outcome.target}: {_status(outcome)})."]
        if outcome.profile:
            out += ["", "Profile of the miss:", "", "```", outcome.profile, "```"]
        if outcome.met is False and outcome.key in EXPLAINED:
            out += ["", EXPLAINED[outcome.key]]
    return "\n".join(out) + "\n"


def run_all(
    settings: Settings, only: tuple[str, ...] = KEYS, log: Callable[[str], object] = print
) -> tuple[list[Outcome], dict[str, dict[str, str]]]:
    """Set up the comparisons, then run the chosen benchmarks in order."""
    stock = None
    pycircleci = None
    if settings.stock and {"import", "parse"} & set(only):
        log("setup: generating the stock openapi-python-client output")
        stock = stock_client(settings)
    if settings.pycircleci and {"import", "request"} & set(only):
        log("setup: pycircleci venv")
        pycircleci = pycircleci_python(settings)
    steps: dict[str, Callable[[], Outcome]] = {
        "import": lambda: b_import.run(settings, stock, pycircleci),
        "request": lambda: b_request.run(settings, pycircleci),
        "parse": lambda: b_parse.run(settings, stock),
        "paginate": lambda: b_paginate.run(settings),
        "export": lambda: b_export.run(settings),
        "generate": lambda: b_generate.run(settings),
        "usage": lambda: b_usage.run(settings),
    }
    outcomes = []
    for key in KEYS:
        if key in only:
            started = time.perf_counter()
            log(f"running: {key}")
            outcome = steps[key]()
            log(f"  {outcome.verdict} ({time.perf_counter() - started:.0f} s)")
            outcomes.append(outcome)
    facts = {"machine": machine(), "versions": versions(pycircleci)}
    return outcomes, facts


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bench``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a rough look in ~2 minutes)")
    parser.add_argument("--only", default=",".join(KEYS), help=f"comma-separated subset of {','.join(KEYS)}")
    parser.add_argument("--output", type=Path, default=DOC, help="where to write the report")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--usage-mb",
        type=float,
        default=None,
        help="size of the merged usage CSV the usage benchmark reads, in MB (default 200)",
    )
    args = parser.parse_args(argv)
    only = tuple(key.strip() for key in args.only.split(",") if key.strip())
    unknown = set(only) - set(KEYS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    settings = Settings.full()
    if args.quick:
        settings = replace(
            settings,
            import_runs=12,
            request_rounds=5,
            parse_rounds=5,
            export_rounds=1,
            usage_rounds=1,
            generate_runs=1,
        )
    if args.usage_mb is not None:
        settings = replace(settings, usage_bytes=int(args.usage_mb * 1e6))
    started = time.perf_counter()
    outcomes, facts = run_all(settings, only)
    elapsed = time.perf_counter() - started
    print()
    print(table(outcomes))
    if not args.no_write:
        args.output.write_text(markdown(outcomes, facts, elapsed, args.quick), encoding="utf-8")
        print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
