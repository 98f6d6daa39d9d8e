"""A simulated CircleCI behind ``httpx.MockTransport``, plus clocks that never really sleep.

``Sim`` answers the handful of endpoints the helpers use and records every request with the fake
time it arrived, so tests can assert pacing, which host saw the token, and what was asked for.
"""

from __future__ import annotations

import datetime
import gzip
import json
import re
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from circleci_api import AsyncCircleCI, CircleCI

TOKEN = "sim-token-0123456789abcdef"
API = "https://circleci.com/api/v2"
ORG = "b9291e0d-a11e-41fb-8517-c545388b5953"
SLUG = "gh/acme/api"
PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"


#: The fake clocks' wall-clock time at fake second 1000 (the usage export checks windows against it).
WALL_START = datetime.datetime(2025, 11, 15, 12, 0, tzinfo=datetime.UTC)


class FakeClock:
    """``monotonic()`` returns fake seconds; ``sleep`` advances them and records the pause.

    ``wall_time()`` is the matching wall-clock time, starting at ``WALL_START``.
    """

    def __init__(self) -> None:
        self.now_s = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now_s

    def wall_time(self) -> datetime.datetime:
        return WALL_START + datetime.timedelta(seconds=self.now_s - 1000.0)

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, seconds
        self.sleeps.append(seconds)
        self.now_s += seconds


class AsyncFakeClock(FakeClock):
    """The same, with an awaitable ``sleep`` (it yields to the event loop once)."""

    async def sleep(self, seconds: float) -> None:  # type: ignore[override]
        FakeClock.sleep(self, seconds)


@dataclass
class Seen:
    """One request as the server saw it."""

    at: float
    method: str
    url: httpx.URL
    headers: httpx.Headers
    body: Any

    @property
    def token(self) -> str | None:
        value: str | None = self.headers.get("circle-token")
        return value


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def pipeline_json(state: str, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {
        "id": PIPELINE_ID,
        "errors": errors or [],
        "project_slug": SLUG,
        "number": 42,
        "state": state,
        "created_at": "2025-09-01T10:00:00Z",
        "trigger": {
            "type": "api",
            "received_at": "2025-09-01T10:00:00Z",
            "actor": {"login": "octo", "avatar_url": None},
        },
    }


def workflow_json(name: str, status: str) -> dict[str, Any]:
    return {
        "pipeline_id": PIPELINE_ID,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, name)),
        "name": name,
        "project_slug": SLUG,
        "status": status,
        "started_by": "0d5a4a8b-62a1-4a3c-bb2a-0b8f1a3b7e47",
        "pipeline_number": 42,
        "created_at": "2025-09-01T10:00:01Z",
        "stopped_at": None,
    }


def job_json(name: str, status: str, number: int) -> dict[str, Any]:
    return {
        "dependencies": [],
        "job_number": number,
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"job-{name}")),
        "started_at": "2025-09-01T10:00:02Z",
        "name": name,
        "project_slug": SLUG,
        "status": status,
        "type": "build",
    }


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in pieces, like a real download (not preloaded by httpx)."""

    def __init__(self, data: bytes, size: int = 64 * 1024, fail_after: int | None = None) -> None:
        self.data = data
        self.size = size
        self.fail_after = fail_after

    def _pieces(self) -> list[slice]:
        return [slice(i, i + self.size) for i in range(0, len(self.data), self.size)]

    def __iter__(self) -> Iterator[bytes]:
        for n, piece in enumerate(self._pieces()):
            if self.fail_after is not None and n >= self.fail_after:
                raise httpx.ReadError("connection reset by peer")
            yield self.data[piece]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def streamed(data: bytes, **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, stream=Chunks(data, **kwargs))


def serve(data: bytes) -> Callable[[httpx.Request], httpx.Response]:
    """A file handler that streams ``data``."""

    def handler(request: httpx.Request) -> httpx.Response:
        return streamed(data)

    return handler


#: One poll's view of a pipeline: its state and ``(workflow name, status)`` pairs.
Frame = tuple[str, list[tuple[str, str]]]


@dataclass
class ExportJob:
    id: str
    start: str
    end: str
    states: list[str]
    parts: list[bytes]
    error_reason: str | None = None
    polls: int = 0
    missing_urls: list[list[str] | None] = field(default_factory=list)


@dataclass
class Sim:
    """Routes requests; every field is a knob a test may turn."""

    clock: FakeClock = field(default_factory=FakeClock)
    seen: list[Seen] = field(default_factory=list)
    # pipelines: each workflow listing advances one frame (the last one repeats)
    frames: list[Frame] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    jobs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    frame_index: int = 0
    run_response: tuple[int, dict[str, Any]] | None = None
    # usage exports
    export_states: list[str] = field(default_factory=lambda: ["processing", "completed"])
    export_parts: Callable[[int], list[bytes]] = field(default_factory=lambda: lambda n: [])
    export_error: str | None = None
    #: ``download_urls`` of the first polls that see a job completed (None = null), before the real ones.
    export_missing_urls: list[list[str] | None] = field(default_factory=list)
    exports: list[ExportJob] = field(default_factory=list)
    part_host: str = "https://exports.s3.example.com"
    # artifacts
    artifacts: list[dict[str, Any]] = field(default_factory=list)
    artifacts_next_page: str | None = None
    artifacts_page_two: list[dict[str, Any]] = field(default_factory=list)
    query: dict[str, str] = field(default_factory=dict)
    files: dict[str, Callable[[httpx.Request], httpx.Response]] = field(default_factory=dict)
    # faults: status -> answer the next matching request with it
    fail_next: list[tuple[str, httpx.Response]] = field(default_factory=list)

    # ------------------------------------------------------------------ plumbing

    def handler(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.seen.append(
            Seen(self.clock.now_s, request.method, request.url, httpx.Headers(request.headers), body)
        )
        for index, (prefix, response) in enumerate(self.fail_next):
            if str(request.url).startswith(prefix):
                del self.fail_next[index]
                return response
        # Decoded path: project slugs may arrive as gh/acme/api or as one gh%2Facme%2Fapi segment.
        url = f"{request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"
        if url in self.files:
            return self.files[url](request)
        if not url.startswith(API):
            return json_response(404, {"message": "no such host/file"})
        if request.headers.get("circle-token") != TOKEN:
            return json_response(401, {"message": "You must log in first."})
        self.query = dict(request.url.params)
        return self.route(request.method, url[len(API) :], body)

    def route(self, method: str, path: str, body: Any) -> httpx.Response:
        if method == "GET" and (m := re.fullmatch(r"/pipeline/([^/]+)", path)):
            return json_response(200, self._pipeline())
        if method == "GET" and re.fullmatch(r"/pipeline/[^/]+/workflow", path):
            return json_response(200, {"items": self._workflows(), "next_page_token": None})
        if method == "GET" and (m := re.fullmatch(r"/workflow/([^/]+)/job", path)):
            return json_response(200, {"items": self._jobs(m.group(1)), "next_page_token": None})
        if method == "POST" and path == f"/project/{SLUG}/pipeline/run":
            status, payload = self.run_response or (
                201,
                {"id": PIPELINE_ID, "state": "created", "number": 42, "created_at": "2025-09-01T10:00:00Z"},
            )
            return json_response(status, payload)
        if method == "POST" and path == f"/organizations/{ORG}/usage_export_job":
            return json_response(201, self._create_export(body))
        if method == "GET" and (m := re.fullmatch(rf"/organizations/{ORG}/usage_export_job/([^/]+)", path)):
            return self._get_export(m.group(1))
        if method == "GET" and re.fullmatch(rf"/project/{SLUG}/\d+/artifacts", path):
            if self.artifacts_next_page and self.query.get("page-token") == self.artifacts_next_page:
                return json_response(200, {"items": self.artifacts_page_two, "next_page_token": None})
            return json_response(200, {"items": self.artifacts, "next_page_token": self.artifacts_next_page})
        return json_response(404, {"message": f"no route for {method} {path}"})

    # ------------------------------------------------------------------ pipelines

    def _frame(self) -> Frame:
        return self.frames[min(self.frame_index, len(self.frames) - 1)]

    def _pipeline(self) -> dict[str, Any]:
        state, _ = self._frame()
        return pipeline_json(state, self.errors if state == "errored" else [])

    def _workflows(self) -> list[dict[str, Any]]:
        _, flows = self._frame()
        self.frame_index += 1
        return [workflow_json(name, status) for name, status in flows]

    def _jobs(self, workflow_id: str) -> list[dict[str, Any]]:
        for name, jobs in self.jobs.items():
            if str(uuid.uuid5(uuid.NAMESPACE_URL, name)) == workflow_id:
                return [job_json(job, status, n) for n, (job, status) in enumerate(jobs, start=1)]
        return []

    # ------------------------------------------------------------------ usage exports

    def _create_export(self, body: dict[str, Any]) -> dict[str, Any]:
        number = len(self.exports)
        job = ExportJob(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"export-{number}")),
            start=body["start"],
            end=body["end"],
            states=list(self.export_states),
            parts=self.export_parts(number),
            error_reason=self.export_error,
            missing_urls=list(self.export_missing_urls),
        )
        self.exports.append(job)
        for index, part in enumerate(job.parts):
            url = f"{self.part_host}/{job.id}/part-{index}.csv.gz"
            self.files[url] = serve(part)
        return {
            "usage_export_job_id": job.id,
            "state": "created",
            "start": job.start,
            "end": job.end,
            "download_urls": [],
        }

    def _get_export(self, job_id: str) -> httpx.Response:
        job = next((j for j in self.exports if j.id == job_id), None)
        if job is None:
            return json_response(404, {"message": "Not found"})
        state = job.states[min(job.polls, len(job.states) - 1)]
        job.polls += 1
        urls: list[str] | None = []
        if state == "completed" and job.missing_urls:
            urls = job.missing_urls.pop(0)
        elif state == "completed":
            urls = [
                f"{self.part_host}/{job.id}/part-{i}.csv.gz?X-Amz-Signature=secret{i}"
                for i in range(len(job.parts))
            ]
        payload: dict[str, Any] = {"usage_export_job_id": job.id, "state": state, "download_urls": urls}
        if state == "failed":
            payload["error_reason"] = job.error_reason
        return json_response(200, payload)

    # ------------------------------------------------------------------ clients

    def client(self, **kwargs: Any) -> CircleCI:
        kwargs.setdefault("max_retries", 0)
        return CircleCI(
            TOKEN,
            base_url=API,
            http_client=httpx.Client(transport=httpx.MockTransport(self.handler)),
            **kwargs,
        )

    def async_client(self, **kwargs: Any) -> AsyncCircleCI:
        kwargs.setdefault("max_retries", 0)
        transport = httpx.MockTransport(self.handler)
        return AsyncCircleCI(
            TOKEN, base_url=API, http_client=httpx.AsyncClient(transport=transport), **kwargs
        )

    def requests_to(self, prefix: str) -> list[Seen]:
        return [s for s in self.seen if str(s.url).startswith(prefix)]


def gz(text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    return gzip.compress(data, compresslevel=1, mtime=0)
