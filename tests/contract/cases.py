"""Valid arguments for every operation, keyed by operationId, as a user would pass them to the client.

Values follow the document: UUIDs where a parameter or field has ``format: uuid``, listed enum
values, RFC 3339 timestamps, project slugs such as ``gh/acme/api``.  Some calls pass plain dicts and
some generated models or enum members, as both are accepted.  ``org_slug_or_id`` gets the org's
UUID: the slug form of that parameter keeps its literal slash (see ``circleci_api._endpoint``),
which an OpenAPI router cannot match to one path segment.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from circleci_api.models import (
    ContextOwnerById,
    CreateScheduleParametersAttributionActor,
    TriggerEventPreset,
    WeeklyTimetable,
)


@dataclass(frozen=True)
class Case:
    """Positional and keyword arguments for one client method."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


def call(*args: Any, **kwargs: Any) -> Case:
    return Case(args, kwargs)


PROJECT_SLUG = "gh/acme/api"
ORG_SLUG = "gh/acme"
ORG_ID = "6bd2c73b-43b1-4c0e-9b4a-9c4c17a1c2f5"
OTHER_ORG_ID = "0e63e2a2-1f7d-4bd5-8e2b-7f3c8c5d9a10"
PROJECT_ID = "c1b0a3c4-5d6e-4f70-8192-a3b4c5d6e7f8"
CONTEXT_ID = uuid.UUID("2f1c0a49-8d0e-4c7b-a5a3-5b0e9f0d7c61")
GROUP_ID = "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"
PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
WORKFLOW_ID = uuid.UUID("fda08377-fe7e-46b1-8992-3a7aaecac9c3")
APPROVAL_ID = "9f2b6a4e-3c1d-4e5f-a6b7-c8d9e0f1a2b3"
JOB_ID = "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e"
SCHEDULE_ID = "7d1e5a40-3b9c-4f6e-9a2d-1c8b7e6f5a4d"
WEBHOOK_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
USER_ID = "3d0f1c2b-7a6e-4d5c-b4a3-92e1f0d9c8b7"
ENVIRONMENT_ID = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b"
EXPORT_ID = "0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e"
DEFINITION_ID = "2338d0ae-5541-4bbf-88a2-55e9f7281f80"
TRIGGER_ID = "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e"
RESTRICTION_ID = "1e2d3c4b-5a69-4788-a9b0-c1d2e3f4a5b6"
DECISION_ID = "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"
COMPONENT_ID = "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f"
ALLOW_LIST_ENTRY_ID = "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"
FINGERPRINT = "c9:0b:1c:4f:d5:65:56:b9:ad:88:f9:81:2b:37:74:2f"
JOB_NUMBER = 4021
PIPELINE_NUMBER = 1288
WORKFLOW = "build-and-test"
POLICY_CONTEXT = "config"
EXTERNAL_REPO = {"external_id": "619352184"}
SINCE = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
UNTIL = dt.datetime(2025, 5, 31, 23, 59, 59, tzinfo=dt.UTC)
CONFIG = "version: 2.1\njobs:\n  build:\n    docker: [{image: cimg/base:stable}]\n    steps: [checkout]\n"

CASES: dict[str, Case] = {
    # contexts
    "createContext": call(name="deploy-secrets", owner=ContextOwnerById(id=ORG_ID, type="organization")),
    "listContexts": call(owner_id=ORG_ID, owner_type="organization"),
    "getContext": call(CONTEXT_ID),
    "deleteContext": call(CONTEXT_ID),
    "listEnvironmentVariablesFromContext": call(CONTEXT_ID),
    "addEnvironmentVariableToContext": call(CONTEXT_ID, "AWS_REGION", value="eu-west-1"),
    "deleteEnvironmentVariableFromContext": call(CONTEXT_ID, "AWS_REGION"),
    "getContextRestrictions": call(CONTEXT_ID),
    "createContextRestriction": call(CONTEXT_ID, restriction_type="project", restriction_value=PROJECT_ID),
    "deleteContextRestriction": call(CONTEXT_ID, RESTRICTION_ID),
    # deploys
    "listComponents": call(org_id=ORG_ID, page_size=20, project_id=PROJECT_ID),
    "getComponent": call(COMPONENT_ID),
    "listComponentVersions": call(COMPONENT_ID, environment_id=ENVIRONMENT_ID),
    "listEnvironments": call(org_id=ORG_ID, page_size=20),
    "getEnvironment": call(ENVIRONMENT_ID),
    # groups
    "getOrganizationGroups": call(ORG_ID, limit=10),
    "createOrganizationGroup": call(ORG_ID, name="release-managers", description="Can approve deploys"),
    "getGroup": call(ORG_ID, GROUP_ID),
    "deleteGroup": call(ORG_ID, GROUP_ID),
    # insights
    "getProjectWorkflowsPageData": call(
        PROJECT_SLUG, reporting_window="last-90-days", branches=["main", "release"], workflow_names=[WORKFLOW]
    ),
    "getJobTimeseries": call(
        PROJECT_SLUG, WORKFLOW, branch="main", granularity="daily", start_date=SINCE, end_date=UNTIL
    ),
    "getOrgSummaryData": call(ORG_SLUG, reporting_window="last-7-days", project_names=["api", "web"]),
    "getAllInsightsBranches": call(PROJECT_SLUG, workflow_name=WORKFLOW),
    "getFlakyTests": call(PROJECT_SLUG),
    "getProjectWorkflowMetrics": call(PROJECT_SLUG, branch="main", reporting_window="last-24-hours"),
    "getProjectWorkflowRuns": call(PROJECT_SLUG, WORKFLOW, branch="main", start_date=SINCE, end_date=UNTIL),
    "getProjectWorkflowJobMetrics": call(
        PROJECT_SLUG,
        WORKFLOW,
        all_branches=False,
        branch="main",
        reporting_window="last-30-days",
        job_name="lint",
    ),
    "getWorkflowSummary": call(PROJECT_SLUG, WORKFLOW, all_branches=True),
    "getProjectWorkflowTestMetrics": call(PROJECT_SLUG, WORKFLOW, branch="main"),
    # jobs
    "cancelJobByJobID": call(JOB_ID),
    "getJobDetails": call(PROJECT_SLUG, JOB_NUMBER),
    "getJob": call(JOB_ID),
    "cancelJobByJobNumber": call(PROJECT_SLUG, JOB_NUMBER),
    "getJobArtifacts": call(PROJECT_SLUG, JOB_NUMBER),
    "getTests": call(PROJECT_SLUG, JOB_NUMBER),
    # users
    "getCurrentUser": call(),
    "getCollaborations": call(),
    "getUser": call(USER_ID),
    # OIDC claims
    "GetOrgClaims": call(ORG_ID),
    "DeleteOrgClaims": call(ORG_ID, claims="audience"),
    "PatchOrgClaims": call(ORG_ID, audience=["sts.amazonaws.com"], ttl="1h30m"),
    "GetProjectClaims": call(ORG_ID, PROJECT_ID),
    "DeleteProjectClaims": call(ORG_ID, PROJECT_ID, claims="audience,ttl"),
    "PatchProjectClaims": call(ORG_ID, PROJECT_ID, audience=["sts.amazonaws.com", "vault"], ttl="15m"),
    # organizations
    "createOrganization": call(name="acme", vcs_type="circleci"),
    "getOrganization": call(ORG_ID),
    # OpenTelemetry exporters
    "listOtelExporters": call(org_id=ORG_ID),
    "createOtelExporter": call(org_id=ORG_ID, endpoint="otel.example.invalid:4317", protocol="grpc"),
    "deleteOtelExporter": call("2f3c0b44-8d3a-4d83-9a30-4b3c2f4a5e61"),
    "deleteOrganization": call(ORG_ID),
    "createProject": call(ORG_ID, name="api"),
    "listURLOrbAllowListEntries": call(ORG_ID),
    "createURLOrbAllowListEntry": call(
        ORG_ID,
        name="Public orbs",
        prefix="https://raw.githubusercontent.com/acme/orbs/refs/heads/main/",
        auth="none",
    ),
    "removeURLOrbAllowListEntry": call(ORG_ID, ALLOW_LIST_ENTRY_ID),
    # usage
    "createUsageExport": call(ORG_ID, start=SINCE, end=UNTIL, shared_org_ids=[OTHER_ORG_ID]),
    "getUsageExport": call(ORG_ID, EXPORT_ID),
    # policies
    "GetDecisionLogs": call(
        ORG_ID,
        POLICY_CONTEXT,
        status="PASS",
        after=SINCE,
        before=UNTIL,
        branch="main",
        project_id=PROJECT_ID,
        build_number="1288",
        offset=0,
    ),
    "MakeDecision": call(
        ORG_ID, POLICY_CONTEXT, input=CONFIG, metadata={"project_id": PROJECT_ID, "branch": "main"}
    ),
    "GetDecisionSettings": call(ORG_ID, POLICY_CONTEXT),
    "SetDecisionSettings": call(ORG_ID, POLICY_CONTEXT, enabled=True),
    "GetDecisionLog": call(ORG_ID, POLICY_CONTEXT, DECISION_ID),
    "GetDecisionLogPolicyBundle": call(ORG_ID, POLICY_CONTEXT, DECISION_ID),
    "GetPolicyBundle": call(ORG_ID, POLICY_CONTEXT),
    "CreatePolicyBundle": call(
        ORG_ID,
        POLICY_CONTEXT,
        dry=True,
        policies={"pinned_orbs.rego": 'package org\npolicy_name["pinned_orbs"]\n'},
    ),
    "GetPolicyDocument": call(ORG_ID, POLICY_CONTEXT, "pinned_orbs"),
    # pipelines
    "listPipelines": call(org_slug=ORG_SLUG, mine=True),
    "continuePipeline": call(
        continuation_key="eyJhbGciOiJIUzI1NiJ9.continuation",
        configuration=CONFIG,
        parameters={"deploy": True},
    ),
    "getPipelineById": call(PIPELINE_ID),
    "getPipelineConfigById": call(PIPELINE_ID),
    "getPipelineValuesById": call(PIPELINE_ID),
    "listWorkflowsByPipelineId": call(PIPELINE_ID),
    "listPipelinesForProject": call(PROJECT_SLUG, branch="main"),
    "triggerPipeline": call(
        PROJECT_SLUG, branch="main", parameters={"deploy": True, "replicas": 3, "region": "eu-west-1"}
    ),
    "listMyPipelines": call(PROJECT_SLUG),
    "getPipelineByNumber": call(PROJECT_SLUG, PIPELINE_NUMBER),
    "triggerPipelineRun": call(
        PROJECT_SLUG,
        definition_id=DEFINITION_ID,
        config={"branch": "main"},
        checkout={"branch": "main"},
        parameters={"deploy": True, "replicas": 3},
    ),
    # projects
    "getProjectBySlug": call(PROJECT_SLUG),
    "deleteProjectBySlug": call(PROJECT_SLUG),
    "createProjectFromVcs": call(PROJECT_SLUG),
    "listCheckoutKeys": call(PROJECT_SLUG, digest="sha256"),
    "createCheckoutKey": call(PROJECT_SLUG, type="deploy-key"),
    "getCheckoutKey": call(PROJECT_SLUG, FINGERPRINT),
    "deleteCheckoutKey": call(PROJECT_SLUG, FINGERPRINT),
    "listEnvVars": call(PROJECT_SLUG),
    "createEnvVar": call(PROJECT_SLUG, name="NPM_REGISTRY", value="https://npm.example.com/"),
    "getEnvVar": call(PROJECT_SLUG, "NPM_REGISTRY"),
    "deleteEnvVar": call(PROJECT_SLUG, "NPM_REGISTRY"),
    "getProjectSettings": call(PROJECT_SLUG),
    "patchProjectSettings": call(
        PROJECT_SLUG, advanced={"autocancel_builds": True, "pr_only_branch_overrides": ["main", "release"]}
    ),
    "rollbackProject": call(
        PROJECT_ID,
        component_name="api",
        current_version="v1.4.0",
        environment_name="production",
        target_version="v1.3.2",
        namespace="default",
        parameters={"notify": "#deploys"},
        reason="error rate above 5% after the release",
    ),
    # schedules
    "listSchedulesForProject": call(PROJECT_SLUG),
    "createSchedule": call(
        PROJECT_SLUG,
        name="nightly",
        timetable=WeeklyTimetable(per_hour=1, hours_of_day=[2], days_of_week=["MON", "WED", "FRI"]),
        attribution_actor=CreateScheduleParametersAttributionActor.CURRENT,
        parameters={"deploy": False, "suite": "full"},
        description="Full test suite every other night",
    ),
    "getScheduleById": call(SCHEDULE_ID),
    "deleteScheduleById": call(SCHEDULE_ID),
    "updateSchedule": call(
        SCHEDULE_ID,
        description=None,
        name="monthly",
        timetable={"per-hour": 1, "hours-of-day": [4], "days-of-month": [1, 15], "months": ["JAN", "JUL"]},
        attribution_actor="system",
        parameters={"suite": "smoke"},
    ),
    # pipeline definitions and triggers
    "listPipelineDefinitions": call(PROJECT_ID),
    "createPipelineDefinition": call(
        PROJECT_ID,
        name="deploy",
        description="Deploys main",
        config_source={"provider": "github_app", "repo": EXTERNAL_REPO, "file_path": ".circleci/deploy.yml"},
        checkout_source={"provider": "github_app", "repo": EXTERNAL_REPO},
    ),
    "getPipelineDefinition": call(PROJECT_ID, DEFINITION_ID),
    "deletePipelineDefinition": call(PROJECT_ID, DEFINITION_ID),
    "updatePipelineDefinition": call(
        PROJECT_ID, DEFINITION_ID, name="deploy-prod", config_source={"file_path": ".circleci/prod.yml"}
    ),
    "listPipelineDefinitionTriggers": call(PROJECT_ID, DEFINITION_ID),
    "createTrigger": call(
        PROJECT_ID,
        DEFINITION_ID,
        event_source={"provider": "github_app", "repo": EXTERNAL_REPO},
        event_preset=TriggerEventPreset.ALL_PUSHES,
        checkout_ref="main",
        config_ref="main",
        event_name="push to main",
        disabled=False,
    ),
    "getTrigger": call(PROJECT_ID, TRIGGER_ID),
    "deleteTrigger": call(PROJECT_ID, TRIGGER_ID),
    "updateTrigger": call(
        PROJECT_ID,
        TRIGGER_ID,
        event_preset="only-tags",
        disabled=True,
        event_source={"webhook": {"sender": "github"}},
    ),
    # webhooks
    "getWebhooks": call(scope_id=PROJECT_ID, scope_type="project"),
    "createWebhook": call(
        name="deploy notifier",
        events=["workflow-completed", "job-completed"],
        url="https://hooks.example.com/circleci",
        verify_tls=True,
        signing_secret="not-a-real-secret",
        scope={"id": PROJECT_ID, "type": "project"},
    ),
    "getWebhookById": call(WEBHOOK_ID),
    "updateWebhook": call(
        WEBHOOK_ID,
        name="deploy notifier",
        events=["workflow-completed"],
        url="https://hooks.example.com/circleci/v2",
        signing_secret="still-not-a-real-secret",
        verify_tls=False,
    ),
    "deleteWebhook": call(WEBHOOK_ID),
    # workflows
    "getWorkflowById": call(WORKFLOW_ID),
    "approvePendingApprovalJobById": call(WORKFLOW_ID, APPROVAL_ID),
    "cancelWorkflow": call(WORKFLOW_ID),
    "listWorkflowJobs": call(WORKFLOW_ID),
    "rerunWorkflow": call(WORKFLOW_ID, enable_ssh=False, jobs=[JOB_ID], sparse_tree=True),
}
