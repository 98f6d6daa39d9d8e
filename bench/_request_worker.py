"""A long-lived process that makes ``GET /pipeline/<id>`` calls on demand, one library per process.

Run by path (``python bench/_request_worker.py KIND BASE``) so that pycircleci's venv, which has
neither httpx nor this project, can run it too: it imports only the standard library up front.
Each line ``N`` on stdin makes N calls; the elapsed wall and CPU seconds are printed back.  ``--profile N``
instead prints a pyinstrument profile of N calls.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
TOKEN = "bench-token"


def make_call(kind: str, base: str) -> Callable[[], Any]:
    """A function making one typed (or, for the baselines, decoded) call; it reads two fields."""
    if kind == "circleci_api":
        from circleci_api import CircleCI

        client = CircleCI(token=TOKEN, base_url=f"{base}/api/v2")

        def call_ours() -> Any:
            pipeline = client.pipelines.get(PIPELINE_ID)
            return pipeline.id, pipeline.number

        return call_ours
    if kind in ("httpx", "httpx-cookieless"):
        import httpx

        headers = {"Circle-Token": TOKEN, "Accept": "application/json"}
        if kind == "httpx":
            http = httpx.Client(headers=headers)
        else:  # the same httpx work the library's own client does: no cookie store
            from circleci_api._http import CookielessClient

            http = CookielessClient(headers=headers)
        url = f"{base}/api/v2/pipeline/{PIPELINE_ID}"

        def call_httpx() -> Any:
            data = json.loads(http.get(url).content)
            return data["id"], data["number"]

        return call_httpx
    if kind == "pycircleci":
        from pycircleci.api import Api  # type: ignore[import-not-found]  # only in its own venv

        api = Api(token=TOKEN, url=f"{base}/api")

        def call_pycircleci() -> Any:
            data = api.get_pipeline(PIPELINE_ID)
            return data["id"], data["number"]

        return call_pycircleci
    raise SystemExit(f"unknown kind {kind!r}")


def make_async_batch(kind: str, base: str) -> Callable[[int], None]:
    """For the async contenders: a function making N awaited calls, one after another, on one loop."""
    import asyncio

    import httpx

    loop = asyncio.new_event_loop()
    if kind == "circleci_api-async":
        from circleci_api import AsyncCircleCI

        client = AsyncCircleCI(token=TOKEN, base_url=f"{base}/api/v2")

        async def calls(count: int) -> None:
            for _ in range(count):
                pipeline = await client.pipelines.get(PIPELINE_ID)
                _ = pipeline.id, pipeline.number  # read two fields, like the sync contenders

    elif kind == "httpx-async":
        http = httpx.AsyncClient(headers={"Circle-Token": TOKEN, "Accept": "application/json"})
        url = f"{base}/api/v2/pipeline/{PIPELINE_ID}"

        async def calls(count: int) -> None:
            for _ in range(count):
                data = json.loads((await http.get(url)).content)
                _ = data["id"], data["number"]

    else:
        raise SystemExit(f"unknown kind {kind!r}")
    return lambda count: loop.run_until_complete(calls(count))


def make_batch(kind: str, base: str) -> Callable[[int], None]:
    """A function making N calls of one contender."""
    if kind.endswith("-async"):
        return make_async_batch(kind, base)
    call = make_call(kind, base)

    def batch(count: int) -> None:
        for _ in range(count):
            call()

    return batch


def main(argv: list[str]) -> int:
    """Serve timing requests from stdin until it closes."""
    kind, base = argv[0], argv[1]
    batch = make_batch(kind, base)
    batch(1)
    if len(argv) > 3 and argv[2] == "--profile":
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001, use_timing_thread=True)
        with profiler:
            batch(int(argv[3]))
        print(profiler.output_text(time="percent_of_total"))
        return 0
    print("READY", flush=True)
    for line in sys.stdin:
        count = int(line)
        started, cpu = time.perf_counter(), time.process_time()
        batch(count)
        print(time.perf_counter() - started, time.process_time() - cpu, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
