"""``FakeCircleCI``: the stateful fake, its request pipeline, scripting and error injection."""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hmac
import importlib
import json
import math
import pkgutil
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from circleci_api._http import CookielessAsyncClient, CookielessClient
from circleci_api.testing import _api_webhooks
from circleci_api.testing._files import FILES_PREFIX, serve_file
from circleci_api.testing._http import Call, Reply, Route, Router, documented_status
from circleci_api.testing._runs import Outcome, RunScript, finish_run, start_pipeline
from circleci_api.testing._store import (
    ApiError,
    Artifact,
    ExportJob,
    ExportScript,
    Org,
    Pipeline,
    Project,
    Store,
    rfc3339,
)
from circleci_api.testing._validation import check_request, check_response
from circleci_api.testing._webhook_delivery import (
    WebhookDelivery,
    WebhookScript,
    WebhookSender,
    validate_transport,
)
from circleci_api_generated._operations import OPERATIONS
from circleci_api_generated._requests import REQUESTS

if TYPE_CHECKING:
    from circleci_api import AsyncCircleCI, CircleCI
    from circleci_api.testing._server import FakeServer

__all__ = ["DEFAULT_TOKEN", "FakeCircleCI", "FakeSpecError", "RecordedRequest"]

DEFAULT_TOKEN = "fake-circleci-token"
API_PREFIX = "/api/v2"
#: The one host of the in-process fake's API (``.invalid`` never resolves); its files (export
#: parts, artifacts) live on another origin, as CircleCI's storage does.
IN_PROCESS_HOST = "circleci.fake.invalid"
IN_PROCESS_BASE_URL = f"https://{IN_PROCESS_HOST}/api/v2"
IN_PROCESS_FILES = f"https://files.{IN_PROCESS_HOST}"
UNAUTHORIZED = "You must log in first."
_TOKEN_QUERY = "circle-token"
#: CircleCI's documented limits, used by ``rate_limit`` when no ``per_hour`` is given.
DEFAULT_LIMITS: dict[str, int] = {"getUsageExport": 10, "createUsageExport": 10}
_HOUR = _dt.timedelta(hours=1)


def _handler_modules() -> list[str]:
    """``circleci_api.testing._api_*``: one handler module per API tag, each with ``ROUTES``."""
    # Found beside this file, not through the package object: ``circleci_api.testing`` imports
    # this module, so the package is only half imported while this one loads.
    package = __name__.rpartition(".")[0]
    return sorted(
        f"{package}.{info.name}"
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.name.startswith("_api_")
    )


def all_routes() -> list[Route]:
    """Every handler the fake has (for operations of this or a newer document)."""
    routes: list[Route] = []
    for name in _handler_modules():
        routes.extend(getattr(importlib.import_module(name), "ROUTES", ()))
    return routes


class FakeSpecError(AssertionError):
    """The fake produced a response its own spec forbids (a bug in the fake, never in your code)."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake answered.  Headers are not kept, so no token is stored."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    operation_id: str | None
    status: int
    body: Any


@dataclass
class _Limit:
    per_hour: int
    seen: deque[_dt.datetime]


@dataclass
class _Failure:
    status: int
    remaining: int
    retry_after: float | None
    message: str | None
    operation: str | None


def _json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    if status == HTTPStatus.NO_CONTENT:
        # A 204 answer has no body at all (not even JSON ``null``), so no content type either.
        return httpx.Response(status, headers=dict(headers or {}))
    content = json.dumps(body, separators=(",", ":")).encode()
    all_headers = {"content-type": "application/json", **(headers or {})}
    return httpx.Response(status, headers=all_headers, content=content)


class FakeCircleCI:
    """An in-memory CircleCI for tests: contexts, projects, pipeline definitions, triggers, pipeline
    runs and usage exports, answering the API's paths with the API's schemas.

    Reach it in process with ``transport()`` (for ``httpx.Client`` and ``httpx.AsyncClient``), or
    over HTTP with ``serve()``.  Every request needs ``token`` (``Circle-Token`` header, bearer or
    basic auth or the ``circle-token`` query parameter) or gets 401; a request that breaks the spec gets 400
    (or the error status the spec documents for that operation) whose message lists the
    violations; unknown paths get 404, methods a path does not serve 405, and operations the fake
    has no handler for 501, all with a JSON ``{"message": ...}``.  ``seed`` makes ids and generated
    data repeatable; ``clock`` (returning aware datetimes) replaces the wall clock for timestamps;
    ``advance()`` moves the fake's time on (rate-limit windows, the one-year export limit).
    ``page_size`` is how many items a page of a list holds (CircleCI's 20 by default).
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        seed: int | None = None,
        clock: Callable[[], _dt.datetime] | None = None,
        page_size: int = 20,
    ) -> None:
        if not token or any(ch in token for ch in "\r\n\0 "):
            raise ValueError("token must be a non-empty string without spaces or control characters")
        if page_size < 1:
            raise ValueError("page_size must be >= 1")
        self._token = token
        self._store = Store(seed=seed, clock=clock)
        self._store.page_size = page_size
        self._router = Router(all_routes())
        self._lock = threading.RLock()
        self._failures: list[_Failure] = []
        self._limits: dict[str, _Limit] = {}
        self.requests: list[RecordedRequest] = []
        """Every request answered so far, oldest first."""
        self.token_leaks: list[str] = []
        """URLs (without query) of storage downloads that carried credentials."""
        self._webhooks = WebhookSender(self._store)

    def __repr__(self) -> str:
        return (
            f"FakeCircleCI(projects={len(self._store.projects)}, pipelines={len(self._store.pipelines)}, "
            f"requests={len(self.requests)})"
        )

    # ------------------------------------------------------------------ reaching it

    @property
    def token(self) -> str:
        """The one API token the fake accepts."""
        return self._token

    @property
    def base_url(self) -> str:
        """The API URL to give an in-process client (any host works through ``transport()``)."""
        return IN_PROCESS_BASE_URL

    @property
    def implemented_operations(self) -> frozenset[str]:
        """The operationIds of the vendored document the fake has a handler for."""
        return frozenset(self._router.routes)

    @property
    def store(self) -> Store:
        """The fake's records (contexts, projects, pipelines, ...), shared by every handler."""
        return self._store

    def advance(self, seconds: float) -> None:
        """Move the fake's clock ``seconds`` on (no real waiting; raises ``ValueError`` if negative)."""
        if seconds < 0:
            raise ValueError("seconds must be >= 0")
        with self._lock:
            self._store.offset += _dt.timedelta(seconds=seconds)

    def rate_limit(self, *, operation: str, per_hour: int | None = None) -> None:
        """Allow ``operation`` at most ``per_hour`` calls in any hour of the fake's clock.

        Further calls get 429 with ``Retry-After`` (whole seconds until a call leaves the window)
        and ``RateLimit-Limit``/``RateLimit-Remaining``/``RateLimit-Reset`` headers, which every
        answer of a limited operation carries.  ``per_hour`` defaults to CircleCI's documented limit
        (10 for the usage export operations).  Raises ``ValueError`` for an unknown operation, a
        missing or non-positive limit, or an operation whose spec documents no 429.
        """
        if operation not in OPERATIONS:
            raise ValueError(f"{operation!r} is not an operation of the vendored document")
        limit = per_hour if per_hour is not None else DEFAULT_LIMITS.get(operation)
        if limit is None or limit < 1:
            raise ValueError(f"per_hour must be >= 1 (no default limit for {operation})")
        statuses = REQUESTS[operation].statuses
        if "429" not in statuses and "default" not in statuses:
            raise ValueError(f"the spec documents no 429 answer for {operation}")
        with self._lock:
            self._limits[operation] = _Limit(limit, deque())

    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering in process, for ``httpx.Client`` and ``httpx.AsyncClient`` alike."""
        return httpx.MockTransport(self.handle)

    def client(self, **kwargs: Any) -> CircleCI:
        """A ``CircleCI`` client wired to this fake in process (keyword arguments are passed on).

        Its ``close()`` (or the end of its ``with`` block) closes the httpx client made for it.
        """
        from circleci_api import CircleCI

        kwargs.setdefault("token", self._token)
        kwargs.setdefault("base_url", IN_PROCESS_BASE_URL)
        client = CircleCI(http_client=CookielessClient(transport=self.transport()), **kwargs)
        client._transport.closes_lent_client = True
        return client

    def async_client(self, **kwargs: Any) -> AsyncCircleCI:
        """An ``AsyncCircleCI`` client wired to this fake in process.

        Its ``await close()`` (or the end of its ``async with`` block) closes the httpx client made
        for it.
        """
        from circleci_api import AsyncCircleCI

        kwargs.setdefault("token", self._token)
        kwargs.setdefault("base_url", IN_PROCESS_BASE_URL)
        client = AsyncCircleCI(http_client=CookielessAsyncClient(transport=self.transport()), **kwargs)
        client._transport.closes_lent_client = True
        return client

    def serve(self, *, host: str = "127.0.0.1", port: int = 0, files_port: int = 0) -> FakeServer:
        """A ``FakeServer`` for this fake (a context manager; port 0 picks a free port)."""
        from circleci_api.testing._server import FakeServer

        return FakeServer(self, host=host, port=port, files_port=files_port)

    # ------------------------------------------------------------------ seeding and scripting

    def add_org(self, slug: str, *, org_id: str | None = None) -> Org:
        """Add an organization such as ``gh/acme`` (returned as is if it exists)."""
        with self._lock:
            return self._store.add_org(slug, org_id=org_id)

    def add_project(
        self,
        slug: str,
        *,
        project_id: str | None = None,
        default_branch: str = "main",
        open_source: bool = False,
    ) -> Project:
        """Add a project such as ``gh/acme/api`` and its organization (returned as is if it exists).

        Raises ``ValueError`` for a malformed slug.  ``open_source`` decides whether the ``oss``
        setting can be turned on.
        """
        with self._lock:
            return self._store.add_project(
                slug, project_id=project_id, default_branch=default_branch, open_source=open_source
            )

    def add_artifact(
        self, project_slug: str, job_number: int, path: str, data: bytes, node_index: int = 0
    ) -> None:
        """Attach a file to a job the fake ran (raises ``KeyError`` for an unknown job)."""
        with self._lock:
            project = self._store.find_project(project_slug)
            job = self._store.jobs_by_number.get((project.id, job_number)) if project else None
            if job is None:
                raise KeyError(f"no job {job_number} in project {project_slug!r}")
            job.artifacts.append(Artifact(path, bytes(data), node_index))

    def add_run(
        self,
        project_slug: str,
        outcome: Outcome = "success",
        *,
        branch: str | None = None,
        workflow_name: str = "build-and-test",
        parameters: dict[str, Any] | None = None,
        step_seconds: float = 60.0,
    ) -> Pipeline:
        """A run that has already finished (for insights, job details, tests, reruns).

        The fake's clock moves ``step_seconds`` per step of the run, so jobs have durations.
        ``on_hold`` runs are approved by a teammate.  Raises ``KeyError`` for an unknown project and
        ``ValueError`` for ``skipped`` (which creates no pipeline) or an unknown outcome.
        """
        if outcome == "skipped":
            raise ValueError("a skipped run creates no pipeline")
        script = RunScript(outcome, None, workflow_name, 0)
        with self._lock:
            project = self._store.find_project(project_slug)
            if project is None:
                raise KeyError(f"no project {project_slug!r}")
            pipeline = start_pipeline(
                self._store,
                project,
                script,
                branch=branch or project.default_branch,
                parameters=dict(parameters or {}),
            )
            finish_run(self._store, pipeline, step_seconds=step_seconds)
            return pipeline

    def add_deploy_environment(self, org_slug: str, name: str, *, description: str = "") -> str:
        """A deploy environment of an organization (created if needed); returns its id."""
        with self._lock:
            org = self._store.add_org(org_slug)
            now = rfc3339(self._store.now())
            env_id = self._store.new_id()
            env: dict[str, Any] = {
                "created_at": now,
                "description": description,
                "id": env_id,
                "labels": [],
                "name": name,
                "updated_at": now,
                "_org": org,
            }
            self._store.deploy_environments[env_id] = env
            return env_id

    def add_deploy_component(self, project_slug: str, name: str) -> str:
        """A deployable component of a project (added if needed); returns its id."""
        with self._lock:
            project = self._store.add_project(project_slug)
            now = rfc3339(self._store.now())
            component_id = self._store.new_id()
            component: dict[str, Any] = {
                "id": component_id,
                "name": name,
                "project_id": project.id,
                "labels": [],
                "release_count": 0,
                "created_at": now,
                "updated_at": now,
                "_project": project,
            }
            self._store.deploy_components[component_id] = component
            return component_id

    def record_deploy(self, component_id: str, environment_id: str, version: str) -> None:
        """Record that ``version`` of a component went live in an environment (by a finished run).

        Raises ``KeyError`` for an unknown component or environment.
        """
        with self._lock:
            store = self._store
            component = store.deploy_components[component_id]
            env = store.deploy_environments[environment_id]
            pipeline = self.add_run(component["_project"].slug, "success")
            workflow = pipeline.workflows[0]
            job = next(j for j in workflow.jobs.values() if j.number is not None)
            for old in store.deploy_versions:
                if old["_component"] is component and old["environment_id"] == env["id"]:
                    old["is_live"] = False
            store.deploy_versions.append(
                {
                    "name": version,
                    "environment_id": env["id"],
                    "namespace": "default",
                    "is_live": True,
                    "pipeline_id": pipeline.id,
                    "workflow_id": workflow.id,
                    "job_id": job.id,
                    "job_number": job.number,
                    "last_deployed_at": rfc3339(store.now()),
                    "_component": component,
                }
            )
            component["release_count"] += 1
            component["updated_at"] = rfc3339(store.now())

    def script_run(
        self,
        outcome: Outcome = "success",
        *,
        approve_after: int | None = None,
        workflow_name: str = "build-and-test",
        hidden_polls: int = 1,
    ) -> RunScript:
        """Queue how the next pipeline run behaves (see ``RunScript``); later calls queue later runs.

        Runs with nothing queued follow ``default_run``.  Raises ``ValueError`` for an unknown outcome.
        """
        script = RunScript(outcome, approve_after, workflow_name, hidden_polls)
        with self._lock:
            self._store.run_scripts.append(script)
        return script

    @property
    def default_run(self) -> RunScript:
        """How runs behave when no script is queued (``success`` unless changed)."""
        return self._store.default_run or RunScript()

    @default_run.setter
    def default_run(self, script: RunScript) -> None:
        self._store.default_run = script

    def script_export(
        self,
        outcome: str = "completed",
        *,
        processing_polls: int = 1,
        parts: int = 2,
        rows: int | None = None,
        rows_per_day: int = 8,
        error_reason: str = "The export could not be completed",
    ) -> ExportScript:
        """Queue how the next usage export job behaves (see ``ExportScript``).

        Raises ``ValueError`` for an outcome other than ``completed``/``failed`` or a negative count.
        """
        if outcome not in ("completed", "failed"):
            raise ValueError(f"outcome must be 'completed' or 'failed', got {outcome!r}")
        if processing_polls < 0 or parts < 1 or rows_per_day < 1 or (rows is not None and rows < 0):
            raise ValueError("processing_polls must be >= 0, parts and rows_per_day >= 1, rows >= 0")
        script = ExportScript(outcome, processing_polls, parts, rows, rows_per_day, error_reason)
        with self._lock:
            self._store.export_scripts.append(script)
        return script

    def fail_next(
        self,
        status: int = 500,
        *,
        times: int = 1,
        retry_after: float | None = None,
        message: str | None = None,
        operation: str | None = None,
    ) -> None:
        """Answer the next ``times`` requests with ``status`` instead of handling them.

        ``retry_after`` (seconds) adds a ``Retry-After`` header.  ``operation`` limits the failure
        to one operationId (or ``usageExportFile`` / ``artifactFile`` for downloads); other requests
        pass.  Raises ``ValueError`` for a status below 400 or ``times`` below 1.
        """
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599), got {status}")
        if times < 1:
            raise ValueError("times must be >= 1")
        if retry_after is not None and retry_after < 0:
            raise ValueError("retry_after must be >= 0")
        with self._lock:
            self._failures.append(_Failure(status, times, retry_after, message, operation))

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery attempt, oldest first: ``url``, ``headers``, raw ``body``, ``status``
        (see ``WebhookDelivery``).  The list is live; ``clear()`` it between steps of a test.
        """
        return self._webhooks.deliveries

    @property
    def webhook_transport(self) -> httpx.BaseTransport | None:
        """Where the in-process fake POSTs webhook deliveries: a synchronous httpx transport such as
        ``httpx.MockTransport(handler)`` or ``httpx.WSGITransport(app=app)``.  None (the default):
        deliveries are only recorded, or POSTed over the network while the fake is served.  Set
        here, it is used even while served.  Raises ``TypeError`` for anything else.
        """
        return self._webhooks.transport

    @webhook_transport.setter
    def webhook_transport(self, transport: httpx.BaseTransport | None) -> None:
        self._webhooks.transport = validate_transport(transport)

    def script_webhooks(
        self,
        *,
        duplicate: bool = False,
        fail_first: int = 0,
        attempts: int = 3,
        backoff: float = 0.5,
        timeout: float = 10.0,
        sleep: Callable[[float], None] | None = None,
    ) -> WebhookScript:
        """Decide how webhook events are delivered from now on.

        ``duplicate`` sends every event twice (same id, body and signature), as CircleCI may.
        ``fail_first``: the next N attempts count as failed whatever the receiver answers (they still
        reach it, as when its answer is lost), so they are retried.  A non-2xx answer, a timeout
        (``timeout`` seconds) or a connection error fails an attempt too; each event gets at most
        ``attempts`` attempts, waiting ``backoff`` seconds after the first failure and doubling
        after each next one, through ``sleep`` (default ``time.sleep``; pass a no-op in tests).
        Deliveries are made before the request that finished the job or workflow is answered, so
        a test sees them as soon as its call returns (and a slow receiver slows that call).
        Raises ``ValueError`` for a negative count or delay, or ``attempts`` below 1.
        """
        script = WebhookScript(
            duplicate, fail_first, attempts, backoff, timeout, sleep or WebhookScript.sleep
        )
        self._webhooks.configure(script)
        return script

    # ------------------------------------------------------------------ inspecting

    def calls(self, operation_id: str) -> list[RecordedRequest]:
        """The recorded requests for one operationId."""
        with self._lock:
            return [r for r in self.requests if r.operation_id == operation_id]

    def pipeline(self, pipeline_id: str) -> Pipeline:
        """The fake's record of a pipeline (raises ``KeyError`` if it has none)."""
        with self._lock:
            return self._store.pipelines[pipeline_id]

    def export_job(self, job_id: str) -> ExportJob:
        """The fake's record of a usage export job, with ``row_count`` once completed."""
        with self._lock:
            return self._store.exports[job_id]

    # ------------------------------------------------------------------ answering

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request in process (its body must already be read)."""
        return self.dispatch(request, IN_PROCESS_FILES)

    def dispatch(self, request: httpx.Request, files_base: str) -> httpx.Response:
        """Answer one request; download URLs in answers start with ``files_base``."""
        with self._lock:
            operation, response, body = self._answer(request, files_base.rstrip("/"))
            query = tuple(
                (k, "<redacted>" if k == _TOKEN_QUERY else v) for k, v in request.url.params.multi_items()
            )
            body = _api_webhooks.redact_request(operation, body)
            self.requests.append(
                RecordedRequest(
                    request.method, request.url.path, query, operation, response.status_code, body
                )
            )
            events = self._webhooks.collect()
        # Outside the lock, so that a receiver may call the fake back.
        self._webhooks.deliver(events)
        return response

    def _take_failure(self, operation: str | None) -> httpx.Response | None:
        for failure in self._failures:
            if failure.operation is None or failure.operation == operation:
                failure.remaining -= 1
                if failure.remaining == 0:
                    self._failures.remove(failure)
                headers = {}
                if failure.retry_after is not None:
                    headers["retry-after"] = f"{failure.retry_after:g}"
                default = "Rate limit exceeded" if failure.status == 429 else _phrase(failure.status)
                return _json_response(failure.status, {"message": failure.message or default}, headers)
        return None

    def _authorized(self, request: httpx.Request) -> bool:
        sent = request.headers.get("circle-token")
        if sent is None:
            auth = request.headers.get("authorization", "")
            if auth[:7].lower() == "bearer ":  # CircleCI(auth_scheme="bearer")
                sent = auth[7:].strip()
            elif auth[:6].lower() == "basic ":
                try:
                    sent = base64.b64decode(auth[6:].strip(), validate=True).decode().partition(":")[0]
                except (binascii.Error, UnicodeError):
                    sent = None
        if sent is None:
            sent = request.url.params.get(_TOKEN_QUERY)
        return sent is not None and hmac.compare_digest(sent.encode(), self._token.encode())

    def _answer(self, request: httpx.Request, files_base: str) -> tuple[str | None, httpx.Response, Any]:
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")
        if path.startswith(FILES_PREFIX):
            return self._answer_file(request, path)
        method = request.method.upper()
        if files_base == IN_PROCESS_FILES and request.url.host != IN_PROCESS_HOST:
            message = (
                f"FakeCircleCI answers in process at {IN_PROCESS_BASE_URL} (fake.base_url) only, "
                f"not at {request.url.scheme}://{request.url.host}"
            )
            return None, _json_response(404, {"message": message}), None
        api_path = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else None
        found = self._router.match(method, api_path) if api_path is not None else None
        if found is None:
            allowed = self._router.methods(api_path) if api_path is not None else []
            if allowed:
                message = f"Method {method} is not allowed here; this path serves {', '.join(allowed)}"
                return None, _json_response(405, {"message": message}, {"allow": ", ".join(allowed)}), None
            return None, _json_response(404, {"message": "Not found"}), None
        operation, params = found
        failed = self._take_failure(operation)
        if failed is not None:
            return operation, failed, None
        route = self._router.routes.get(operation)
        if route is None:
            message = f"FakeCircleCI does not implement {operation} ({method} {api_path})"
            return operation, _json_response(501, {"message": message}), None
        if not self._authorized(request):
            return operation, self._error(operation, 401, UNAUTHORIZED), None
        limited, limit_headers = self._count(operation)
        if limited is not None:
            return operation, limited, None
        body, violations = check_request(route, params, request)
        if violations:
            return operation, self._violations(operation, violations), body
        call = Call(operation, params, request.url.params, body, self._store, files_base)
        try:
            reply = route.handler(call)
        except ApiError as exc:
            return operation, self._error(operation, exc.status, exc.message, exc.headers), body
        reply.headers = {**limit_headers, **reply.headers}
        return operation, self._checked(operation, reply), body

    def _count(self, operation: str) -> tuple[httpx.Response | None, dict[str, str]]:
        """Count one call against ``operation``'s rate limit: (a 429 answer or None, headers)."""
        limit = self._limits.get(operation)
        if limit is None:
            return None, {}
        now = self._store.now()
        while limit.seen and now - limit.seen[0] >= _HOUR:
            limit.seen.popleft()
        if len(limit.seen) >= limit.per_hour:
            wait = max(1, math.ceil((limit.seen[0] + _HOUR - now).total_seconds()))
            headers = {
                "retry-after": str(wait),
                "ratelimit-limit": str(limit.per_hour),
                "ratelimit-remaining": "0",
                "ratelimit-reset": str(wait),
            }
            message = f"Rate limit exceeded: {limit.per_hour} requests per hour for {operation}"
            return self._error(operation, 429, message, headers), {}
        limit.seen.append(now)
        reset = max(1, math.ceil((limit.seen[0] + _HOUR - now).total_seconds()))
        return None, {
            "ratelimit-limit": str(limit.per_hour),
            "ratelimit-remaining": str(limit.per_hour - len(limit.seen)),
            "ratelimit-reset": str(reset),
        }

    def _error(
        self,
        operation: str,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """An error answer with a status the spec documents for ``operation``, in its error schema."""
        status = documented_status(operation, status)
        body: dict[str, Any] = {"message": message}
        if REQUESTS[operation].error_schema == "ErrorResponse":
            body = {"error": message, "message": message}
        body.update(extra or {})
        return self._checked(operation, Reply(status, body, dict(headers or {})))

    def _answer_file(self, request: httpx.Request, path: str) -> tuple[str | None, httpx.Response, Any]:
        operation = "usageExportFile" if path.startswith("/_fake/usage/") else "artifactFile"
        failed = self._take_failure(operation)
        if failed is not None:
            return operation, failed, None
        answer = serve_file(self._store, request, path)
        if answer.token_leak:
            self.token_leaks.append(str(request.url.copy_with(query=None)))
        headers = {"content-type": answer.content_type}
        return answer.operation, httpx.Response(answer.status, headers=headers, content=answer.content), None

    def _violations(self, operation: str, violations: list[Any]) -> httpx.Response:
        listed = [str(v) for v in violations]
        plural = "s" if len(listed) > 1 else ""
        message = f"Request does not match the API spec ({len(listed)} violation{plural}): "
        return self._error(operation, 400, message + "; ".join(listed), extra={"violations": listed})

    def _checked(self, operation: str, reply: Reply) -> httpx.Response:
        deviations = check_response(operation, reply.status, reply.body)
        if deviations:
            listed = "; ".join(str(d) for d in deviations[:5])
            raise FakeSpecError(
                f"FakeCircleCI answered {operation} with {reply.status} against the spec: {listed}"
            )
        return _json_response(reply.status, reply.body, reply.headers)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
