"""Outbound webhooks of a project: create, list by scope, get, update, delete.

At most ``MAX_PER_PROJECT`` per project, as on CircleCI.  Answers show the signing secret masked
(``****`` and, for secrets longer than 8 characters, the last 4); the fake keeps it to sign
deliveries (see ``_webhook_delivery``).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

import httpx

from circleci_api.testing._http import Call, Reply, Route, paginate
from circleci_api.testing._store import ApiError, Project, rfc3339
from circleci_api_generated.models.create_webhook_request import CreateWebhookRequest
from circleci_api_generated.models.update_webhook_request import UpdateWebhookRequest

__all__ = [
    "EVENT_TYPES",
    "MAX_PER_PROJECT",
    "ROUTES",
    "WebhookRecord",
    "mask_secret",
    "redact_request",
    "webhook_json",
]

MAX_PER_PROJECT = 5
#: Small pages, so that clients' pagination is exercised even by a project's five webhooks.
PAGE_SIZE = 2
EVENT_TYPES = ("workflow-completed", "job-completed")
_SHOWN_SECRET_CHARS = 4
_MASK_ALL_UP_TO = 8


@dataclass
class WebhookRecord:
    """A project's webhook; ``signing_secret`` is kept whole, answers only show it masked."""

    id: str
    project: Project
    name: str
    url: str
    events: list[str]
    verify_tls: bool
    signing_secret: str
    created_at: _dt.datetime
    updated_at: _dt.datetime


def mask_secret(secret: str) -> str:
    """``****`` plus the last 4 characters of a secret longer than 8 characters."""
    if len(secret) <= _MASK_ALL_UP_TO:
        return "****"
    return "****" + secret[-_SHOWN_SECRET_CHARS:]


def webhook_json(webhook: WebhookRecord) -> dict[str, Any]:
    return {
        "id": webhook.id,
        "scope": {"id": webhook.project.id, "type": "project"},
        "name": webhook.name,
        "events": list(webhook.events),
        "url": webhook.url,
        "verify_tls": webhook.verify_tls,
        "signing_secret": mask_secret(webhook.signing_secret),
        "created_at": rfc3339(webhook.created_at),
        "updated_at": rfc3339(webhook.updated_at),
    }


def redact_request(operation: str | None, body: Any) -> Any:
    """``body`` as ``FakeCircleCI.requests`` keeps it: a sent signing secret is replaced by ``<redacted>``."""
    if (
        operation in ("createWebhook", "updateWebhook")
        and isinstance(body, dict)
        and "signing-secret" in body
    ):
        return {**body, "signing-secret": "<redacted>"}
    return body


def _check_url(url: str) -> None:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise ApiError(400, f"url must be an absolute http or https URL, got {url[:100]!r}")


def _check_fields(body: dict[str, Any]) -> None:
    if "name" in body and not str(body["name"]).strip():
        raise ApiError(400, "name must not be empty")
    if "url" in body:
        _check_url(body["url"])
    if "events" in body and not body["events"]:
        raise ApiError(400, f"events must list at least one of {', '.join(EVENT_TYPES)}")
    if "signing-secret" in body and not body["signing-secret"]:
        raise ApiError(400, "signing-secret must not be empty")


def _webhook(call: Call) -> WebhookRecord:
    webhook = call.store.webhooks.get(call.params["webhook_id"])
    if webhook is None:
        raise ApiError(404, "Webhook not found")
    return webhook


def create_webhook(call: Call) -> Reply:
    store = call.store
    body = call.json()
    _check_fields(body)
    project = store.project(body["scope"]["id"])
    existing = [w for w in store.webhooks.values() if w.project is project]
    if len(existing) >= MAX_PER_PROJECT:
        raise ApiError(400, f"A project can have at most {MAX_PER_PROJECT} webhooks")
    now = store.now()
    webhook = WebhookRecord(
        id=store.new_id(),
        project=project,
        name=body["name"],
        url=body["url"],
        events=list(dict.fromkeys(body["events"])),
        verify_tls=body["verify-tls"],
        signing_secret=body["signing-secret"],
        created_at=now,
        updated_at=now,
    )
    store.webhooks[webhook.id] = webhook
    return Reply(201, webhook_json(webhook))


def list_webhooks(call: Call) -> Reply:
    store = call.store
    scope_id, scope_type = call.query.get("scope-id"), call.query.get("scope-type")
    if not scope_id or not scope_type:
        raise ApiError(400, "scope-id and scope-type are required")
    project = store.project(scope_id)
    webhooks = [w for w in store.webhooks.values() if w.project is project]
    page, token = paginate(webhooks, call.query.get("page-token"), PAGE_SIZE)
    return Reply(200, {"items": [webhook_json(w) for w in page], "next_page_token": token})


def get_webhook(call: Call) -> Reply:
    return Reply(200, webhook_json(_webhook(call)))


def update_webhook(call: Call) -> Reply:
    webhook = _webhook(call)
    body = call.json()
    _check_fields(body)
    if "name" in body:
        webhook.name = body["name"]
    if "url" in body:
        webhook.url = body["url"]
    if "events" in body:
        webhook.events = list(dict.fromkeys(body["events"]))
    if "verify-tls" in body:
        webhook.verify_tls = body["verify-tls"]
    if "signing-secret" in body:
        webhook.signing_secret = body["signing-secret"]
    webhook.updated_at = call.store.now()
    return Reply(200, webhook_json(webhook))


def delete_webhook(call: Call) -> Reply:
    webhook = _webhook(call)
    del call.store.webhooks[webhook.id]
    return Reply(200, {"message": "Webhook deleted."})


ROUTES = (
    Route("createWebhook", create_webhook, body=CreateWebhookRequest),
    Route("getWebhooks", list_webhooks),
    Route("getWebhookById", get_webhook),
    Route("updateWebhook", update_webhook, body=UpdateWebhookRequest),
    Route("deleteWebhook", delete_webhook),
)
