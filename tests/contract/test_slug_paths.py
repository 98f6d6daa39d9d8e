"""Slugs in single path parameters go out as one segment, the form the document describes.

``project-slug`` and ``org-slug`` are single path parameters whose values contain slashes; sent
with literal slashes they match no route of the document (Prism answers 404).  They are sent with
each slash percent-encoded (CircleCI documents that these slashes may be URL-escaped).
``org-slug-or-id`` keeps its literal slash, like CircleCI's own examples, and paths that name
``{provider}/{organization}/{project}`` get three segments.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.contract.mock import Script, run_async, run_sync

ORG_ID = "6bd2c73b-43b1-4c0e-9b4a-9c4c17a1c2f5"

SLUG_CALLS: list[tuple[str, Callable[[Any], Any], str]] = [
    ("project_slug", lambda c: c.projects.get("gh/acme/api"), "/api/v2/project/gh%2Facme%2Fapi"),
    (
        "standalone project_slug",
        lambda c: c.projects.env_vars.delete("circleci/4Fk2aB/9QpRt3", "TOKEN"),
        "/api/v2/project/circleci%2F4Fk2aB%2F9QpRt3/envvar/TOKEN",
    ),
    ("org_slug", lambda c: c.insights.org_summary("gh/acme"), "/api/v2/insights/gh%2Facme/summary"),
    ("org_slug_or_id slug", lambda c: c.organizations.delete("gh/acme"), "/api/v2/organization/gh/acme"),
    ("org_slug_or_id id", lambda c: c.organizations.delete(ORG_ID), f"/api/v2/organization/{ORG_ID}"),
    (
        "three path parameters",
        lambda c: c.projects.settings.get("gh/acme/api"),
        "/api/v2/project/gh/acme/api/settings",
    ),
]
SLUG_IDS = [case[0] for case in SLUG_CALLS]


# Lenient clients: only the URL matters here, and one canned body cannot fit every operation.
@pytest.mark.parametrize(("what", "call", "raw_path"), SLUG_CALLS, ids=SLUG_IDS)
def test_slug_path_parameters_sync(what: str, call: Callable[[Any], Any], raw_path: str) -> None:
    script = Script({})
    run_sync(script, call, strict=False)
    assert script.raw_path == raw_path


@pytest.mark.anyio
@pytest.mark.parametrize(("what", "call", "raw_path"), SLUG_CALLS, ids=SLUG_IDS)
async def test_slug_path_parameters_async(what: str, call: Callable[[Any], Any], raw_path: str) -> None:
    script = Script({})
    await run_async(script, call, strict=False)
    assert script.raw_path == raw_path
