"""No argument can change which endpoint is called; project slugs parse, validate and format."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pytest

from circleci_api import ProjectSlug, RequestValidationError
from circleci_api.slugs import InvalidProjectSlug
from tests.client.conftest import Harness, recorder, reply

OK = reply(200, {"id": "x", "message": "ok"})

HOSTILE = [
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("../../me", "..%2F..%2Fme"),
    ("a/b", "a%2Fb"),
    ("a?b=1", "a%3Fb%3D1"),
    ("a#frag", "a%23frag"),
    ("%2F", "%252F"),
    ("a b", "a%20b"),
    ("ü", "%C3%BC"),
]


@pytest.mark.parametrize(("value", "encoded"), HOSTILE, ids=[v for v, _ in HOSTILE])
def test_every_path_parameter_is_one_encoded_segment(h: Harness, value: str, encoded: str) -> None:
    rec = recorder(OK)
    h.run(h.client(rec).pipelines.get(value))
    sent = rec.last
    assert sent.raw_path == f"/api/v2/pipeline/{encoded}"
    assert sent.query == []
    assert sent.url.fragment == ""
    assert unquote(sent.raw_path.rsplit("/", 1)[1]) == value  # the server sees the value itself


@pytest.mark.parametrize(("value", "encoded"), HOSTILE, ids=[v for v, _ in HOSTILE])
def test_several_parameters_each_stay_in_their_segment(h: Harness, value: str, encoded: str) -> None:
    rec = recorder(OK)
    h.run(h.client(rec).contexts.restrictions.delete(value, value))
    assert rec.last.method == "DELETE"
    assert rec.last.raw_path == f"/api/v2/context/{encoded}/restrictions/{encoded}"


@pytest.mark.parametrize("value", ["", None, True])
def test_empty_or_non_text_path_values_are_refused_before_any_request(h: Harness, value: Any) -> None:
    rec = recorder(OK)
    with pytest.raises(RequestValidationError, match="pipeline_id"):
        h.run(h.client(rec).pipelines.get(value))
    assert rec.count == 0


@pytest.mark.parametrize("org_slug", ["gh/..", "gh/a?b", "gh/a#b", "../.."])
def test_slug_parameters_cannot_escape_their_place(h: Harness, org_slug: str) -> None:
    rec = recorder(reply(200, {}))
    h.run(h.client(rec).insights.org_summary(org_slug))
    raw = rec.last.raw_path
    assert raw.startswith("/api/v2/insights/")
    assert raw.endswith("/summary")
    assert rec.last.query == []
    segments = raw.split("/")
    assert "." not in segments
    assert ".." not in segments
    assert all("?" not in s and "#" not in s for s in segments)


@pytest.mark.parametrize(
    "slug", ["gh/../api", "gh/acme/..", "gh/acme/a?b", "gh/acme/a#b", "gh/a/b/c", "gh/acme"]
)
def test_project_slug_parameters_are_validated_before_any_request(h: Harness, slug: str) -> None:
    rec = recorder(OK)
    with pytest.raises(ValueError, match="project_slug"):
        h.run(h.client(rec).projects.settings.get(slug))
    assert rec.count == 0


# --------------------------------------------------------------------------- ProjectSlug


@pytest.mark.parametrize(
    ("text", "vcs_name", "standalone"),
    [
        ("gh/CircleCI-Public/api-preview-docs", "github", False),
        ("github/acme/my_repo.py", "github", False),
        ("bb/team/repo", "bitbucket", False),
        ("bitbucket/team/repo-2", "bitbucket", False),
        ("circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat", "circleci", True),
        ("circleci/9f5b2c1e-2e5d-4b7a-9a55-0d4c2f3e1a7b/44n9wujWcTnVZ2b5S8Fnat", "circleci", True),
    ],
)
def test_project_slug_parses_and_formats_both_families(text: str, vcs_name: str, standalone: bool) -> None:
    slug = ProjectSlug.parse(text)
    assert str(slug) == text
    assert slug.parts == tuple(text.split("/"))
    assert (slug.vcs, slug.organization, slug.project) == slug.parts
    assert slug.vcs_name == vcs_name
    assert slug.is_standalone is standalone
    assert ProjectSlug.parse(slug) is slug
    assert slug == ProjectSlug(*text.split("/"))
    assert len({slug, ProjectSlug.parse(text)}) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("gh/acme", "three parts"),
        ("gh/acme/api/extra", "three parts"),
        ("", "three parts"),
        ("gitlab/acme/api", "must start with gh, github, bb, bitbucket or circleci"),
        ("GH/acme/api", "must start with"),
        ("gh//api", "empty organization"),
        ("gh/acme/", "empty project"),
        ("gh/../api", "invalid organization"),
        ("gh/acme/.", "invalid project"),
        ("gh/acme/a?b", "invalid project"),
        ("gh/acme/a#b", "invalid project"),
        ("gh/ac me/api", "invalid organization"),
        ("gh/acme/a%2Fb", "invalid project"),
        ("circleci/org.name/44n9wujWcTnVZ2b5S8Fnat", "is not an id"),
        ("circleci/43G3lM5RtfFE7v5sa4nWAU/my_project", "is not an id"),
    ],
)
def test_invalid_project_slugs_name_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(InvalidProjectSlug, match=words) as info:
        ProjectSlug.parse(text)
    assert isinstance(info.value, ValueError)
    assert repr(text) in str(info.value)
    assert info.value.path == "project_slug"


def test_project_slug_constructor_validates_too() -> None:
    with pytest.raises(InvalidProjectSlug):
        ProjectSlug("gh", "acme", "..")
    with pytest.raises(InvalidProjectSlug, match="not a string"):
        ProjectSlug.parse(42)  # type: ignore[arg-type]


def test_project_slug_is_immutable() -> None:
    slug = ProjectSlug.parse("gh/acme/api")
    with pytest.raises(AttributeError):
        slug.vcs = "bb"  # type: ignore[misc]
