"""The fake's outbound webhooks: events built from its own runs, signed, delivered and recorded.

After each request the fake answers, ``WebhookSender.collect`` looks at the workflows that were
still open: each job that reached a terminal status gives a ``job-completed`` event (approval jobs
excepted), and each workflow that did gives a ``workflow-completed`` event, for every webhook of the
project subscribed to it.  ``WebhookSender.deliver`` then sends them, outside the fake's lock and
before the request's answer goes back, so a test sees the deliveries as soon as its call returns.

Where a delivery goes: through ``transport`` when set (any ``httpx.BaseTransport``, e.g.
``httpx.MockTransport(handler)`` or ``httpx.WSGITransport(app=...)``); else over the network when
the fake is served (``FakeCircleCI.serve()``); else it is only recorded.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from circleci_api.testing._store import Job, Store, Workflow, rfc3339
from circleci_api.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, WebhookEvent, parse_event, sign

if TYPE_CHECKING:
    from circleci_api.testing._api_webhooks import WebhookRecord

__all__ = ["USER_AGENT", "WebhookDelivery", "WebhookScript", "WebhookSender"]

USER_AGENT = "CircleCI-Webhook/1.0"
#: Job and workflow statuses after which nothing changes (as in ``_runs``).
_TERMINAL_JOB = frozenset(
    {"success", "failed", "canceled", "unauthorized", "infrastructure_fail", "timedout"}
)
_TERMINAL_WORKFLOW = frozenset({"success", "failed", "error", "canceled", "unauthorized"})
_VCS_HOSTS = {"github": "github", "bitbucket": "bitbucket"}
SCRIPTED_FAILURE = "failed by script_webhooks(fail_first=...): the answer was not accepted"


@dataclass(frozen=True)
class WebhookScript:
    """How the fake delivers webhooks (see ``FakeCircleCI.script_webhooks``)."""

    duplicate: bool = False
    fail_first: int = 0
    attempts: int = 3
    backoff: float = 0.5
    timeout: float = 10.0
    sleep: Callable[[float], None] = time.sleep

    def __post_init__(self) -> None:
        if self.fail_first < 0:
            raise ValueError(f"fail_first must be >= 0, got {self.fail_first}")
        if self.attempts < 1:
            raise ValueError(f"attempts must be >= 1, got {self.attempts}")
        if self.backoff < 0 or self.timeout <= 0:
            raise ValueError("backoff must be >= 0 and timeout > 0 (seconds)")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based): doubling from ``backoff``."""
        return float(self.backoff * 2 ** (attempt - 1))


@dataclass(frozen=True)
class WebhookDelivery:
    """One delivery attempt the fake made (or, with nowhere to send, only recorded).

    ``url``, ``headers`` and the raw ``body`` bytes are what was (or would have been) POSTed.
    ``attempt`` counts from 1 for each copy of an event; ``status`` is the receiver's answer (None
    when nothing was sent or no answer came); ``error`` says why an attempt failed (``timeout``,
    a connection error, an exception of the transport, or a scripted failure); ``ok`` is True for
    an accepted (2xx) or only-recorded delivery.
    """

    url: str
    headers: dict[str, str]
    body: bytes
    webhook_id: str
    event_id: str
    event_type: str
    attempt: int
    status: int | None
    error: str | None
    ok: bool
    sent: bool

    def event(self, secret: str | bytes | None = None) -> WebhookEvent:
        """The event as ``circleci_api.webhooks.parse_event`` reads it (verified with ``secret``)."""
        return parse_event(self.body, self.headers, secret=secret)


@dataclass
class _Pending:
    webhook: WebhookRecord
    url: str
    headers: dict[str, str]
    body: bytes
    event_id: str
    event_type: str
    verify_tls: bool


@dataclass
class _Tracked:
    workflow: Workflow
    announced_jobs: set[str] = field(default_factory=set)


def _project_web_path(workflow: Workflow) -> str:
    project = workflow.pipeline.project
    vcs = _VCS_HOSTS.get(project.org.vcs, project.org.vcs)
    return f"{vcs}/{project.org.name}/{project.name}"


def _pipeline_json(workflow: Workflow) -> dict[str, Any]:
    pipeline = workflow.pipeline
    project = pipeline.project
    out: dict[str, Any] = {
        "id": pipeline.id,
        "number": pipeline.number,
        "created_at": rfc3339(pipeline.created_at),
        "trigger": {"type": "api"},
    }
    if project.org.vcs in _VCS_HOSTS:
        out["vcs"] = {
            "provider_name": {"github": "GitHub", "bitbucket": "Bitbucket"}[project.org.vcs],
            "origin_repository_url": project.vcs_url,
            "target_repository_url": project.vcs_url,
            "revision": pipeline.revision,
            "branch": pipeline.branch,
            "commit": {
                "subject": "Update the release notes",
                "body": "",
                "author": {"name": "Fake Developer", "email": "developer@example.com"},
                "authored_at": rfc3339(pipeline.created_at),
                "committer": {"name": "Fake Developer", "email": "developer@example.com"},
                "committed_at": rfc3339(pipeline.created_at),
            },
        }
    else:  # GitHub App, GitLab and other standalone projects (``circleci/<org-id>/<project-id>``)
        out["trigger_parameters"] = {
            "circleci": {
                "event_type": "api",
                "trigger_type": "api",
                "actor_id": pipeline.actor,
                "event_time": rfc3339(pipeline.created_at),
            },
            "git": {
                "branch": pipeline.branch,
                "checkout_sha": pipeline.revision,
                "commit_sha": pipeline.revision,
                "repo_url": project.vcs_url,
                "ref": f"refs/heads/{pipeline.branch}",
            },
        }
    return out


def event_json(
    event_type: str, event_id: str, webhook: WebhookRecord, workflow: Workflow, job: Job | None
) -> dict[str, Any]:
    """The body CircleCI would send for ``workflow`` (or its ``job``) to ``webhook``."""
    pipeline = workflow.pipeline
    project = pipeline.project
    happened = job.stopped_at if job is not None else workflow.stopped_at
    body: dict[str, Any] = {
        "id": event_id,
        "type": event_type,
        "happened_at": rfc3339(happened or workflow.created_at),
        "webhook": {"id": webhook.id, "name": webhook.name},
        "project": {"id": project.id, "slug": project.slug, "name": project.name},
        "organization": {"id": project.org.id, "name": project.org.name},
        "workflow": {
            "id": workflow.id,
            "name": workflow.name,
            "status": workflow.status,
            "created_at": rfc3339(workflow.created_at),
            "stopped_at": rfc3339(workflow.stopped_at) if workflow.stopped_at else None,
            "url": (
                f"https://app.circleci.com/pipelines/{_project_web_path(workflow)}/{pipeline.number}"
                f"/workflows/{workflow.id}"
            ),
        },
        "pipeline": _pipeline_json(workflow),
    }
    if job is not None:
        body["job"] = {
            "id": job.id,
            "number": job.number,
            "name": job.name,
            "status": job.status,
            "started_at": rfc3339(job.started_at or workflow.created_at),
            "stopped_at": rfc3339(job.stopped_at) if job.stopped_at else None,
        }
    return body


class WebhookSender:
    """Finds finished jobs and workflows, builds their events and delivers them (one per fake)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.deliveries: list[WebhookDelivery] = []
        self.script = WebhookScript()
        self.transport: httpx.BaseTransport | None = None
        self.served = 0
        self._failures_left = 0
        self._lock = threading.Lock()
        self._open: dict[str, _Tracked] = {}
        self._known_workflows = 0
        self._network: dict[bool, httpx.HTTPTransport] = {}

    def configure(self, script: WebhookScript) -> None:
        with self._lock:
            self.script = script
            self._failures_left = script.fail_first

    # ------------------------------------------------------------ finding events (under the fake's lock)

    def _track_new_workflows(self) -> None:
        workflows = self._store.workflows
        if len(workflows) < self._known_workflows:  # something was removed: look at all again
            self._known_workflows = 0
        new = len(workflows) - self._known_workflows
        if new <= 0:
            return
        for workflow in itertools.islice(reversed(workflows.values()), new):
            self._open.setdefault(workflow.id, _Tracked(workflow))
        self._known_workflows = len(workflows)

    def collect(self) -> list[_Pending]:
        """The events of jobs and workflows that finished since the last call, one per subscriber."""
        self._track_new_workflows()
        pending: list[_Pending] = []
        for workflow_id, tracked in list(self._open.items()):
            workflow = tracked.workflow
            for job in workflow.jobs.values():
                if job.type != "build" or job.id in tracked.announced_jobs or job.status not in _TERMINAL_JOB:
                    continue
                tracked.announced_jobs.add(job.id)
                pending.extend(self._events("job-completed", workflow, job))
            if workflow.status in _TERMINAL_WORKFLOW:
                del self._open[workflow_id]
                pending.extend(self._events("workflow-completed", workflow, None))
        return pending

    def _events(self, event_type: str, workflow: Workflow, job: Job | None) -> list[_Pending]:
        out: list[_Pending] = []
        project = workflow.pipeline.project
        for webhook in self._store.webhooks.values():
            if webhook.project is not project or event_type not in webhook.events:
                continue
            event_id = self._store.new_id()
            payload = event_json(event_type, event_id, webhook, workflow, job)
            body = json.dumps(payload, separators=(",", ":")).encode()
            headers = {
                "Content-Type": "application/json",
                "User-Agent": USER_AGENT,
                EVENT_TYPE_HEADER: event_type,
                SIGNATURE_HEADER: sign(body, webhook.signing_secret),
            }
            out.append(
                _Pending(webhook, webhook.url, headers, body, event_id, event_type, webhook.verify_tls)
            )
        return out

    # ------------------------------------------------------------------ delivering (outside the lock)

    def deliver(self, pending: list[_Pending]) -> None:
        """Send each event (twice with ``duplicate``), retrying failed attempts with backoff."""
        script = self.script
        for item in pending:
            for _ in range(2 if script.duplicate else 1):
                self._send(item, script)

    def _take_failure(self) -> bool:
        with self._lock:
            if self._failures_left > 0:
                self._failures_left -= 1
                return True
            return False

    def _send(self, item: _Pending, script: WebhookScript) -> None:
        for attempt in range(1, script.attempts + 1):
            sent, status, error = self._attempt(item, script)
            ok = error is None and (status is None or 200 <= status < 300)
            if self._take_failure():
                ok, error = False, error or SCRIPTED_FAILURE
            self.deliveries.append(
                WebhookDelivery(
                    url=item.url,
                    headers=dict(item.headers),
                    body=item.body,
                    webhook_id=item.webhook.id,
                    event_id=item.event_id,
                    event_type=item.event_type,
                    attempt=attempt,
                    status=status,
                    error=error,
                    ok=ok,
                    sent=sent,
                )
            )
            if ok:
                return
            if attempt < script.attempts:
                script.sleep(script.delay(attempt))

    def _route(self, item: _Pending) -> httpx.BaseTransport | None:
        if self.transport is not None:
            return self.transport
        if self.served <= 0:
            return None
        with self._lock:
            transport = self._network.get(item.verify_tls)
            if transport is None:
                transport = httpx.HTTPTransport(verify=item.verify_tls)
                self._network[item.verify_tls] = transport
        return transport

    def _attempt(self, item: _Pending, script: WebhookScript) -> tuple[bool, int | None, str | None]:
        transport = self._route(item)
        if transport is None:
            return False, None, None
        try:
            request = httpx.Request(
                "POST",
                item.url,
                headers=item.headers,
                content=item.body,
                extensions={"timeout": httpx.Timeout(script.timeout).as_dict()},
            )
            response = transport.handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        except httpx.TimeoutException:
            return True, None, "timeout"
        except httpx.TransportError as exc:
            return True, None, f"connection error: {type(exc).__name__}: {exc}"
        except Exception as exc:  # the receiver behind a user's transport raised: CircleCI would see a 500
            return True, None, f"the transport raised {type(exc).__name__}: {exc}"
        return True, response.status_code, None

    def close(self) -> None:
        """Close the network transports (the fake's own; a user's ``transport`` is left open)."""
        with self._lock:
            transports = list(self._network.values())
            self._network.clear()
        for transport in transports:
            transport.close()


def validate_transport(transport: object) -> httpx.BaseTransport | None:
    """``transport`` if it is None or a synchronous httpx transport; TypeError otherwise."""
    if transport is None or isinstance(transport, httpx.BaseTransport):
        return transport
    raise TypeError(
        "webhook_transport must be a synchronous httpx transport (httpx.BaseTransport, e.g. "
        f"httpx.MockTransport or httpx.WSGITransport), got {type(transport).__name__}"
    )
