"""The 19 seed operations: exact method, path, query and JSON body, typed results, and their special rules."""

from __future__ import annotations

import asyncio
import datetime as dt
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from circleci_api import AsyncCircleCI, CircleCI, Page, ProjectSlug, RequestValidationError
from circleci_api import models as m
from tests.client.conftest import TOKEN, Harness, Reply, recorder, reply

CONTEXT_ID = "be8bb2e3-c3d6-4098-89f4-572ff976ba9a"
RESTRICTION_ID = "1c23d2cb-07b1-4a28-8af3-e369732050ed"
PROJECT_ID = "39723015-b399-4601-9ff6-bd1bfbed8fa8"
OTHER_PROJECT_ID = "405d8375-3514-403b-8c43-83ae74cfe0e9"
DEFINITION_ID = "6cb29b00-8e02-4357-8bc0-313983bf1f46"
TRIGGER_ID = "bbea3a3d-4686-48b6-8d2d-2a14ace3913c"
ORG_ID = "b9291e0d-a11e-41fb-8517-c545388b5953"
SHARED_ORG_ID = "c1a1e3f2-5b0e-4f1a-9b7e-3d2a1f0e9c8b"
EXPORT_ID = "e8235eed-f121-4ae3-9c72-2719d6572818"
UTC = dt.UTC

CONFIG_SOURCE = {
    "provider": "github_app",
    "repo": {"external_id": "10001"},
    "file_path": ".circleci/config.yml",
}
CREATED = {"id": "p1", "number": 1, "state": "created", "created_at": "2025-01-02T03:04:05Z"}
CHECKOUT_SOURCE = {"provider": "github_app", "repo": {"external_id": "10001"}}
EVENT_SOURCE = {"provider": "github_app", "repo": {"external_id": "10001"}}

RESTRICTION = {
    "id": RESTRICTION_ID,
    "project_id": OTHER_PROJECT_ID,
    "name": "api",
    "restriction_type": "project",
    "restriction_value": OTHER_PROJECT_ID,
}
DEFINITION = {
    "id": DEFINITION_ID,
    "name": "build",
    "description": "main pipeline",
    "created_at": "2025-01-02T03:04:05Z",
    "config_source": {
        "provider": "github_app",
        "repo": {"full_name": "acme/api", "external_id": "10001"},
        "file_path": ".circleci/config.yml",
    },
    "checkout_source": {"provider": "github_app", "repo": {"full_name": "acme/api", "external_id": "10001"}},
}
TRIGGER = {
    "id": TRIGGER_ID,
    "event_name": "push",
    "created_at": "2025-01-02T03:04:05Z",
    "event_source": {"provider": "github_app", "repo": {"full_name": "acme/api", "external_id": "10001"}},
    "event_preset": "all-pushes",
    "checkout_ref": "main",
    "config_ref": "main",
}
SETTINGS = {"advanced": {"autocancel_builds": True, "build_prs_only": False}}
EXPORT_JOB = {
    "usage_export_job_id": EXPORT_ID,
    "state": "created",
    "start": "2025-01-01T00:00:00Z",
    "end": "2025-01-31T00:00:00Z",
    "download_urls": [],
}


@dataclass(frozen=True)
class Case:
    name: str
    call: Callable[[Any], Any]
    method: str
    path: str
    body: Any
    reply: Reply
    result_type: type
    query: tuple[tuple[str, str], ...] = ()


CASES = [
    Case(
        "contexts.restrictions.list",
        lambda c: c.contexts.restrictions.list(CONTEXT_ID).first_page(),
        "GET",
        f"/api/v2/context/{CONTEXT_ID}/restrictions",
        None,
        reply(200, {"items": [RESTRICTION], "next_page_token": None}),
        Page,
    ),
    Case(
        "contexts.restrictions.create",
        lambda c: c.contexts.restrictions.create(
            CONTEXT_ID, restriction_type="project", restriction_value=OTHER_PROJECT_ID
        ),
        "POST",
        f"/api/v2/context/{CONTEXT_ID}/restrictions",
        {"restriction_type": "project", "restriction_value": OTHER_PROJECT_ID},
        reply(201, RESTRICTION),
        m.ContextRestriction,
    ),
    Case(
        "contexts.restrictions.delete",
        lambda c: c.contexts.restrictions.delete(CONTEXT_ID, RESTRICTION_ID),
        "DELETE",
        f"/api/v2/context/{CONTEXT_ID}/restrictions/{RESTRICTION_ID}",
        None,
        reply(200, {"message": "Context restriction deleted."}),
        m.MessageResponse,
    ),
    Case(
        "pipelines.run",
        lambda c: c.pipelines.run(
            "gh/acme/api",
            definition_id=DEFINITION_ID,
            config={"branch": "main"},
            checkout={"tag": "v1.2.3"},
            parameters={"deploy": True, "region": "eu"},
        ),
        "POST",
        "/api/v2/project/gh/acme/api/pipeline/run",
        {
            "definition_id": DEFINITION_ID,
            "config": {"branch": "main"},
            "checkout": {"tag": "v1.2.3"},
            "parameters": {"deploy": True, "region": "eu"},
        },
        reply(201, {"id": "p1", "number": 7, "state": "created", "created_at": "2025-01-02T03:04:05Z"}),
        m.PipelineRunCreated,
    ),
    Case(
        "pipeline_definitions.list",
        lambda c: c.pipeline_definitions.list(PROJECT_ID),
        "GET",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions",
        None,
        reply(200, {"items": [DEFINITION]}),
        m.PipelineDefinitionList,
    ),
    Case(
        "pipeline_definitions.create",
        lambda c: c.pipeline_definitions.create(
            PROJECT_ID,
            name="build",
            config_source=CONFIG_SOURCE,
            checkout_source=CHECKOUT_SOURCE,
            description="main pipeline",
        ),
        "POST",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions",
        {
            "name": "build",
            "config_source": CONFIG_SOURCE,
            "checkout_source": CHECKOUT_SOURCE,
            "description": "main pipeline",
        },
        reply(200, DEFINITION),
        m.PipelineDefinition,
    ),
    Case(
        "pipeline_definitions.get",
        lambda c: c.pipeline_definitions.get(PROJECT_ID, DEFINITION_ID),
        "GET",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions/{DEFINITION_ID}",
        None,
        reply(200, DEFINITION),
        m.PipelineDefinition,
    ),
    Case(
        "pipeline_definitions.update",
        lambda c: c.pipeline_definitions.update(
            PROJECT_ID, DEFINITION_ID, name="renamed", description="new words"
        ),
        "PATCH",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions/{DEFINITION_ID}",
        {"name": "renamed", "description": "new words"},
        reply(200, DEFINITION),
        m.PipelineDefinition,
    ),
    Case(
        "pipeline_definitions.delete",
        lambda c: c.pipeline_definitions.delete(PROJECT_ID, DEFINITION_ID),
        "DELETE",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions/{DEFINITION_ID}",
        None,
        reply(200, {"message": "deleted"}),
        m.MessageResponse,
    ),
    Case(
        "triggers.list",
        lambda c: c.triggers.list(PROJECT_ID, DEFINITION_ID),
        "GET",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions/{DEFINITION_ID}/triggers",
        None,
        reply(200, {"items": [TRIGGER]}),
        m.TriggerList,
    ),
    Case(
        "triggers.create",
        lambda c: c.triggers.create(
            PROJECT_ID,
            DEFINITION_ID,
            event_source=EVENT_SOURCE,
            event_preset="all-pushes",
            checkout_ref="main",
            config_ref="release",
            event_name="push",
            disabled=False,
        ),
        "POST",
        f"/api/v2/projects/{PROJECT_ID}/pipeline-definitions/{DEFINITION_ID}/triggers",
        {
            "event_source": EVENT_SOURCE,
            "event_preset": "all-pushes",
            "checkout_ref": "main",
            "config_ref": "release",
            "event_name": "push",
            "disabled": False,
        },
        reply(200, TRIGGER),
        m.Trigger,
    ),
    Case(
        "triggers.get",
        lambda c: c.triggers.get(PROJECT_ID, TRIGGER_ID),
        "GET",
        f"/api/v2/projects/{PROJECT_ID}/triggers/{TRIGGER_ID}",
        None,
        reply(200, TRIGGER),
        m.Trigger,
    ),
    Case(
        "triggers.update",
        lambda c: c.triggers.update(PROJECT_ID, TRIGGER_ID, event_preset="only-tags", disabled=True),
        "PATCH",
        f"/api/v2/projects/{PROJECT_ID}/triggers/{TRIGGER_ID}",
        {"event_preset": "only-tags", "disabled": True},
        reply(200, TRIGGER),
        m.Trigger,
    ),
    Case(
        "triggers.delete",
        lambda c: c.triggers.delete(PROJECT_ID, TRIGGER_ID),
        "DELETE",
        f"/api/v2/projects/{PROJECT_ID}/triggers/{TRIGGER_ID}",
        None,
        reply(200, {"message": "deleted"}),
        m.MessageResponse,
    ),
    Case(
        "projects.create_from_vcs",
        lambda c: c.projects.create_from_vcs("gh/acme/api"),
        "POST",
        "/api/v2/project/gh/acme/api",
        None,
        reply(201, SETTINGS),
        m.ProjectSettings,
    ),
    Case(
        "projects.settings.get",
        lambda c: c.projects.settings.get("gh/acme/api"),
        "GET",
        "/api/v2/project/gh/acme/api/settings",
        None,
        reply(200, SETTINGS),
        m.ProjectSettings,
    ),
    Case(
        "projects.settings.update",
        lambda c: c.projects.settings.update(
            "gh/acme/api", advanced={"autocancel_builds": True, "pr_only_branch_overrides": ["main"]}
        ),
        "PATCH",
        "/api/v2/project/gh/acme/api/settings",
        {"advanced": {"autocancel_builds": True, "pr_only_branch_overrides": ["main"]}},
        reply(200, SETTINGS),
        m.ProjectSettings,
    ),
    Case(
        "usage.create_export",
        lambda c: c.usage.create_export(
            ORG_ID,
            start=dt.datetime(2025, 1, 1, tzinfo=UTC),
            end=dt.datetime(2025, 1, 31, 12, 30, tzinfo=UTC),
            shared_org_ids=[SHARED_ORG_ID],
        ),
        "POST",
        f"/api/v2/organizations/{ORG_ID}/usage_export_job",
        {"start": "2025-01-01T00:00:00Z", "end": "2025-01-31T12:30:00Z", "shared_org_ids": [SHARED_ORG_ID]},
        reply(201, EXPORT_JOB),
        m.UsageExportJob,
    ),
    Case(
        "usage.get_export",
        lambda c: c.usage.get_export(ORG_ID, EXPORT_ID),
        "GET",
        f"/api/v2/organizations/{ORG_ID}/usage_export_job/{EXPORT_ID}",
        None,
        reply(200, EXPORT_JOB),
        m.UsageExportJobStatus,
    ),
]


def test_the_table_covers_the_19_seed_methods() -> None:
    assert len({case.name for case in CASES}) == 19


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_seed_method_sends_exactly_this_request(h: Harness, case: Case) -> None:
    rec = recorder(case.reply)
    client = h.client(rec)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # create_from_vcs; tested below
        result = h.run(case.call(client))
    assert rec.count == 1
    sent = rec.last
    assert sent.method == case.method
    assert sent.url.host == "circleci.com"
    assert sent.raw_path == case.path
    assert sent.query == list(case.query)
    assert sent.json() == case.body
    assert sent.headers["Circle-Token"] == TOKEN
    assert sent.headers["Accept"] == "application/json"
    if case.body is not None:
        assert sent.headers["Content-Type"] == "application/json"
    assert isinstance(result, case.result_type)


# --------------------------------------------------------------------------- pipelines.run


@pytest.mark.parametrize(
    ("slug", "path"),
    [
        ("gh/acme/api", "/api/v2/project/gh/acme/api/pipeline/run"),
        ("github/acme/api", "/api/v2/project/github/acme/api/pipeline/run"),
        ("bitbucket/team/repo.js", "/api/v2/project/bitbucket/team/repo.js/pipeline/run"),
        (
            "circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat",
            "/api/v2/project/circleci/43G3lM5RtfFE7v5sa4nWAU/44n9wujWcTnVZ2b5S8Fnat/pipeline/run",
        ),
        (ProjectSlug("bb", "team", "repo"), "/api/v2/project/bb/team/repo/pipeline/run"),
    ],
)
def test_run_splits_the_project_slug_into_three_path_parts(h: Harness, slug: Any, path: str) -> None:
    rec = recorder(reply(201, CREATED))
    h.run(h.client(rec).pipelines.run(slug, definition_id=DEFINITION_ID))
    assert rec.last.raw_path == path
    assert rec.last.json() == {"definition_id": DEFINITION_ID}


def test_run_tells_a_created_pipeline_from_a_skipped_one(h: Harness) -> None:
    rec = recorder(
        reply(201, {"id": "p1", "number": 12, "state": "created", "created_at": "2025-01-02T03:04:05Z"}),
        reply(200, {"message": "Ignoring pipeline due to CI skip in the commit"}),
    )
    client = h.client(rec)
    created = h.run(client.pipelines.run("gh/acme/api", definition_id=DEFINITION_ID))
    skipped = h.run(client.pipelines.run("gh/acme/api", definition_id=DEFINITION_ID))

    assert isinstance(created, m.PipelineRunCreated)
    assert created.id == "p1"
    assert created.number == 12
    assert created.state == m.PipelineRunCreatedState.CREATED
    assert created.created_at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert isinstance(skipped, m.MessageResponse)
    assert not isinstance(skipped, m.PipelineRunCreated)
    assert skipped.message == "Ignoring pipeline due to CI skip in the commit"


@pytest.mark.parametrize(
    "slug", ["gh/acme", "gh/acme/api/extra", "gitlab/acme/api", "gh/../api", "gh/acme/a?b", ""]
)
def test_run_rejects_a_bad_slug_before_any_request(h: Harness, slug: str) -> None:
    rec = recorder()
    with pytest.raises(ValueError, match="project_slug"):
        h.run(h.client(rec).pipelines.run(slug))
    assert rec.count == 0


# --------------------------------------------------------------------------- deprecations


def run_here(h: Harness, call: Callable[[], Any]) -> Any:
    """Run ``call`` so that the awaiting frame (async) or calling frame (sync) is in this file."""
    if not h.is_async:
        return call()

    async def user_code() -> Any:
        return await call()

    return asyncio.run(user_code())


def test_restriction_with_project_id_warns_and_still_sends_it(h: Harness) -> None:
    rec = recorder(reply(201, RESTRICTION))
    client = h.client(rec)
    with pytest.warns(DeprecationWarning, match="project_id") as caught:
        run_here(h, lambda: client.contexts.restrictions.create(CONTEXT_ID, project_id=OTHER_PROJECT_ID))
    assert rec.last.json() == {"project_id": OTHER_PROJECT_ID}
    assert caught[0].filename == __file__


def test_restriction_without_project_id_does_not_warn(h: Harness) -> None:
    rec = recorder(reply(201, RESTRICTION))
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        h.run(
            h.client(rec).contexts.restrictions.create(
                CONTEXT_ID, restriction_type="expression", restriction_value="pipeline.git.branch == 'main'"
            )
        )
    assert rec.last.json() == {
        "restriction_type": "expression",
        "restriction_value": "pipeline.git.branch == 'main'",
    }


def test_create_from_vcs_warns_naming_the_replacement_at_the_callers_line(h: Harness) -> None:
    rec = recorder(reply(201, SETTINGS))
    client = h.client(rec)
    with pytest.warns(DeprecationWarning, match=r"client\.projects\.create\b") as caught:
        run_here(h, lambda: client.projects.create_from_vcs("gh/acme/api"))
    assert rec.last.method == "POST"
    assert caught[0].filename == __file__  # points at the user's code, not at the library


# --------------------------------------------------------------------------- usage.create_export


def _export(client: CircleCI | AsyncCircleCI, start: Any, end: Any) -> Any:
    return client.usage.create_export(ORG_ID, start=start, end=end)


@pytest.mark.parametrize(
    ("start", "end", "field", "words"),
    [
        (dt.datetime(2025, 1, 1, tzinfo=UTC), dt.datetime(2025, 2, 1, 0, 0, 1, tzinfo=UTC), "end", "31 days"),
        (dt.datetime(2025, 1, 1, tzinfo=UTC), dt.datetime(2025, 3, 1, tzinfo=UTC), "end", "31 days"),
        (dt.datetime(2025, 1, 10, tzinfo=UTC), dt.datetime(2025, 1, 9, tzinfo=UTC), "end", "before start"),
        (dt.datetime(2025, 1, 1), dt.datetime(2025, 1, 2, tzinfo=UTC), "start", "timezone-aware"),
        (dt.datetime(2025, 1, 1, tzinfo=UTC), dt.datetime(2025, 1, 2), "end", "timezone-aware"),
    ],
    ids=["one-second-too-long", "two-months", "end-before-start", "naive-start", "naive-end"],
)
def test_create_export_refuses_bad_windows_before_any_request(
    h: Harness, start: dt.datetime, end: dt.datetime, field: str, words: str
) -> None:
    rec = recorder()
    with pytest.raises(RequestValidationError, match=words) as info:
        h.run(_export(h.client(rec), start, end))
    assert info.value.path == field
    assert isinstance(info.value, ValueError)
    assert rec.count == 0


def test_create_export_accepts_exactly_31_days_in_any_timezone(h: Harness) -> None:
    rec = recorder(reply(201, EXPORT_JOB))
    plus_two = dt.timezone(dt.timedelta(hours=2))
    start = dt.datetime(2025, 1, 1, 2, 0, tzinfo=plus_two)  # 2025-01-01T00:00Z
    end = dt.datetime(2025, 2, 1, tzinfo=UTC)  # exactly 31 days later
    job = h.run(_export(h.client(rec), start, end))
    assert rec.last.json() == {"start": "2025-01-01T02:00:00+02:00", "end": "2025-02-01T00:00:00Z"}
    assert isinstance(job, m.UsageExportJob)
    assert job.usage_export_job_id == EXPORT_ID


# --------------------------------------------------------------------------- nested request objects


def test_nested_objects_accept_models_and_dicts_alike(h: Harness) -> None:
    rec = recorder(reply(200, DEFINITION), repeat_last=True)
    client = h.client(rec)
    h.run(
        client.pipeline_definitions.create(
            PROJECT_ID, name="build", config_source=CONFIG_SOURCE, checkout_source=CHECKOUT_SOURCE
        )
    )
    h.run(
        client.pipeline_definitions.create(
            PROJECT_ID,
            name="build",
            config_source=m.GithubAppConfigSource(
                provider=m.GithubAppConfigSourceProvider.GITHUB_APP,
                repo=m.GithubAppConfigSourceRepo(external_id="10001"),
                file_path=".circleci/config.yml",
            ),
            checkout_source=m.CreatePipelineDefinitionRequestCheckoutSource(
                provider=m.CreatePipelineDefinitionRequestCheckoutSourceProvider.GITHUB_APP,
                repo={"external_id": "10001"},
            ),
        )
    )
    assert rec.sent[0].json() == rec.sent[1].json()
    assert rec.sent[1].json()["config_source"] == CONFIG_SOURCE


def test_nested_settings_and_run_options_accept_models(h: Harness) -> None:
    rec = recorder(reply(200, SETTINGS), reply(201, {"id": "p"}))
    client = h.client(rec)
    h.run(client.projects.settings.update("gh/acme/api", advanced=m.ProjectSettingsAdvanced(oss=True)))
    h.run(
        client.pipelines.run(
            "gh/acme/api", config=m.PipelineRunRequestConfig(branch="main"), checkout={"branch": "main"}
        )
    )
    assert rec.sent[0].json() == {"advanced": {"oss": True}}
    assert rec.sent[1].json() == {"config": {"branch": "main"}, "checkout": {"branch": "main"}}


BAD_NESTED: list[tuple[str, Callable[[Any], Any], str]] = [
    (
        "config_source-missing-file_path",
        lambda c: c.pipeline_definitions.create(
            PROJECT_ID,
            name="build",
            config_source={"provider": "github_app", "repo": {"external_id": "1"}},
            checkout_source=CHECKOUT_SOURCE,
        ),
        "config_source",
    ),
    (
        "checkout_source-typo",
        lambda c: c.pipeline_definitions.create(
            PROJECT_ID,
            name="build",
            config_source=CONFIG_SOURCE,
            checkout_source={"provider": "github_app", "repo": {"externalid": "1"}},
        ),
        "checkout_source.repo.externalid",
    ),
    (
        "update-config_source-wrong-type",
        lambda c: c.pipeline_definitions.update(PROJECT_ID, DEFINITION_ID, config_source={"file_path": 7}),
        "config_source.file_path",
    ),
    (
        "event_source-not-an-object",
        lambda c: c.triggers.create(PROJECT_ID, DEFINITION_ID, event_source="github_app"),
        "event_source",
    ),
    (
        "event_source-repo-id-not-a-string",
        lambda c: c.triggers.create(
            PROJECT_ID, DEFINITION_ID, event_source={"provider": "github_app", "repo": {"external_id": 1}}
        ),
        "event_source.repo.external_id",
    ),
    (
        "update-event_source-webhook-sender",
        lambda c: c.triggers.update(PROJECT_ID, TRIGGER_ID, event_source={"webhook": {"sender": 5}}),
        "event_source.webhook.sender",
    ),
    (
        "advanced-not-boolean",
        lambda c: c.projects.settings.update("gh/acme/api", advanced={"autocancel_builds": "yes"}),
        "advanced.autocancel_builds",
    ),
    (
        "advanced-unknown-setting",
        lambda c: c.projects.settings.update("gh/acme/api", advanced={"autocancel_build": True}),
        "advanced.autocancel_build",
    ),
    (
        "run-config-branch",
        lambda c: c.pipelines.run("gh/acme/api", config={"branch": 3}),
        "config.branch",
    ),
]


@pytest.mark.parametrize(("call", "field"), [c[1:] for c in BAD_NESTED], ids=[c[0] for c in BAD_NESTED])
def test_bad_nested_dict_fails_naming_the_field_before_any_request(
    h: Harness, call: Callable[[Any], Any], field: str
) -> None:
    rec = recorder()
    with pytest.raises(ValueError, match=field.replace(".", r"\.")) as info:
        h.run(call(h.client(rec)))
    assert isinstance(info.value, RequestValidationError)
    assert rec.count == 0
