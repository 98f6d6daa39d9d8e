"""Models behave like data (issue 14): attrs classes whose attributes are what requests send.

Each test drives the public client over MockTransport, sync and async, the way scripts use it:
read an object, change it, send it back; pass the values users hold (None, uuid.UUID, a model the
API returned); read responses that deviate from the spec.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import pickle
import pydoc
import uuid
from typing import Any

import attrs
import pytest

from circleci_api import RequestValidationError, ResponseValidationError
from circleci_api.models import Pipeline, PipelineDefinition, ProjectSettings, Schedule
from tests.client.conftest import Harness, recorder, reply

SLUG = "gh/acme/api"
PROJECT_ID = "39723015-b399-4601-9ff6-bd1bfbed8fa8"
DEFINITION_ID = "2338d0ae-5541-4bbf-88a2-55e9f7281f80"

SETTINGS = {
    "advanced": {
        "autocancel_builds": False,
        "build_prs_only": True,
        "pr_only_branch_overrides": ["main"],
        "oss": False,
        "set_github_status": True,
    }
}

DEFINITION = {
    "id": DEFINITION_ID,
    "name": "main",
    "description": "build and test",
    "created_at": "2025-09-01T10:00:00Z",
    "config_source": {
        "provider": "github_app",
        "repo": {"full_name": "acme/api", "external_id": "123456"},
        "file_path": ".circleci/config.yml",
    },
    "checkout_source": {"provider": "github_app", "repo": {"full_name": "acme/api", "external_id": "123456"}},
}

PIPELINE = {
    "id": "5034460f-c7c4-4c43-9457-de07e2029e7b",
    "errors": [],
    "project_slug": SLUG,
    "number": 42,
    "state": "created",
    "created_at": "2025-09-01T09:59:58Z",
    "trigger": {
        "type": "webhook",
        "received_at": "2025-09-01T09:59:57.5Z",
        "actor": {"login": "octo", "avatar_url": None},
    },
}


def schedule(days: list[str]) -> dict[str, Any]:
    return {
        "id": "c3b2a1d0-0000-4000-8000-000000000001",
        "name": "nightly",
        "description": None,
        "project-slug": SLUG,
        "created-at": "2025-09-01T10:00:00Z",
        "updated-at": "2025-09-01T10:00:00Z",
        "parameters": {"deploy": False},
        "actor": {"id": "0d5a4a8b-62a1-4a3c-bb2a-0b8f1a3b7e47", "login": "octo", "name": "Octo"},
        "timetable": {"per-hour": 1, "hours-of-day": [3], "days-of-week": days},
    }


# --------------------------------------------------------------------------- read, modify, write


def test_settings_read_modified_and_written_back_send_the_change(h: Harness) -> None:
    rec = recorder(reply(200, SETTINGS), reply(200, SETTINGS))
    client = h.client(rec)
    settings = h.run(client.projects.settings.get(SLUG))
    assert isinstance(settings, ProjectSettings)
    assert settings.advanced is not None
    assert settings.advanced.pr_only_branch_overrides is not None
    settings.advanced.pr_only_branch_overrides.append("release")
    settings.advanced.autocancel_builds = True
    h.run(client.projects.settings.update(SLUG, advanced=settings.advanced))
    sent = rec.last.json()["advanced"]
    assert sent["pr_only_branch_overrides"] == ["main", "release"]
    assert sent["autocancel_builds"] is True
    # raw_json stays the body as received; to_dict() is the model as it is now.
    assert settings.raw_json["advanced"]["pr_only_branch_overrides"] == ["main"]
    assert settings.to_dict()["advanced"]["pr_only_branch_overrides"] == ["main", "release"]


def test_a_model_changed_twice_sends_the_latest_values(h: Harness) -> None:
    rec = recorder(reply(200, SETTINGS), repeat_last=True)
    client = h.client(rec)
    settings = h.run(client.projects.settings.get(SLUG))
    for branch in ("release", "hotfix"):
        settings.advanced.pr_only_branch_overrides.append(branch)
        h.run(client.projects.settings.update(SLUG, advanced=settings.advanced))
    first, second = (s.json()["advanced"]["pr_only_branch_overrides"] for s in rec.sent[1:])
    assert first == ["main", "release"]
    assert second == ["main", "release", "hotfix"]


def test_attrs_semantics() -> None:
    pipeline = Pipeline.from_dict(PIPELINE)
    assert attrs.has(Pipeline)
    assert pipeline == Pipeline.from_dict(PIPELINE)
    later = attrs.evolve(pipeline, number=43)
    assert later.number == 43
    assert pipeline.number == 42
    assert later.to_dict()["number"] == 43
    assert attrs.asdict(pipeline)["trigger"]["actor"]["login"] == "octo"
    assert pickle.loads(pickle.dumps(pipeline)) == pipeline
    assert copy.deepcopy(pipeline) == pipeline
    assert copy.copy(pipeline) == pipeline
    clone = copy.deepcopy(pipeline)
    clone.trigger.actor.login = "hubot"
    assert pipeline.trigger.actor.login == "octo"
    assert clone != pipeline
    assert hash(attrs.fields(Pipeline).id) is not None  # fields are introspectable


def test_a_model_built_in_python_is_keyword_only_and_serialises_its_attributes() -> None:
    definition = PipelineDefinition(
        id=DEFINITION_ID, name="main", created_at=dt.datetime(2025, 9, 1, 10, tzinfo=dt.UTC)
    )
    assert definition.to_dict() == {"id": DEFINITION_ID, "name": "main", "created_at": "2025-09-01T10:00:00Z"}
    assert definition.raw_json == definition.to_dict()
    with pytest.raises(TypeError):
        PipelineDefinition(DEFINITION_ID, "main", None)  # type: ignore[misc]


# --------------------------------------------------------------------------- request values


def test_none_for_a_field_that_is_not_nullable_means_leave_it_out(h: Harness) -> None:
    rec = recorder(
        reply(
            201, {"id": PIPELINE["id"], "number": 1, "state": "created", "created_at": "2025-09-01T10:00:00Z"}
        )
    )
    client = h.client(rec)
    h.run(client.pipelines.run(SLUG, definition_id=None, checkout={"branch": "main"}, config=None))
    assert rec.last.json() == {"checkout": {"branch": "main"}}


def test_none_inside_a_dict_for_a_model_means_leave_it_out(h: Harness) -> None:
    rec = recorder(
        reply(
            201, {"id": PIPELINE["id"], "number": 1, "state": "created", "created_at": "2025-09-01T10:00:00Z"}
        )
    )
    client = h.client(rec)
    h.run(client.pipelines.run(SLUG, checkout={"branch": "main", "tag": None}))
    assert rec.last.json() == {"checkout": {"branch": "main"}}


def test_none_for_a_nullable_field_sends_null_and_leaving_it_out_omits_it(h: Harness) -> None:
    rec = recorder(reply(200, schedule(["MON"])), repeat_last=True)
    client = h.client(rec)
    h.run(client.schedules.update("c3b2a1d0-0000-4000-8000-000000000001", description=None, name="x"))
    assert rec.last.json() == {"description": None, "name": "x"}
    h.run(client.schedules.update("c3b2a1d0-0000-4000-8000-000000000001", name="y"))
    assert rec.last.json() == {"name": "y"}


def test_uuid_values_are_accepted_for_uuid_fields(h: Harness) -> None:
    created = {"id": PIPELINE["id"], "number": 1, "state": "created", "created_at": "2025-09-01T10:00:00Z"}
    rec = recorder(reply(201, created))
    client = h.client(rec)
    h.run(client.pipelines.run(SLUG, definition_id=uuid.UUID(DEFINITION_ID)))
    assert rec.last.json() == {"definition_id": DEFINITION_ID}


def test_uuid_values_are_accepted_in_lists_of_uuid_fields(h: Harness) -> None:
    org = uuid.UUID("0a1b2c3d-0000-4000-8000-00000000000a")
    job = {
        "usage_export_job_id": "7cd4bded-f639-433a-876b-1a8ea9f53127",
        "state": "created",
        "start": "2025-09-01T00:00:00Z",
        "end": "2025-09-02T00:00:00Z",
        "download_urls": [],
    }
    rec = recorder(reply(201, job))
    client = h.client(rec)
    start = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
    h.run(
        client.usage.create_export(
            str(org), start=start, end=start + dt.timedelta(days=1), shared_org_ids=[org]
        )
    )
    assert rec.last.json()["shared_org_ids"] == [str(org)]


def test_a_definition_returned_by_the_api_can_be_sent_back_into_create(h: Harness) -> None:
    rec = recorder(reply(200, DEFINITION), reply(200, DEFINITION))
    client = h.client(rec)
    definition = h.run(client.pipeline_definitions.get(PROJECT_ID, DEFINITION_ID))
    h.run(
        client.pipeline_definitions.create(
            PROJECT_ID,
            name="copy",
            config_source=definition.config_source,
            checkout_source=definition.checkout_source,
        )
    )
    body = rec.last.json()
    # Read-only response fields (the repository's full_name) are not sent back.
    assert body["config_source"] == {
        "provider": "github_app",
        "repo": {"external_id": "123456"},
        "file_path": ".circleci/config.yml",
    }
    assert body["checkout_source"] == {"provider": "github_app", "repo": {"external_id": "123456"}}


def test_a_model_that_fits_no_branch_says_which_branch_failed_and_why(h: Harness) -> None:
    rec = recorder(reply(200, {**DEFINITION, "config_source": {"provider": "github_app"}}))
    client = h.client(rec)
    definition = h.run(client.pipeline_definitions.get(PROJECT_ID, DEFINITION_ID))
    with pytest.raises(RequestValidationError) as info:
        h.run(
            client.pipeline_definitions.create(
                PROJECT_ID, name="copy", config_source=definition.config_source, checkout_source={}
            )
        )
    message = str(info.value)
    assert "as GithubAppConfigSource" in message
    assert "as CircleCIConfigSource" in message
    assert "missing" in message
    assert rec.count == 1  # nothing was sent for the refused call


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"when": dt.date(2025, 9, 1)}, "parameters.when: a date is not a JSON value"),
        ({"ratio": math.nan}, "parameters.ratio: nan is not a JSON number"),
        ({"targets": {"a", "b"}}, "parameters.targets: a set is not a JSON value"),
        ({"blob": b"\x00"}, "parameters.blob: a bytes is not a JSON value"),
    ],
)
def test_untyped_values_are_checked_before_sending(h: Harness, value: dict[str, Any], expected: str) -> None:
    rec = recorder()
    client = h.client(rec)
    with pytest.raises(RequestValidationError) as info:
        h.run(client.pipelines.run(SLUG, parameters=value))
    assert expected in str(info.value)
    assert rec.count == 0


def test_a_mistyped_value_names_the_field(h: Harness) -> None:
    rec = recorder()
    client = h.client(rec)
    with pytest.raises(RequestValidationError) as info:
        h.run(client.pipelines.run(SLUG, checkout={"branch": 7}))
    assert info.value.path == "body.checkout.branch"
    assert rec.count == 0


# --------------------------------------------------------------------------- lenient and strict


def test_an_unknown_enum_value_inside_a_union_keeps_the_object(h: Harness) -> None:
    client = h.client(recorder(reply(200, schedule(["MON", "FUNDAY"]))))
    parsed = h.run(client.schedules.get("c3b2a1d0-0000-4000-8000-000000000001"))
    assert isinstance(parsed, Schedule)
    assert parsed.timetable.per_hour == 1
    days = parsed.timetable.days_of_week
    assert [d.value for d in days] == ["MON", "FUNDAY"]
    assert days[0].is_known
    assert not days[1].is_known


def test_strict_names_the_unknown_enum_value_inside_a_union(h: Harness) -> None:
    client = h.client(recorder(reply(200, schedule(["MON", "FUNDAY"]))), strict=True)
    with pytest.raises(ResponseValidationError) as info:
        h.run(client.schedules.get("c3b2a1d0-0000-4000-8000-000000000001"))
    assert "FUNDAY" in str(info.value)
    assert info.value.path is not None
    assert info.value.path.startswith("Schedule.timetable")


def test_strict_lists_every_deviation(h: Harness) -> None:
    broken = {**PIPELINE, "number": "42", "state": "paused"}
    del broken["project_slug"]
    broken["trigger"] = {**PIPELINE["trigger"], "received_at": "yesterday"}
    client = h.client(recorder(reply(200, broken)), strict=True)
    with pytest.raises(ResponseValidationError) as info:
        h.run(client.pipelines.get(PIPELINE["id"]))
    paths = [d.path for d in info.value.deviations]
    assert paths == [
        "Pipeline.project_slug",
        "Pipeline.number",
        "Pipeline.state",
        "Pipeline.trigger.received_at",
    ]
    assert "4 deviations from the spec" in str(info.value)


def test_lenient_reads_the_same_document(h: Harness) -> None:
    broken = {**PIPELINE, "number": "42", "state": "paused"}
    del broken["project_slug"]
    client = h.client(recorder(reply(200, broken)))
    pipeline = h.run(client.pipelines.get(PIPELINE["id"]))
    assert pipeline.number == "42"  # kept as sent
    assert pipeline.state.value == "paused"
    assert not pipeline.state.is_known
    assert pipeline.project_slug is None


def test_a_body_missing_a_required_id_parses_leniently_and_strict_names_it(h: Harness) -> None:
    body = {k: v for k, v in DEFINITION.items() if k != "id"}
    lenient = h.run(h.client(recorder(reply(200, body))).pipeline_definitions.get(PROJECT_ID, DEFINITION_ID))
    assert lenient.id is None
    assert lenient.name == "main"
    strict = h.client(recorder(reply(200, body)), strict=True)
    with pytest.raises(ResponseValidationError) as info:
        h.run(strict.pipeline_definitions.get(PROJECT_ID, DEFINITION_ID))
    assert info.value.path == "PipelineDefinition.id"


# --------------------------------------------------------------------------- help()


def test_help_shows_the_arguments_their_types_and_enum_values(h: Harness) -> None:
    client = h.client(recorder())
    text = pydoc.render_doc(client.triggers.create, renderer=pydoc.plaintext)
    assert "event_source" in text
    assert "required, body field event_source" in text
    assert "event_preset (TriggerEventPreset | str): optional" in text
    assert '"all-pushes"' in text
    assert "Signature: (project_id" in text
    assert "Raises:" in text
