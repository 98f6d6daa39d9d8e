"""Error injection: ``fail_next`` answers the next requests with an error instead of handling them."""

from __future__ import annotations

import pytest

from circleci_api import InternalServerError, RateLimitError
from circleci_api.testing import FakeCircleCI

from .support import Front, done, open_client

SLUG = "gh/acme/api"


@pytest.mark.anyio
async def test_rate_limit_with_retry_after(front: Front, kind: str) -> None:
    front.fake.add_project(SLUG)
    front.fake.fail_next(status=429, retry_after=1)
    async with open_client(front, kind, max_retries=0) as client:
        with pytest.raises(RateLimitError) as caught:
            await done(client.projects.get(SLUG))
        assert caught.value.retry_after == 1.0
        assert caught.value.message == "Rate limit exceeded"
        project = await done(client.projects.get(SLUG))  # only the next request failed
    assert project.slug == SLUG
    assert [r.status for r in front.fake.requests] == [429, 200]


@pytest.mark.anyio
async def test_the_next_n_requests_fail(front: Front, kind: str) -> None:
    front.fake.add_project(SLUG)
    front.fake.fail_next(status=500, times=3, message="database on fire")
    async with open_client(front, kind, max_retries=0) as client:
        for _ in range(3):
            with pytest.raises(InternalServerError, match="database on fire"):
                await done(client.projects.get(SLUG))
        await done(client.projects.get(SLUG))
    assert [r.status for r in front.fake.requests] == [500, 500, 500, 200]


@pytest.mark.anyio
async def test_client_retries_through_injected_failures(front: Front, kind: str) -> None:
    front.fake.add_project(SLUG)
    front.fake.fail_next(status=503, times=2)
    async with open_client(front, kind, max_retries=2) as client:
        project = await done(client.projects.get(SLUG))
    assert project.slug == SLUG
    assert [r.status for r in front.fake.requests] == [503, 503, 200]


def test_failures_can_target_one_operation(fake: FakeCircleCI) -> None:
    fake.add_project(SLUG)
    fake.fail_next(status=500, operation="getProjectSettings")
    with fake.client(max_retries=0) as client:
        client.projects.get(SLUG)
        with pytest.raises(InternalServerError):
            client.projects.settings.get(SLUG)
        client.projects.settings.get(SLUG)
    assert [(r.operation_id, r.status) for r in fake.requests] == [
        ("getProjectBySlug", 200),
        ("getProjectSettings", 500),
        ("getProjectSettings", 200),
    ]


def test_injected_failures_come_before_auth(fake: FakeCircleCI) -> None:
    fake.add_project(SLUG)
    fake.fail_next(status=502)
    with fake.client(token="wrong", max_retries=0) as client:
        with pytest.raises(InternalServerError):
            client.projects.get(SLUG)
        assert fake.calls("getProjectBySlug")[0].status == 502


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [({"status": 200}, "400-599"), ({"times": 0}, "times"), ({"retry_after": -1}, "retry_after")],
)
def test_bad_injections_are_refused(kwargs: dict[str, int], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        FakeCircleCI().fail_next(**kwargs)
