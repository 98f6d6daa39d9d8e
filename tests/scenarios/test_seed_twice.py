"""Each of the 19 seed operations called twice through one reused client, sync and async.

The two calls must send identical requests (method, path, query, JSON body, as the fake recorded
them) and come back the same way: the same typed result, or (for a second create or delete of the
same thing) the API's typed error.  A client that behaved differently on its second use (an override
skipped, a cached binding, a once-only warning) shows up here.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from circleci_api import APIStatusError, NotFoundError
from circleci_api import models as m
from circleci_api.testing import FakeCircleCI, Project

from .conftest import SLUG, Scene

END = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
START = END - dt.timedelta(days=20)


@dataclass
class World:
    """What the seed operations act on, created once per scene through its own client."""

    project: Project
    context_id: str
    definition_id: str
    trigger_id: str
    export_id: str


def repo(project: Project) -> dict[str, Any]:
    return {"external_id": project.repo_external_id}


@pytest.fixture(scope="module")
def world(scene: Scene) -> World:
    fake: FakeCircleCI = scene.fake
    project = fake.add_project(SLUG)
    c: Any = scene.client
    context = scene.run(
        c.contexts.create(name="deploy", owner={"id": project.org.id, "type": "organization"})
    )
    definition = scene.run(
        c.pipeline_definitions.create(
            project.id,
            name="build",
            description="builds",
            config_source={
                "provider": "github_app",
                "repo": repo(project),
                "file_path": ".circleci/config.yml",
            },
            checkout_source={"provider": "github_app", "repo": repo(project)},
        )
    )
    trigger = scene.run(
        c.triggers.create(
            project.id,
            definition.id,
            event_source={"provider": "github_app", "repo": repo(project)},
            event_preset="all-pushes",
        )
    )
    export = scene.run(c.usage.create_export(project.org.id, start=START, end=END))
    other = fake.add_project("gh/acme/web")
    scene.run(
        c.contexts.restrictions.create(context.id, restriction_type="project", restriction_value=other.id)
    )
    return World(project, context.id, definition.id, trigger.id, export.usage_export_job_id)


@dataclass(frozen=True)
class Seed:
    operation_id: str
    call: Callable[[Any, World, Scene], Any]
    result: type | None
    #: What the second call gives when the first one changed what it acts on (None: the same as the first).
    second_error: type[Exception] | None = None
    #: A fresh thing for the call to act on, made once per scene (its id is passed as ``w`` extra).
    setup: Callable[[Any, World, Scene], Any] | None = None


def _restriction(c: Any, w: World, s: Scene) -> Any:
    other = s.fake.add_project(f"gh/acme/r{len(s.notes)}")
    return s.run(
        c.contexts.restrictions.create(w.context_id, restriction_type="project", restriction_value=other.id)
    )


def _definition(c: Any, w: World, s: Scene) -> Any:
    return s.run(
        c.pipeline_definitions.create(
            w.project.id,
            name=f"doomed-{len(s.notes)}",
            description="to delete",
            config_source={
                "provider": "github_app",
                "repo": repo(w.project),
                "file_path": ".circleci/config.yml",
            },
            checkout_source={"provider": "github_app", "repo": repo(w.project)},
        )
    )


def _trigger(c: Any, w: World, s: Scene) -> Any:
    return s.run(
        c.triggers.create(
            w.project.id,
            w.definition_id,
            event_source={"provider": "github_app", "repo": repo(w.project)},
            event_preset="all-pushes",
        )
    )


SEEDS = [
    Seed("getContextRestrictions", lambda c, w, s: s.items(c.contexts.restrictions.list(w.context_id)), list),
    Seed(
        "createContextRestriction",
        lambda c, w, s: c.contexts.restrictions.create(
            w.context_id, restriction_type="project", restriction_value=w.project.id
        ),
        m.ContextRestriction,
        second_error=APIStatusError,  # the restriction exists now
    ),
    Seed(
        "deleteContextRestriction",
        lambda c, w, s: c.contexts.restrictions.delete(w.context_id, s.notes["made"].id),
        m.MessageResponse,
        second_error=NotFoundError,
        setup=_restriction,
    ),
    Seed(
        "triggerPipelineRun",
        lambda c, w, s: c.pipelines.run(SLUG, definition_id=w.definition_id, checkout={"branch": "main"}),
        m.PipelineRunCreated,
    ),
    Seed("listPipelineDefinitions", lambda c, w, s: s.items(c.pipeline_definitions.list(w.project.id)), list),
    Seed(
        "createPipelineDefinition",
        lambda c, w, s: c.pipeline_definitions.create(
            w.project.id,
            name="twice",
            description="made twice",
            config_source={
                "provider": "github_app",
                "repo": repo(w.project),
                "file_path": ".circleci/config.yml",
            },
            checkout_source={"provider": "github_app", "repo": repo(w.project)},
        ),
        m.PipelineDefinition,
    ),
    Seed(
        "getPipelineDefinition",
        lambda c, w, s: c.pipeline_definitions.get(w.project.id, w.definition_id),
        m.PipelineDefinition,
    ),
    Seed(
        "updatePipelineDefinition",
        lambda c, w, s: c.pipeline_definitions.update(w.project.id, w.definition_id, description="updated"),
        m.PipelineDefinition,
    ),
    Seed(
        "deletePipelineDefinition",
        lambda c, w, s: c.pipeline_definitions.delete(w.project.id, s.notes["made"].id),
        m.MessageResponse,
        second_error=NotFoundError,
        setup=_definition,
    ),
    Seed(
        "createProjectFromVcs",
        lambda c, w, s: c.projects.create_from_vcs(f"gh/acme/new-{id(s)}"),
        m.ProjectSettings,
        second_error=APIStatusError,  # the project exists now
    ),
    Seed("getProjectSettings", lambda c, w, s: c.projects.settings.get(SLUG), m.ProjectSettings),
    Seed(
        "patchProjectSettings",
        lambda c, w, s: c.projects.settings.update(SLUG, advanced={"autocancel_builds": True}),
        m.ProjectSettings,
    ),
    Seed(
        "listPipelineDefinitionTriggers",
        lambda c, w, s: s.items(c.triggers.list(w.project.id, w.definition_id)),
        list,
    ),
    Seed(
        "createTrigger",
        lambda c, w, s: c.triggers.create(
            w.project.id,
            w.definition_id,
            event_source={"provider": "github_app", "repo": repo(w.project)},
            event_preset="all-pushes",
        ),
        m.Trigger,
    ),
    Seed("getTrigger", lambda c, w, s: c.triggers.get(w.project.id, w.trigger_id), m.Trigger),
    Seed(
        "updateTrigger",
        lambda c, w, s: c.triggers.update(w.project.id, w.trigger_id, checkout_ref="main", config_ref="main"),
        m.Trigger,
    ),
    Seed(
        "deleteTrigger",
        lambda c, w, s: c.triggers.delete(w.project.id, s.notes["made"].id),
        m.MessageResponse,
        second_error=NotFoundError,
        setup=_trigger,
    ),
    Seed(
        "createUsageExport",
        lambda c, w, s: c.usage.create_export(w.project.org.id, start=START, end=END),
        m.UsageExportJob,
    ),
    Seed(
        "getUsageExport",
        lambda c, w, s: c.usage.get_export(w.project.org.id, w.export_id),
        m.UsageExportJobStatus,
    ),
]


def test_the_scenarios_cover_the_nineteen_seed_operations() -> None:
    from tests.spec.test_seed_operations import SEED

    assert sorted(s.operation_id for s in SEEDS) == sorted(op.operation_id for op in SEED)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.operation_id)
def test_a_seed_operation_called_twice_sends_the_same_request(scene: Scene, world: World, seed: Seed) -> None:
    client: Any = scene.client
    scene.notes.clear()
    if seed.setup is not None:
        scene.notes["made"] = seed.setup(client, world, scene)
    before = len(scene.fake.calls(seed.operation_id))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # createProjectFromVcs is deprecated
        first = scene.run(seed.call(client, world, scene))
        if seed.second_error is None:
            second = scene.run(seed.call(client, world, scene))
        else:
            with pytest.raises(seed.second_error):
                scene.run(seed.call(client, world, scene))
            second = None
    calls = scene.fake.calls(seed.operation_id)[before:]
    assert len(calls) == 2, calls
    one, two = calls
    assert (one.method, one.path, one.query, one.body) == (two.method, two.path, two.query, two.body)
    assert one.status < 300
    if seed.result is not None:
        assert isinstance(first, seed.result)
        if second is not None:
            assert isinstance(second, seed.result)
    if seed.result is list and second is not None:
        assert [type(item) for item in first] == [type(item) for item in second]
        assert len(first) >= 1
