"""The fake's webhook operations: state, the limit of 5 per project, pagination, masked secrets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, BadRequestError, CircleCI, NotFoundError
from tests.testing.support import Front, collect, done, open_client

SLUG = "gh/acme/api"
SECRET = "hook-secret-0123456789"
WEBHOOK_KEYS = {
    "id",
    "name",
    "url",
    "verify_tls",
    "signing_secret",
    "events",
    "scope",
    "created_at",
    "updated_at",
}


def _hook(project_id: str, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": "notifier",
        "events": ["workflow-completed", "job-completed"],
        "url": "https://hooks.example.com/circleci",
        "verify_tls": True,
        "signing_secret": SECRET,
        "scope": {"id": project_id, "type": "project"},
    }
    fields.update(overrides)
    return fields


@pytest.mark.anyio
async def test_create_read_update_list_delete(front: Front, kind: str) -> None:
    project = front.fake.add_project(SLUG)
    other = front.fake.add_project("gh/acme/web")
    async with open_client(front, kind) as client:
        created = await done(client.webhooks.create(**_hook(project.id)))
        assert created.name == "notifier"
        assert [str(e) for e in created.events] == ["workflow-completed", "job-completed"]
        assert (created.scope.id, created.scope.type) == (project.id, "project")
        assert created.verify_tls is True
        assert created.created_at == created.updated_at
        assert created.created_at.tzinfo is not None
        assert created.signing_secret == "****6789"
        assert SECRET not in str(created.raw_json)
        # The 2026-08 document's keys on the wire: requests dashed, answers snake_case.
        assert set(created.raw_json) == WEBHOOK_KEYS
        sent = front.fake.calls("createWebhook")[0].body
        assert {"verify-tls", "signing-secret"} <= set(sent)

        got = await done(client.webhooks.get(created.id))
        assert got.to_dict() == created.to_dict()

        # Read-modify-write: change one field, the others stay.
        updated = await done(
            client.webhooks.update(created.id, url="https://hooks.example.com/v2", events=["job-completed"])
        )
        assert (updated.url, [str(e) for e in updated.events], updated.name) == (
            "https://hooks.example.com/v2",
            ["job-completed"],
            "notifier",
        )
        again = await done(client.webhooks.update(created.id, signing_secret="short"))
        assert again.signing_secret == "****"  # short secrets are masked whole
        assert again.url == "https://hooks.example.com/v2"

        await done(client.webhooks.create(**_hook(other.id, name="web")))
        listed = await collect(client.webhooks.list(scope_id=project.id, scope_type="project"))
        assert [w.id for w in listed] == [created.id]

        assert (await done(client.webhooks.delete(created.id))).message == "Webhook deleted."
        with pytest.raises(NotFoundError, match="Webhook not found"):
            await done(client.webhooks.get(created.id))
        with pytest.raises(NotFoundError):
            await done(client.webhooks.delete(created.id))
        assert await collect(client.webhooks.list(scope_id=project.id, scope_type="project")) == []
    # The fake's record of requests does not keep the secrets either.
    assert all(SECRET not in repr(r) and "short" not in repr(r.body) for r in front.fake.requests)
    assert front.fake.calls("createWebhook")[0].body["signing-secret"] == "<redacted>"


@pytest.mark.anyio
async def test_at_most_five_per_project_listed_over_pages(front: Front, kind: str) -> None:
    project = front.fake.add_project(SLUG)
    async with open_client(front, kind) as client:
        ids = [
            (await done(client.webhooks.create(**_hook(project.id, name=f"hook-{n}")))).id for n in range(5)
        ]
        with pytest.raises(BadRequestError, match="at most 5 webhooks"):
            await done(client.webhooks.create(**_hook(project.id, name="sixth")))
        first = await done(client.webhooks.list(scope_id=project.id, scope_type="project").first_page())
        assert len(first.items) == 2
        assert first.next_page_token
        listed = await collect(client.webhooks.list(scope_id=project.id, scope_type="project"))
        assert [w.id for w in listed] == ids
        assert [w.name for w in listed] == [f"hook-{n}" for n in range(5)]
        # Deleting one makes room again.
        await done(client.webhooks.delete(ids[0]))
        await done(client.webhooks.create(**_hook(project.id, name="replacement")))
    assert len(front.fake.calls("createWebhook")) == 7


@pytest.mark.anyio
async def test_bad_requests_are_refused_and_nothing_is_stored(front: Front, kind: str) -> None:
    project = front.fake.add_project(SLUG)
    missing = "2f6c0b52-9a43-4c1e-8a3b-6d5e4f3a2b1c"
    async with open_client(front, kind, max_retries=0) as client:
        with pytest.raises(NotFoundError, match="Project not found"):
            await done(client.webhooks.create(**_hook(missing)))
        with pytest.raises(BadRequestError, match="absolute http or https URL"):
            await done(client.webhooks.create(**_hook(project.id, url="ftp://hooks.example.com")))
        with pytest.raises(BadRequestError, match="events must list at least one"):
            await done(client.webhooks.create(**_hook(project.id, events=[])))
        with pytest.raises(BadRequestError, match="signing-secret must not be empty"):
            await done(client.webhooks.create(**_hook(project.id, signing_secret="")))
        with pytest.raises(BadRequestError, match="does not match the API spec"):  # 400, never 422
            await done(
                client.request("POST", "/webhook", json={**_hook(project.id), "events": ["build-started"]})
            )
        with pytest.raises(NotFoundError, match="Webhook not found"):
            await done(client.webhooks.update(missing, name="x"))
        with pytest.raises(NotFoundError, match="Project not found"):
            await done(client.webhooks.list(scope_id=missing, scope_type="project").first_page())
        with pytest.raises(
            BadRequestError, match=r"query\.scope-id: is required; query\.scope-type: is required"
        ):
            await done(client.request("GET", "/webhook"))
        # A scope id is a plain string in the 2026-08 document: one that is no UUID names no project.
        with pytest.raises(NotFoundError, match="Project not found"):
            await done(client.webhooks.create(**_hook("gh/acme/api")))
        hook = await done(client.webhooks.create(**_hook(project.id)))
        with pytest.raises(BadRequestError, match="absolute http or https URL"):
            await done(client.webhooks.update(hook.id, url="not a url"))
        with pytest.raises(BadRequestError, match="body: a JSON request body is required"):
            await done(client.request("PUT", f"/webhook/{hook.id}"))
        assert (await done(client.webhooks.get(hook.id))).url == "https://hooks.example.com/circleci"
        listed = await collect(client.webhooks.list(scope_id=project.id, scope_type="project"))
    assert [w.id for w in listed] == [hook.id]


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_a_webhook_with_the_dashed_keys_of_older_servers_reads_the_same(kind: str) -> None:
    """CircleCI Server installations run older API versions, which may answer with the keys the
    document had before 2026-08 (``verify-tls``, ``signing-secret``, ``created-at``, ``updated-at``)."""
    webhook_id, project_id = "0b6b3b44-0e3d-4f0e-9f51-8f8d3bba1c55", "5034460f-c7c4-4c43-9457-de07e2029e7b"
    old = {
        "id": webhook_id,
        "name": "notifier",
        "url": "https://hooks.example.com/circleci",
        "verify-tls": False,
        "signing-secret": "****6789",
        "events": ["job-completed"],
        "scope": {"id": project_id, "type": "project"},
        "created-at": "2025-03-01T10:00:00Z",
        "updated-at": "2025-03-02T11:30:00.250Z",
    }
    new = {key.replace("-", "_"): value for key, value in old.items()}

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/webhook"):
            return httpx.Response(200, json={"items": [old, new], "next_page_token": None})
        return httpx.Response(200, json=old)

    transport = httpx.MockTransport(server)
    options: dict[str, Any] = {"token": "t", "base_url": "https://server.example.com/api/v2", "strict": True}
    if kind == "sync":
        with CircleCI(http_client=httpx.Client(transport=transport), **options) as client:
            got = client.webhooks.get(webhook_id)
            listed = list(client.webhooks.list(scope_id=project_id, scope_type="project"))
    else:
        async with AsyncCircleCI(http_client=httpx.AsyncClient(transport=transport), **options) as aclient:
            got = await aclient.webhooks.get(webhook_id)
            listed = [w async for w in aclient.webhooks.list(scope_id=project_id, scope_type="project")]
    assert (got.verify_tls, got.signing_secret) == (False, "****6789")
    assert got.created_at == dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC)
    assert got.updated_at == dt.datetime(2025, 3, 2, 11, 30, 0, 250_000, tzinfo=dt.UTC)
    assert got.additional_properties == {}
    assert [w.to_dict() for w in listed] == [got.to_dict(), got.to_dict()]
    assert set(got.to_dict()) == WEBHOOK_KEYS  # written back with the document's keys
