"""Every seed operation, and the reads the helpers need, through the client against the fake:
in process and over HTTP, with ``CircleCI`` and ``AsyncCircleCI``.  Every answer is validated
against the built spec by the ``fake`` fixture.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from circleci_api.errors import BadRequestError, NotFoundError

from .support import Front, collect, done, open_client

SEED_OPERATIONS = frozenset(
    {
        "getContextRestrictions",
        "createContextRestriction",
        "deleteContextRestriction",
        "triggerPipelineRun",
        "listPipelineDefinitions",
        "createPipelineDefinition",
        "getPipelineDefinition",
        "updatePipelineDefinition",
        "deletePipelineDefinition",
        "createProjectFromVcs",
        "getProjectSettings",
        "patchProjectSettings",
        "listPipelineDefinitionTriggers",
        "createTrigger",
        "getTrigger",
        "updateTrigger",
        "deleteTrigger",
        "createUsageExport",
        "getUsageExport",
    }
)
HELPER_READS = frozenset(
    {
        "getPipelineById",
        "listWorkflowsByPipelineId",
        "listWorkflowJobs",
        "getJobArtifacts",
        "approvePendingApprovalJobById",
    }
)
#: The operations CircleCI's 2026-08 document added.
NEW_IN_2026_08 = frozenset(
    {"getJob", "getOrganization", "listOtelExporters", "createOtelExporter", "deleteOtelExporter"}
)
SLUG = "gh/acme/api"
POLL_LIMIT = 10


async def _poll_until(client: object, pipeline_id: str, status: str) -> list[object]:
    for _ in range(POLL_LIMIT):
        workflows = await collect(client.pipelines.workflows(pipeline_id))  # type: ignore[attr-defined]
        if workflows and workflows[0].status == status:
            return workflows
    raise AssertionError(f"pipeline {pipeline_id} never reached {status}")


@pytest.mark.anyio
async def test_every_seed_operation(front: Front, kind: str) -> None:
    fake = front.fake
    org = fake.add_org("gh/acme")
    fake.script_run("on_hold")
    async with open_client(front, kind) as client:
        # Projects and their settings.
        with pytest.warns(DeprecationWarning, match="createProjectFromVcs"):
            created = await done(client.projects.create_from_vcs(SLUG))
        assert created.advanced.set_github_status is True
        project = await done(client.projects.get(SLUG))
        assert (project.slug, project.organization_id) == (SLUG, org.id)
        settings = await done(client.projects.settings.get(SLUG))
        assert settings.advanced.autocancel_builds is False
        changed = await done(
            client.projects.settings.update(SLUG, advanced={"autocancel_builds": True, "oss": True})
        )
        assert changed.advanced.autocancel_builds is True
        assert changed.advanced.oss is False  # only open-source repositories can turn it on
        assert (await done(client.projects.settings.get(SLUG))).advanced.autocancel_builds is True

        # A context restricted to the project, plus an expression restriction removed again.
        context = await done(
            client.contexts.create(name="deploy", owner={"id": org.id, "type": "organization"})
        )
        restriction = await done(
            client.contexts.restrictions.create(
                context.id, restriction_type="project", restriction_value=project.id
            )
        )
        assert (restriction.project_id, restriction.name) == (project.id, "api")
        expression = await done(
            client.contexts.restrictions.create(
                context.id, restriction_type="expression", restriction_value="pipeline.git.branch == 'main'"
            )
        )
        listed = await collect(client.contexts.restrictions.list(context.id))
        assert [r.id for r in listed] == [restriction.id, expression.id]
        deleted = await done(client.contexts.restrictions.delete(context.id, expression.id))
        assert deleted.message
        listed = await collect(client.contexts.restrictions.list(context.id))
        assert [(r.context_id, r.restriction_type) for r in listed] == [(context.id, "project")]

        # A pipeline definition and its trigger.
        repo = {"external_id": fake.add_project(SLUG).repo_external_id}
        definition = await done(
            client.pipeline_definitions.create(
                project.id,
                name="main",
                description="build and deploy",
                config_source={"provider": "github_app", "repo": repo, "file_path": ".circleci/config.yml"},
                checkout_source={"provider": "github_app", "repo": repo},
            )
        )
        assert definition.config_source.repo.full_name == "acme/api"
        renamed = await done(client.pipeline_definitions.update(project.id, definition.id, name="release"))
        assert renamed.name == "release"
        fetched = await done(client.pipeline_definitions.get(project.id, definition.id))
        assert (fetched.name, fetched.description) == ("release", "build and deploy")
        definitions = await done(client.pipeline_definitions.list(project.id))
        assert [d.id for d in definitions.items] == [definition.id]
        trigger = await done(
            client.triggers.create(
                project.id,
                definition.id,
                event_source={"provider": "github_app", "repo": repo},
                event_preset="all-pushes",
            )
        )
        updated = await done(client.triggers.update(project.id, trigger.id, event_preset="only-tags"))
        assert updated.event_preset == "only-tags"
        assert (await done(client.triggers.get(project.id, trigger.id))).event_preset == "only-tags"
        triggers = await done(client.triggers.list(project.id, definition.id))
        assert [t.id for t in triggers.items] == [trigger.id]

        # A run that stops for approval, is approved, and succeeds.
        run = await done(
            client.pipelines.run(
                SLUG, definition_id=definition.id, checkout={"branch": "main"}, parameters={"deploy": True}
            )
        )
        assert run.state == "created"
        workflows = await _poll_until(client, run.id, "on_hold")
        jobs = await collect(client.workflows.jobs(workflows[0].id))
        hold = next(job for job in jobs if job.type == "approval")
        assert hold.status == "on_hold"
        approved = await done(client.workflows.approve(workflows[0].id, hold.approval_request_id))
        assert approved.message
        workflows = await _poll_until(client, run.id, "success")
        pipeline = await done(client.pipelines.get(run.id))
        assert (pipeline.state, pipeline.number, pipeline.vcs.branch) == ("created", 1, "main")
        jobs = await collect(client.workflows.jobs(workflows[0].id))
        build = next(job for job in jobs if job.name == "build")
        artifacts = await collect(client.jobs.artifacts(SLUG, build.job_number))
        assert [a.path for a in artifacts] == ["dist/build-info.json"]

        # A usage export from created to completed.
        end = dt.datetime.now(dt.UTC).replace(microsecond=0)
        job = await done(client.usage.create_export(org.id, start=end - dt.timedelta(days=30), end=end))
        assert (job.state, job.download_urls) == ("created", [])
        states = []
        for _ in range(3):
            status = await done(client.usage.get_export(org.id, job.usage_export_job_id))
            states.append(status.state)
        assert states == ["processing", "completed", "completed"]
        assert len(status.download_urls) == 2

        # Clean up what can be deleted.
        assert (await done(client.triggers.delete(project.id, trigger.id))).message
        assert (await done(client.pipeline_definitions.delete(project.id, definition.id))).message
        assert (await done(client.contexts.restrictions.delete(context.id, restriction.id))).message
        assert (await done(client.pipeline_definitions.list(project.id))).items == []

    answered = {r.operation_id for r in fake.requests if 200 <= r.status < 300}
    assert answered >= SEED_OPERATIONS | HELPER_READS
    assert not [r for r in fake.requests if r.status >= 400]


@pytest.mark.anyio
async def test_the_other_implemented_operations(front: Front, kind: str) -> None:
    fake = front.fake
    project = fake.add_project(SLUG)
    fake.script_run("success", hidden_polls=0)
    async with open_client(front, kind) as client:
        me = await done(client.users.me())
        assert (await done(client.projects.get(SLUG))).id == project.id
        orgs = await done(client.users.collaborations())
        assert [(o.id, o.slug, o.vcs_type) for o in orgs] == [(project.org.id, "gh/acme", "github")]
        names = [f"context-{n:02d}" for n in range(23)]  # more than one page of 20
        for name in names:
            await done(client.contexts.create(name=name, owner={"slug": "gh/acme", "type": "organization"}))
        listed = await collect(client.contexts.list(owner_slug="gh/acme"))
        assert [c.name for c in listed] == names
        by_id = await collect(client.contexts.list(owner_id=project.org.id))
        assert [c.id for c in by_id] == [c.id for c in listed]
        first = await done(client.contexts.get(listed[0].id))
        assert first.name == "context-00"
        assert (await done(client.contexts.delete(first.id))).message
        assert len(await collect(client.contexts.list(owner_slug="gh/acme"))) == 22
        hook = await done(
            client.webhooks.create(
                name="ci",
                events=["workflow-completed"],
                url="https://hooks.example.com/ci",
                verify_tls=True,
                signing_secret="a-long-signing-secret",
                scope={"id": project.id, "type": "project"},
            )
        )
        assert (await done(client.webhooks.update(hook.id, name="ci-2"))).name == "ci-2"
        assert (await done(client.webhooks.get(hook.id))).signing_secret == "****cret"
        hooks = await collect(client.webhooks.list(scope_id=project.id, scope_type="project"))
        assert [h.id for h in hooks] == [hook.id]
        assert (await done(client.webhooks.delete(hook.id))).message
        run = await done(client.pipelines.run(SLUG))
        workflow = (await collect(client.pipelines.workflows(run.id)))[0]
        again = await done(client.workflows.get(workflow.id))
        pipelines = await collect(client.pipelines.list_for_project(SLUG))
    assert again.started_by == me.id
    assert [p.id for p in pipelines] == [run.id]
    # Every other operation has its valid, bad and state tests in test_every_operation.py (which
    # also checks that every operation of the vendored document has a valid-call test somewhere).


@pytest.mark.anyio
async def test_the_operations_new_in_the_2026_08_document(front: Front, kind: str) -> None:
    """getJob, getOrganization and the OTel exporters, routed like every other operation: a valid
    call, a bad one with a documented status, and the state seen through a second operation."""
    fake = front.fake
    project = fake.add_project(SLUG)
    fake.script_run("failure", hidden_polls=0)
    exporter_body = {"endpoint": "otel.example.com:4317", "protocol": "grpc", "headers": {"x-key": "s3cr3t"}}
    async with open_client(front, kind, max_retries=0) as client:
        # getJob: the jobs of a scripted run, found by id as the workflow lists them.
        run = await done(client.pipelines.run(SLUG))
        workflows = await _poll_until(client, run.id, "failed")
        listed_jobs = await collect(client.workflows.jobs(workflows[0].id))
        assert {j.name: j.status for j in listed_jobs} == {"build": "success", "test": "failed"}
        for listed in listed_jobs:
            job = await done(client.jobs.get_by_id(listed.id))
            assert (job.id, job.name, job.status, job.job_number) == (
                listed.id,
                listed.name,
                listed.status,
                listed.job_number,
            )
            assert (job.project_id, job.pipeline_id, job.workflow_id) == (project.id, run.id, workflows[0].id)
            assert job.started_at is not None
            assert job.stopped_at is not None
            assert job.started_at <= job.stopped_at
        with pytest.raises(NotFoundError, match="Job not found"):
            await done(client.jobs.get_by_id(str(uuid.UUID(int=7, version=4))))
        with pytest.raises(BadRequestError, match=r"path\.job_id: 'not-a-uuid' is not a UUID"):
            await done(client.request("GET", "/jobs/not-a-uuid"))

        # getOrganization: a seeded organization, by slug and by id alike.
        by_slug = await done(client.organizations.get("gh/acme"))
        assert (by_slug.id, by_slug.name, by_slug.slug, by_slug.vcs_type) == (
            project.org.id,
            "acme",
            "gh/acme",
            "github",
        )
        assert (await done(client.organizations.get(project.org.id))).to_dict() == by_slug.to_dict()
        with pytest.raises(NotFoundError, match="Organization not found"):
            await done(client.organizations.get("gh/nobody"))

        # OTel exporters: create, list, delete; header values never come back.
        assert await done(client.otel.exporters.list(org_id=project.org.id)) == []
        made = await done(client.otel.exporters.create(org_id=project.org.id, **exporter_body))
        assert (made.org_id, made.endpoint, made.protocol, made.insecure) == (
            project.org.id,
            "otel.example.com:4317",
            "grpc",
            False,
        )
        assert made.headers == {"x-key": "xxxx"}
        listed_exporters = await done(client.otel.exporters.list(org_id=project.org.id))
        assert [e.to_dict() for e in listed_exporters] == [made.to_dict()]
        with pytest.raises(BadRequestError, match="endpoint must be"):
            await done(client.otel.exporters.create(org_id=project.org.id, endpoint="a b", protocol="http"))
        with pytest.raises(NotFoundError, match="Organization not found"):
            await done(client.otel.exporters.create(org_id=str(uuid.uuid4()), **exporter_body))
        with pytest.raises(NotFoundError, match="Organization not found"):
            await done(client.otel.exporters.list(org_id=str(uuid.uuid4())))
        with pytest.raises(BadRequestError, match=r"query\.org-id: is required"):
            await done(client.request("GET", "/otel/exporters"))
        await done(client.otel.exporters.delete(made.id))
        assert await done(client.otel.exporters.list(org_id=project.org.id)) == []
        with pytest.raises(NotFoundError, match="OTel exporter not found"):
            await done(client.otel.exporters.delete(made.id))
    answered = {r.operation_id for r in fake.requests if 200 <= r.status < 300}
    assert answered >= NEW_IN_2026_08
