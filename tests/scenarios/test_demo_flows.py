"""The demo's five steps, end to end, twice on one client: sync and async, in process and served.

The same flow as ``python -m circleci_api.demo`` (restrict a context, create a definition and a
trigger, run a pipeline and wait, change the settings, export 45 days of usage), written once for
both flavours.  Running it a second time on the same client is what a long-lived script does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from circleci_api import RequestValidationError
from circleci_api import models as m
from circleci_api.usage import read_rows
from circleci_api.waiting import PipelineWaitResult

from .conftest import SLUG, Scene

POLL = 0.01


def demo_flow(scene: Scene, round_number: int, workdir: Path) -> dict[str, Any]:
    """The five steps; returns what each produced (checked by the tests)."""
    c: Any = scene.client
    fake = scene.fake
    project = fake.add_project(SLUG)
    repo = {"external_id": project.repo_external_id}
    out: dict[str, Any] = {}

    # 1. restrict a context to a project
    found = scene.run(c.projects.get(SLUG))
    context = scene.run(
        c.contexts.create(
            name=f"deploy-credentials-{round_number}",
            owner={"id": found.organization_id, "type": "organization"},
        )
    )
    scene.run(
        c.contexts.restrictions.create(context.id, restriction_type="project", restriction_value=found.id)
    )
    out["restrictions"] = scene.items(c.contexts.restrictions.list(context.id))

    # 2. a pipeline definition and a trigger
    definition = scene.run(
        c.pipeline_definitions.create(
            project.id,
            name=f"build-and-deploy-{round_number}",
            description="Builds every push",
            config_source={"provider": "github_app", "repo": repo, "file_path": ".circleci/config.yml"},
            checkout_source={"provider": "github_app", "repo": repo},
        )
    )
    scene.run(
        c.triggers.create(
            project.id,
            definition.id,
            event_source={"provider": "github_app", "repo": repo},
            event_preset="all-pushes",
        )
    )
    out["triggers"] = list(scene.run(c.triggers.list(project.id, definition.id)))  # iterates its items
    out["definitions"] = list(scene.run(c.pipeline_definitions.list(project.id)))

    # 3. run a pipeline and wait for it
    out["run"] = scene.run(
        c.pipelines.run_and_wait(
            SLUG, definition_id=definition.id, checkout={"branch": "main"}, poll_interval=POLL
        )
    )
    out["pipelines"] = scene.items(c.pipelines.list_for_project(SLUG))

    # 4. read and change the project settings
    flip = round_number % 2 == 1
    scene.run(c.projects.settings.update(SLUG, advanced={"autocancel_builds": flip, "build_prs_only": flip}))
    out["settings"] = scene.run(c.projects.settings.get(SLUG)).advanced

    # 5. export usage for a 45-day window (two export jobs), after refusing a 40-day single job
    end = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    with pytest.raises(RequestValidationError, match="31 days"):
        scene.run(c.usage.create_export(project.org.id, start=end - dt.timedelta(days=40), end=end))
    dest = workdir / f"usage-{round_number}.csv"
    out["export"] = scene.run(
        c.usage.export(project.org.id, end - dt.timedelta(days=45), end, dest, poll_interval=POLL)
    )
    out["rows"] = sum(1 for _ in read_rows(dest))
    return out


@pytest.mark.parametrize("round_number", [1, 2, 3])
def test_the_demo_flow_end_to_end_again_and_again(scene: Scene, round_number: int, tmp_path: Path) -> None:
    before = len(scene.fake.requests)
    out = demo_flow(scene, round_number, tmp_path)
    assert [r.restriction_type for r in out["restrictions"]] == ["project"]
    assert len(out["triggers"]) == 1
    assert isinstance(out["triggers"][0], m.Trigger)
    assert len(out["definitions"]) == round_number  # one more each round
    run: PipelineWaitResult = out["run"]
    assert run.status == "success"
    assert run.pipeline.number == round_number
    assert len(out["pipelines"]) == round_number
    assert out["settings"].autocancel_builds is (round_number % 2 == 1)
    assert out["settings"].build_prs_only is (round_number % 2 == 1)
    assert len(out["export"].jobs) == 2
    assert out["rows"] > 0
    assert scene.fake.token_leaks == []
    assert len(scene.fake.requests) > before


def test_the_client_still_works_after_every_round(scene: Scene) -> None:
    """All rounds went through this module's one client, which still answers like the first time."""
    before = len(scene.fake.requests)
    client: Any = scene.client
    for _ in range(2):
        assert scene.run(client.projects.get(SLUG)).slug == SLUG
    assert len(scene.fake.requests) == before + 2
    assert len({r.operation_id for r in scene.fake.requests}) >= 15
