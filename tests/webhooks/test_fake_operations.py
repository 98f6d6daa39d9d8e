"""The fake's webhook operations: state, the limit of 5 per project, pagination, masked secrets."""

from __future__ import annotations

from typing import Any

import pytest

from circleci_api import BadRequestError, NotFoundError, UnprocessableEntityError
from tests.testing.support import Front, collect, done, open_client

SLUG = "gh/acme/api"
SECRET = "hook-secret-0123456789"


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
        with pytest.raises(UnprocessableEntityError):
            await done(
                client.request("POST", "/webhook", json={**_hook(project.id), "events": ["build-started"]})
            )
        with pytest.raises(NotFoundError, match="Webhook not found"):
            await done(client.webhooks.update(missing, name="x"))
        with pytest.raises(NotFoundError, match="Project not found"):
            await done(client.webhooks.list(scope_id=missing, scope_type="project").first_page())
        with pytest.raises(BadRequestError, match="scope-id and scope-type are required"):
            await done(client.request("GET", "/webhook"))
        hook = await done(client.webhooks.create(**_hook(project.id)))
        with pytest.raises(BadRequestError, match="absolute http or https URL"):
            await done(client.webhooks.update(hook.id, url="not a url"))
        assert (await done(client.webhooks.get(hook.id))).url == "https://hooks.example.com/circleci"
        listed = await collect(client.webhooks.list(scope_id=project.id, scope_type="project"))
    assert [w.id for w in listed] == [hook.id]
