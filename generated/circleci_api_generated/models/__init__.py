"""Every model and enum of the CircleCI API, imported lazily on first access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .artifact import Artifact
    from .artifact_list_response import ArtifactListResponse
    from .bundle_diff import BundleDiff
    from .bundle_payload import BundlePayload
    from .bundle_payload_policies import BundlePayloadPolicies
    from .checkout_key import CheckoutKey
    from .checkout_key_checkout_key_type import CheckoutKeyCheckoutKeyType
    from .checkout_key_input import CheckoutKeyInput
    from .checkout_key_input_checkout_key_input_type import CheckoutKeyInputCheckoutKeyInputType
    from .checkout_key_list_response import CheckoutKeyListResponse
    from .circle_ci_config_source import CircleCIConfigSource
    from .circle_ci_config_source_provider import CircleCIConfigSourceProvider
    from .claim_response import ClaimResponse
    from .collaboration import Collaboration
    from .component import Component
    from .component_list import ComponentList
    from .component_version import ComponentVersion
    from .component_version_list import ComponentVersionList
    from .context import Context
    from .context_environment_variable import ContextEnvironmentVariable
    from .context_environment_variable_list import ContextEnvironmentVariableList
    from .context_environment_variable_list_items_item import ContextEnvironmentVariableListItemsItem
    from .context_environment_variable_value import ContextEnvironmentVariableValue
    from .context_list import ContextList
    from .context_owner_by_id import ContextOwnerById
    from .context_owner_by_id_type import ContextOwnerByIdType
    from .context_owner_by_slug import ContextOwnerBySlug
    from .context_owner_by_slug_type import ContextOwnerBySlugType
    from .context_restriction import ContextRestriction
    from .context_restriction_list import ContextRestrictionList
    from .context_restriction_list_items_item import ContextRestrictionListItemsItem
    from .context_restriction_list_items_item_restriction_type import (
        ContextRestrictionListItemsItemRestrictionType,
    )
    from .context_restriction_restriction_type import ContextRestrictionRestrictionType
    from .continue_pipeline_request import ContinuePipelineRequest
    from .continue_pipeline_request_parameters import ContinuePipelineRequestParameters
    from .create_context_request import CreateContextRequest
    from .create_context_restriction_request import CreateContextRestrictionRequest
    from .create_context_restriction_request_restriction_type import (
        CreateContextRestrictionRequestRestrictionType,
    )
    from .create_environment_variable_request import CreateEnvironmentVariableRequest
    from .create_exporter_request import CreateExporterRequest
    from .create_exporter_request_headers import CreateExporterRequestHeaders
    from .create_exporter_request_protocol import CreateExporterRequestProtocol
    from .create_group_request import CreateGroupRequest
    from .create_organization_request import CreateOrganizationRequest
    from .create_organization_request_vcs_type import CreateOrganizationRequestVcsType
    from .create_pipeline_definition_request import CreatePipelineDefinitionRequest
    from .create_pipeline_definition_request_checkout_source import (
        CreatePipelineDefinitionRequestCheckoutSource,
    )
    from .create_pipeline_definition_request_checkout_source_provider import (
        CreatePipelineDefinitionRequestCheckoutSourceProvider,
    )
    from .create_pipeline_definition_request_checkout_source_repo import (
        CreatePipelineDefinitionRequestCheckoutSourceRepo,
    )
    from .create_project_from_vcs_provider import CreateProjectFromVcsProvider
    from .create_project_request import CreateProjectRequest
    from .create_schedule_parameters import CreateScheduleParameters
    from .create_schedule_parameters_attribution_actor import CreateScheduleParametersAttributionActor
    from .create_schedule_parameters_parameters import CreateScheduleParametersParameters
    from .create_trigger_request import CreateTriggerRequest
    from .create_trigger_request_event_source import CreateTriggerRequestEventSource
    from .create_trigger_request_event_source_repo import CreateTriggerRequestEventSourceRepo
    from .create_trigger_request_event_source_schedule import CreateTriggerRequestEventSourceSchedule
    from .create_trigger_request_event_source_schedule_attribution_actor import (
        CreateTriggerRequestEventSourceScheduleAttributionActor,
    )
    from .create_trigger_request_event_source_webhook import CreateTriggerRequestEventSourceWebhook
    from .create_trigger_request_parameters import CreateTriggerRequestParameters
    from .create_url_orb_allow_list_entry_request import CreateUrlOrbAllowListEntryRequest
    from .create_url_orb_allow_list_entry_request_auth import CreateUrlOrbAllowListEntryRequestAuth
    from .create_usage_export_request import CreateUsageExportRequest
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_request_events_item import CreateWebhookRequestEventsItem
    from .create_webhook_scope import CreateWebhookScope
    from .create_webhook_scope_type import CreateWebhookScopeType
    from .decision import Decision
    from .decision_log import DecisionLog
    from .decision_log_metadata import DecisionLogMetadata
    from .decision_log_metadata_vcs import DecisionLogMetadataVcs
    from .decision_log_policies import DecisionLogPolicies
    from .decision_request import DecisionRequest
    from .decision_request_metadata import DecisionRequestMetadata
    from .decision_settings import DecisionSettings
    from .environment import Environment
    from .environment_list import EnvironmentList
    from .environment_variable import EnvironmentVariable
    from .environment_variable_list_response import EnvironmentVariableListResponse
    from .error_response import ErrorResponse
    from .exporter import Exporter
    from .exporter_headers import ExporterHeaders
    from .exporter_protocol import ExporterProtocol
    from .flaky_tests_report import FlakyTestsReport
    from .flaky_tests_report_flaky_tests_item import FlakyTestsReportFlakyTestsItem
    from .get_job_response import GetJobResponse
    from .get_job_timeseries_granularity import GetJobTimeseriesGranularity
    from .get_org_summary_data_reporting_window import GetOrgSummaryDataReportingWindow
    from .get_project_settings_provider import GetProjectSettingsProvider
    from .get_project_workflow_job_metrics_reporting_window import GetProjectWorkflowJobMetricsReportingWindow
    from .get_project_workflow_metrics_reporting_window import GetProjectWorkflowMetricsReportingWindow
    from .get_project_workflows_page_data_reporting_window import GetProjectWorkflowsPageDataReportingWindow
    from .get_webhooks_scope_type import GetWebhooksScopeType
    from .github_app_config_source import GithubAppConfigSource
    from .github_app_config_source_provider import GithubAppConfigSourceProvider
    from .github_app_config_source_repo import GithubAppConfigSourceRepo
    from .group import Group
    from .group_list import GroupList
    from .insights_branches import InsightsBranches
    from .job import Job
    from .job_details import JobDetails
    from .job_details_contexts_item import JobDetailsContextsItem
    from .job_details_executor import JobDetailsExecutor
    from .job_details_latest_workflow import JobDetailsLatestWorkflow
    from .job_details_messages_item import JobDetailsMessagesItem
    from .job_details_organization import JobDetailsOrganization
    from .job_details_parallel_runs_item import JobDetailsParallelRunsItem
    from .job_details_pipeline import JobDetailsPipeline
    from .job_details_project import JobDetailsProject
    from .job_details_status import JobDetailsStatus
    from .job_metrics_page import JobMetricsPage
    from .job_metrics_page_items_item import JobMetricsPageItemsItem
    from .job_metrics_page_items_item_metrics import JobMetricsPageItemsItemMetrics
    from .job_metrics_page_items_item_metrics_duration_metrics import (
        JobMetricsPageItemsItemMetricsDurationMetrics,
    )
    from .job_requires import JobRequires
    from .job_requires_additional_property_item import JobRequiresAdditionalPropertyItem
    from .job_status import JobStatus
    from .job_timeseries_page import JobTimeseriesPage
    from .job_timeseries_page_items_item import JobTimeseriesPageItemsItem
    from .job_timeseries_page_items_item_metrics import JobTimeseriesPageItemsItemMetrics
    from .job_timeseries_page_items_item_metrics_duration_metrics import (
        JobTimeseriesPageItemsItemMetricsDurationMetrics,
    )
    from .job_type import JobType
    from .label import Label
    from .list_checkout_keys_digest import ListCheckoutKeysDigest
    from .list_contexts_owner_type import ListContextsOwnerType
    from .message_response import MessageResponse
    from .monthly_timetable import MonthlyTimetable
    from .monthly_timetable_days_of_week_item import MonthlyTimetableDaysOfWeekItem
    from .monthly_timetable_months_item import MonthlyTimetableMonthsItem
    from .org_insights_summary import OrgInsightsSummary
    from .org_insights_summary_org_data import OrgInsightsSummaryOrgData
    from .org_insights_summary_org_data_metrics import OrgInsightsSummaryOrgDataMetrics
    from .org_insights_summary_org_data_trends import OrgInsightsSummaryOrgDataTrends
    from .org_insights_summary_org_project_data_item import OrgInsightsSummaryOrgProjectDataItem
    from .org_insights_summary_org_project_data_item_metrics import (
        OrgInsightsSummaryOrgProjectDataItemMetrics,
    )
    from .org_insights_summary_org_project_data_item_trends import OrgInsightsSummaryOrgProjectDataItemTrends
    from .organization import Organization
    from .organization_vcs_type import OrganizationVcsType
    from .patch_claims_request import PatchClaimsRequest
    from .patch_project_settings_provider import PatchProjectSettingsProvider
    from .pipeline import Pipeline
    from .pipeline_config import PipelineConfig
    from .pipeline_creation import PipelineCreation
    from .pipeline_creation_state import PipelineCreationState
    from .pipeline_definition import PipelineDefinition
    from .pipeline_definition_checkout_source import PipelineDefinitionCheckoutSource
    from .pipeline_definition_config_source import PipelineDefinitionConfigSource
    from .pipeline_definition_list import PipelineDefinitionList
    from .pipeline_definition_repo import PipelineDefinitionRepo
    from .pipeline_errors_item import PipelineErrorsItem
    from .pipeline_errors_item_type import PipelineErrorsItemType
    from .pipeline_list_response import PipelineListResponse
    from .pipeline_run_created import PipelineRunCreated
    from .pipeline_run_created_state import PipelineRunCreatedState
    from .pipeline_run_request import PipelineRunRequest
    from .pipeline_run_request_checkout import PipelineRunRequestCheckout
    from .pipeline_run_request_config import PipelineRunRequestConfig
    from .pipeline_run_request_parameters import PipelineRunRequestParameters
    from .pipeline_state import PipelineState
    from .pipeline_trigger import PipelineTrigger
    from .pipeline_trigger_actor import PipelineTriggerActor
    from .pipeline_trigger_parameters import PipelineTriggerParameters
    from .pipeline_trigger_parameters_additional_property_type_3 import (
        PipelineTriggerParametersAdditionalPropertyType3,
    )
    from .pipeline_trigger_type import PipelineTriggerType
    from .pipeline_values import PipelineValues
    from .pipeline_vcs import PipelineVcs
    from .pipeline_vcs_commit import PipelineVcsCommit
    from .pipeline_warnings_item import PipelineWarningsItem
    from .pipeline_warnings_item_type import PipelineWarningsItemType
    from .policy import Policy
    from .policy_bundle import PolicyBundle
    from .project import Project
    from .project_insights_summary import ProjectInsightsSummary
    from .project_insights_summary_project_data import ProjectInsightsSummaryProjectData
    from .project_insights_summary_project_data_metrics import ProjectInsightsSummaryProjectDataMetrics
    from .project_insights_summary_project_data_trends import ProjectInsightsSummaryProjectDataTrends
    from .project_insights_summary_project_workflow_branch_data_item import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItem,
    )
    from .project_insights_summary_project_workflow_branch_data_item_metrics import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics,
    )
    from .project_insights_summary_project_workflow_branch_data_item_trends import (
        ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends,
    )
    from .project_insights_summary_project_workflow_data_item import (
        ProjectInsightsSummaryProjectWorkflowDataItem,
    )
    from .project_insights_summary_project_workflow_data_item_metrics import (
        ProjectInsightsSummaryProjectWorkflowDataItemMetrics,
    )
    from .project_insights_summary_project_workflow_data_item_trends import (
        ProjectInsightsSummaryProjectWorkflowDataItemTrends,
    )
    from .project_settings import ProjectSettings
    from .project_settings_advanced import ProjectSettingsAdvanced
    from .project_vcs_info import ProjectVcsInfo
    from .project_vcs_info_provider import ProjectVcsInfoProvider
    from .rerun_workflow_parameters import RerunWorkflowParameters
    from .rerun_workflow_result import RerunWorkflowResult
    from .rollback_project_request import RollbackProjectRequest
    from .rollback_project_request_parameters import RollbackProjectRequestParameters
    from .rollback_project_response import RollbackProjectResponse
    from .schedule import Schedule
    from .schedule_list import ScheduleList
    from .schedule_parameters import ScheduleParameters
    from .tests_response import TestsResponse
    from .tests_response_items_item import TestsResponseItemsItem
    from .trigger import Trigger
    from .trigger_event_preset import TriggerEventPreset
    from .trigger_event_source import TriggerEventSource
    from .trigger_event_source_repo import TriggerEventSourceRepo
    from .trigger_event_source_schedule import TriggerEventSourceSchedule
    from .trigger_event_source_schedule_attribution_actor import TriggerEventSourceScheduleAttributionActor
    from .trigger_event_source_webhook import TriggerEventSourceWebhook
    from .trigger_list import TriggerList
    from .trigger_parameters import TriggerParameters
    from .trigger_pipeline_parameters import TriggerPipelineParameters
    from .trigger_pipeline_parameters_parameters import TriggerPipelineParametersParameters
    from .trigger_pipeline_run_provider import TriggerPipelineRunProvider
    from .update_pipeline_definition_request import UpdatePipelineDefinitionRequest
    from .update_pipeline_definition_request_checkout_source import (
        UpdatePipelineDefinitionRequestCheckoutSource,
    )
    from .update_pipeline_definition_request_checkout_source_repo import (
        UpdatePipelineDefinitionRequestCheckoutSourceRepo,
    )
    from .update_pipeline_definition_request_config_source import UpdatePipelineDefinitionRequestConfigSource
    from .update_schedule_parameters import UpdateScheduleParameters
    from .update_schedule_parameters_attribution_actor import UpdateScheduleParametersAttributionActor
    from .update_schedule_parameters_parameters import UpdateScheduleParametersParameters
    from .update_schedule_parameters_timetable import UpdateScheduleParametersTimetable
    from .update_schedule_parameters_timetable_days_of_week_item import (
        UpdateScheduleParametersTimetableDaysOfWeekItem,
    )
    from .update_schedule_parameters_timetable_months_item import UpdateScheduleParametersTimetableMonthsItem
    from .update_trigger_request import UpdateTriggerRequest
    from .update_trigger_request_event_source import UpdateTriggerRequestEventSource
    from .update_trigger_request_event_source_schedule import UpdateTriggerRequestEventSourceSchedule
    from .update_trigger_request_event_source_schedule_attribution_actor import (
        UpdateTriggerRequestEventSourceScheduleAttributionActor,
    )
    from .update_trigger_request_event_source_webhook import UpdateTriggerRequestEventSourceWebhook
    from .update_trigger_request_parameters import UpdateTriggerRequestParameters
    from .update_webhook_request import UpdateWebhookRequest
    from .update_webhook_request_events_item import UpdateWebhookRequestEventsItem
    from .url_orb_allow_list import UrlOrbAllowList
    from .url_orb_allow_list_entry_result import UrlOrbAllowListEntryResult
    from .url_orb_allow_list_items_item import UrlOrbAllowListItemsItem
    from .url_orb_allow_list_items_item_auth import UrlOrbAllowListItemsItemAuth
    from .usage_export_job import UsageExportJob
    from .usage_export_job_state import UsageExportJobState
    from .usage_export_job_status import UsageExportJobStatus
    from .usage_export_job_status_state import UsageExportJobStatusState
    from .user import User
    from .violation import Violation
    from .webhook import Webhook
    from .webhook_events_item import WebhookEventsItem
    from .webhook_list import WebhookList
    from .webhook_scope import WebhookScope
    from .weekly_timetable import WeeklyTimetable
    from .weekly_timetable_days_of_week_item import WeeklyTimetableDaysOfWeekItem
    from .weekly_timetable_months_item import WeeklyTimetableMonthsItem
    from .workflow import Workflow
    from .workflow_insights_summary import WorkflowInsightsSummary
    from .workflow_insights_summary_metrics import WorkflowInsightsSummaryMetrics
    from .workflow_insights_summary_metrics_duration_metrics import (
        WorkflowInsightsSummaryMetricsDurationMetrics,
    )
    from .workflow_insights_summary_trends import WorkflowInsightsSummaryTrends
    from .workflow_job_list_response import WorkflowJobListResponse
    from .workflow_list_response import WorkflowListResponse
    from .workflow_metrics_page import WorkflowMetricsPage
    from .workflow_metrics_page_items_item import WorkflowMetricsPageItemsItem
    from .workflow_metrics_page_items_item_metrics import WorkflowMetricsPageItemsItemMetrics
    from .workflow_metrics_page_items_item_metrics_duration_metrics import (
        WorkflowMetricsPageItemsItemMetricsDurationMetrics,
    )
    from .workflow_runs_page import WorkflowRunsPage
    from .workflow_runs_page_items_item import WorkflowRunsPageItemsItem
    from .workflow_runs_page_items_item_status import WorkflowRunsPageItemsItemStatus
    from .workflow_status import WorkflowStatus
    from .workflow_tag import WorkflowTag
    from .workflow_test_metrics import WorkflowTestMetrics
    from .workflow_test_metrics_most_failed_tests_item import WorkflowTestMetricsMostFailedTestsItem
    from .workflow_test_metrics_slowest_tests_item import WorkflowTestMetricsSlowestTestsItem
    from .workflow_test_metrics_test_runs_item import WorkflowTestMetricsTestRunsItem
    from .workflow_test_metrics_test_runs_item_test_counts import WorkflowTestMetricsTestRunsItemTestCounts

_MODULES: dict[str, str] = {
    "Artifact": ".artifact",
    "ArtifactListResponse": ".artifact_list_response",
    "BundleDiff": ".bundle_diff",
    "BundlePayload": ".bundle_payload",
    "BundlePayloadPolicies": ".bundle_payload_policies",
    "CheckoutKey": ".checkout_key",
    "CheckoutKeyCheckoutKeyType": ".checkout_key_checkout_key_type",
    "CheckoutKeyInput": ".checkout_key_input",
    "CheckoutKeyInputCheckoutKeyInputType": ".checkout_key_input_checkout_key_input_type",
    "CheckoutKeyListResponse": ".checkout_key_list_response",
    "CircleCIConfigSource": ".circle_ci_config_source",
    "CircleCIConfigSourceProvider": ".circle_ci_config_source_provider",
    "ClaimResponse": ".claim_response",
    "Collaboration": ".collaboration",
    "Component": ".component",
    "ComponentList": ".component_list",
    "ComponentVersion": ".component_version",
    "ComponentVersionList": ".component_version_list",
    "Context": ".context",
    "ContextEnvironmentVariable": ".context_environment_variable",
    "ContextEnvironmentVariableList": ".context_environment_variable_list",
    "ContextEnvironmentVariableListItemsItem": ".context_environment_variable_list_items_item",
    "ContextEnvironmentVariableValue": ".context_environment_variable_value",
    "ContextList": ".context_list",
    "ContextOwnerById": ".context_owner_by_id",
    "ContextOwnerByIdType": ".context_owner_by_id_type",
    "ContextOwnerBySlug": ".context_owner_by_slug",
    "ContextOwnerBySlugType": ".context_owner_by_slug_type",
    "ContextRestriction": ".context_restriction",
    "ContextRestrictionList": ".context_restriction_list",
    "ContextRestrictionListItemsItem": ".context_restriction_list_items_item",
    "ContextRestrictionListItemsItemRestrictionType": ".context_restriction_list_items_item_restriction_type",
    "ContextRestrictionRestrictionType": ".context_restriction_restriction_type",
    "ContinuePipelineRequest": ".continue_pipeline_request",
    "ContinuePipelineRequestParameters": ".continue_pipeline_request_parameters",
    "CreateContextRequest": ".create_context_request",
    "CreateContextRestrictionRequest": ".create_context_restriction_request",
    "CreateContextRestrictionRequestRestrictionType": ".create_context_restriction_request_restriction_type",
    "CreateEnvironmentVariableRequest": ".create_environment_variable_request",
    "CreateExporterRequest": ".create_exporter_request",
    "CreateExporterRequestHeaders": ".create_exporter_request_headers",
    "CreateExporterRequestProtocol": ".create_exporter_request_protocol",
    "CreateGroupRequest": ".create_group_request",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateOrganizationRequestVcsType": ".create_organization_request_vcs_type",
    "CreatePipelineDefinitionRequest": ".create_pipeline_definition_request",
    "CreatePipelineDefinitionRequestCheckoutSource": ".create_pipeline_definition_request_checkout_source",
    "CreatePipelineDefinitionRequestCheckoutSourceProvider": ".create_pipeline_definition_request_checkout_source_provider",
    "CreatePipelineDefinitionRequestCheckoutSourceRepo": ".create_pipeline_definition_request_checkout_source_repo",
    "CreateProjectFromVcsProvider": ".create_project_from_vcs_provider",
    "CreateProjectRequest": ".create_project_request",
    "CreateScheduleParameters": ".create_schedule_parameters",
    "CreateScheduleParametersAttributionActor": ".create_schedule_parameters_attribution_actor",
    "CreateScheduleParametersParameters": ".create_schedule_parameters_parameters",
    "CreateTriggerRequest": ".create_trigger_request",
    "CreateTriggerRequestEventSource": ".create_trigger_request_event_source",
    "CreateTriggerRequestEventSourceRepo": ".create_trigger_request_event_source_repo",
    "CreateTriggerRequestEventSourceSchedule": ".create_trigger_request_event_source_schedule",
    "CreateTriggerRequestEventSourceScheduleAttributionActor": ".create_trigger_request_event_source_schedule_attribution_actor",
    "CreateTriggerRequestEventSourceWebhook": ".create_trigger_request_event_source_webhook",
    "CreateTriggerRequestParameters": ".create_trigger_request_parameters",
    "CreateUrlOrbAllowListEntryRequest": ".create_url_orb_allow_list_entry_request",
    "CreateUrlOrbAllowListEntryRequestAuth": ".create_url_orb_allow_list_entry_request_auth",
    "CreateUsageExportRequest": ".create_usage_export_request",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWebhookRequestEventsItem": ".create_webhook_request_events_item",
    "CreateWebhookScope": ".create_webhook_scope",
    "CreateWebhookScopeType": ".create_webhook_scope_type",
    "Decision": ".decision",
    "DecisionLog": ".decision_log",
    "DecisionLogMetadata": ".decision_log_metadata",
    "DecisionLogMetadataVcs": ".decision_log_metadata_vcs",
    "DecisionLogPolicies": ".decision_log_policies",
    "DecisionRequest": ".decision_request",
    "DecisionRequestMetadata": ".decision_request_metadata",
    "DecisionSettings": ".decision_settings",
    "Environment": ".environment",
    "EnvironmentList": ".environment_list",
    "EnvironmentVariable": ".environment_variable",
    "EnvironmentVariableListResponse": ".environment_variable_list_response",
    "ErrorResponse": ".error_response",
    "Exporter": ".exporter",
    "ExporterHeaders": ".exporter_headers",
    "ExporterProtocol": ".exporter_protocol",
    "FlakyTestsReport": ".flaky_tests_report",
    "FlakyTestsReportFlakyTestsItem": ".flaky_tests_report_flaky_tests_item",
    "GetJobResponse": ".get_job_response",
    "GetJobTimeseriesGranularity": ".get_job_timeseries_granularity",
    "GetOrgSummaryDataReportingWindow": ".get_org_summary_data_reporting_window",
    "GetProjectSettingsProvider": ".get_project_settings_provider",
    "GetProjectWorkflowJobMetricsReportingWindow": ".get_project_workflow_job_metrics_reporting_window",
    "GetProjectWorkflowMetricsReportingWindow": ".get_project_workflow_metrics_reporting_window",
    "GetProjectWorkflowsPageDataReportingWindow": ".get_project_workflows_page_data_reporting_window",
    "GetWebhooksScopeType": ".get_webhooks_scope_type",
    "GithubAppConfigSource": ".github_app_config_source",
    "GithubAppConfigSourceProvider": ".github_app_config_source_provider",
    "GithubAppConfigSourceRepo": ".github_app_config_source_repo",
    "Group": ".group",
    "GroupList": ".group_list",
    "InsightsBranches": ".insights_branches",
    "Job": ".job",
    "JobDetails": ".job_details",
    "JobDetailsContextsItem": ".job_details_contexts_item",
    "JobDetailsExecutor": ".job_details_executor",
    "JobDetailsLatestWorkflow": ".job_details_latest_workflow",
    "JobDetailsMessagesItem": ".job_details_messages_item",
    "JobDetailsOrganization": ".job_details_organization",
    "JobDetailsParallelRunsItem": ".job_details_parallel_runs_item",
    "JobDetailsPipeline": ".job_details_pipeline",
    "JobDetailsProject": ".job_details_project",
    "JobDetailsStatus": ".job_details_status",
    "JobMetricsPage": ".job_metrics_page",
    "JobMetricsPageItemsItem": ".job_metrics_page_items_item",
    "JobMetricsPageItemsItemMetrics": ".job_metrics_page_items_item_metrics",
    "JobMetricsPageItemsItemMetricsDurationMetrics": ".job_metrics_page_items_item_metrics_duration_metrics",
    "JobRequires": ".job_requires",
    "JobRequiresAdditionalPropertyItem": ".job_requires_additional_property_item",
    "JobStatus": ".job_status",
    "JobTimeseriesPage": ".job_timeseries_page",
    "JobTimeseriesPageItemsItem": ".job_timeseries_page_items_item",
    "JobTimeseriesPageItemsItemMetrics": ".job_timeseries_page_items_item_metrics",
    "JobTimeseriesPageItemsItemMetricsDurationMetrics": ".job_timeseries_page_items_item_metrics_duration_metrics",
    "JobType": ".job_type",
    "Label": ".label",
    "ListCheckoutKeysDigest": ".list_checkout_keys_digest",
    "ListContextsOwnerType": ".list_contexts_owner_type",
    "MessageResponse": ".message_response",
    "MonthlyTimetable": ".monthly_timetable",
    "MonthlyTimetableDaysOfWeekItem": ".monthly_timetable_days_of_week_item",
    "MonthlyTimetableMonthsItem": ".monthly_timetable_months_item",
    "OrgInsightsSummary": ".org_insights_summary",
    "OrgInsightsSummaryOrgData": ".org_insights_summary_org_data",
    "OrgInsightsSummaryOrgDataMetrics": ".org_insights_summary_org_data_metrics",
    "OrgInsightsSummaryOrgDataTrends": ".org_insights_summary_org_data_trends",
    "OrgInsightsSummaryOrgProjectDataItem": ".org_insights_summary_org_project_data_item",
    "OrgInsightsSummaryOrgProjectDataItemMetrics": ".org_insights_summary_org_project_data_item_metrics",
    "OrgInsightsSummaryOrgProjectDataItemTrends": ".org_insights_summary_org_project_data_item_trends",
    "Organization": ".organization",
    "OrganizationVcsType": ".organization_vcs_type",
    "PatchClaimsRequest": ".patch_claims_request",
    "PatchProjectSettingsProvider": ".patch_project_settings_provider",
    "Pipeline": ".pipeline",
    "PipelineConfig": ".pipeline_config",
    "PipelineCreation": ".pipeline_creation",
    "PipelineCreationState": ".pipeline_creation_state",
    "PipelineDefinition": ".pipeline_definition",
    "PipelineDefinitionCheckoutSource": ".pipeline_definition_checkout_source",
    "PipelineDefinitionConfigSource": ".pipeline_definition_config_source",
    "PipelineDefinitionList": ".pipeline_definition_list",
    "PipelineDefinitionRepo": ".pipeline_definition_repo",
    "PipelineErrorsItem": ".pipeline_errors_item",
    "PipelineErrorsItemType": ".pipeline_errors_item_type",
    "PipelineListResponse": ".pipeline_list_response",
    "PipelineRunCreated": ".pipeline_run_created",
    "PipelineRunCreatedState": ".pipeline_run_created_state",
    "PipelineRunRequest": ".pipeline_run_request",
    "PipelineRunRequestCheckout": ".pipeline_run_request_checkout",
    "PipelineRunRequestConfig": ".pipeline_run_request_config",
    "PipelineRunRequestParameters": ".pipeline_run_request_parameters",
    "PipelineState": ".pipeline_state",
    "PipelineTrigger": ".pipeline_trigger",
    "PipelineTriggerActor": ".pipeline_trigger_actor",
    "PipelineTriggerParameters": ".pipeline_trigger_parameters",
    "PipelineTriggerParametersAdditionalPropertyType3": ".pipeline_trigger_parameters_additional_property_type_3",
    "PipelineTriggerType": ".pipeline_trigger_type",
    "PipelineValues": ".pipeline_values",
    "PipelineVcs": ".pipeline_vcs",
    "PipelineVcsCommit": ".pipeline_vcs_commit",
    "PipelineWarningsItem": ".pipeline_warnings_item",
    "PipelineWarningsItemType": ".pipeline_warnings_item_type",
    "Policy": ".policy",
    "PolicyBundle": ".policy_bundle",
    "Project": ".project",
    "ProjectInsightsSummary": ".project_insights_summary",
    "ProjectInsightsSummaryProjectData": ".project_insights_summary_project_data",
    "ProjectInsightsSummaryProjectDataMetrics": ".project_insights_summary_project_data_metrics",
    "ProjectInsightsSummaryProjectDataTrends": ".project_insights_summary_project_data_trends",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItem": ".project_insights_summary_project_workflow_branch_data_item",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics": ".project_insights_summary_project_workflow_branch_data_item_metrics",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends": ".project_insights_summary_project_workflow_branch_data_item_trends",
    "ProjectInsightsSummaryProjectWorkflowDataItem": ".project_insights_summary_project_workflow_data_item",
    "ProjectInsightsSummaryProjectWorkflowDataItemMetrics": ".project_insights_summary_project_workflow_data_item_metrics",
    "ProjectInsightsSummaryProjectWorkflowDataItemTrends": ".project_insights_summary_project_workflow_data_item_trends",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsAdvanced": ".project_settings_advanced",
    "ProjectVcsInfo": ".project_vcs_info",
    "ProjectVcsInfoProvider": ".project_vcs_info_provider",
    "RerunWorkflowParameters": ".rerun_workflow_parameters",
    "RerunWorkflowResult": ".rerun_workflow_result",
    "RollbackProjectRequest": ".rollback_project_request",
    "RollbackProjectRequestParameters": ".rollback_project_request_parameters",
    "RollbackProjectResponse": ".rollback_project_response",
    "Schedule": ".schedule",
    "ScheduleList": ".schedule_list",
    "ScheduleParameters": ".schedule_parameters",
    "TestsResponse": ".tests_response",
    "TestsResponseItemsItem": ".tests_response_items_item",
    "Trigger": ".trigger",
    "TriggerEventPreset": ".trigger_event_preset",
    "TriggerEventSource": ".trigger_event_source",
    "TriggerEventSourceRepo": ".trigger_event_source_repo",
    "TriggerEventSourceSchedule": ".trigger_event_source_schedule",
    "TriggerEventSourceScheduleAttributionActor": ".trigger_event_source_schedule_attribution_actor",
    "TriggerEventSourceWebhook": ".trigger_event_source_webhook",
    "TriggerList": ".trigger_list",
    "TriggerParameters": ".trigger_parameters",
    "TriggerPipelineParameters": ".trigger_pipeline_parameters",
    "TriggerPipelineParametersParameters": ".trigger_pipeline_parameters_parameters",
    "TriggerPipelineRunProvider": ".trigger_pipeline_run_provider",
    "UpdatePipelineDefinitionRequest": ".update_pipeline_definition_request",
    "UpdatePipelineDefinitionRequestCheckoutSource": ".update_pipeline_definition_request_checkout_source",
    "UpdatePipelineDefinitionRequestCheckoutSourceRepo": ".update_pipeline_definition_request_checkout_source_repo",
    "UpdatePipelineDefinitionRequestConfigSource": ".update_pipeline_definition_request_config_source",
    "UpdateScheduleParameters": ".update_schedule_parameters",
    "UpdateScheduleParametersAttributionActor": ".update_schedule_parameters_attribution_actor",
    "UpdateScheduleParametersParameters": ".update_schedule_parameters_parameters",
    "UpdateScheduleParametersTimetable": ".update_schedule_parameters_timetable",
    "UpdateScheduleParametersTimetableDaysOfWeekItem": ".update_schedule_parameters_timetable_days_of_week_item",
    "UpdateScheduleParametersTimetableMonthsItem": ".update_schedule_parameters_timetable_months_item",
    "UpdateTriggerRequest": ".update_trigger_request",
    "UpdateTriggerRequestEventSource": ".update_trigger_request_event_source",
    "UpdateTriggerRequestEventSourceSchedule": ".update_trigger_request_event_source_schedule",
    "UpdateTriggerRequestEventSourceScheduleAttributionActor": ".update_trigger_request_event_source_schedule_attribution_actor",
    "UpdateTriggerRequestEventSourceWebhook": ".update_trigger_request_event_source_webhook",
    "UpdateTriggerRequestParameters": ".update_trigger_request_parameters",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UpdateWebhookRequestEventsItem": ".update_webhook_request_events_item",
    "UrlOrbAllowList": ".url_orb_allow_list",
    "UrlOrbAllowListEntryResult": ".url_orb_allow_list_entry_result",
    "UrlOrbAllowListItemsItem": ".url_orb_allow_list_items_item",
    "UrlOrbAllowListItemsItemAuth": ".url_orb_allow_list_items_item_auth",
    "UsageExportJob": ".usage_export_job",
    "UsageExportJobState": ".usage_export_job_state",
    "UsageExportJobStatus": ".usage_export_job_status",
    "UsageExportJobStatusState": ".usage_export_job_status_state",
    "User": ".user",
    "Violation": ".violation",
    "Webhook": ".webhook",
    "WebhookEventsItem": ".webhook_events_item",
    "WebhookList": ".webhook_list",
    "WebhookScope": ".webhook_scope",
    "WeeklyTimetable": ".weekly_timetable",
    "WeeklyTimetableDaysOfWeekItem": ".weekly_timetable_days_of_week_item",
    "WeeklyTimetableMonthsItem": ".weekly_timetable_months_item",
    "Workflow": ".workflow",
    "WorkflowInsightsSummary": ".workflow_insights_summary",
    "WorkflowInsightsSummaryMetrics": ".workflow_insights_summary_metrics",
    "WorkflowInsightsSummaryMetricsDurationMetrics": ".workflow_insights_summary_metrics_duration_metrics",
    "WorkflowInsightsSummaryTrends": ".workflow_insights_summary_trends",
    "WorkflowJobListResponse": ".workflow_job_list_response",
    "WorkflowListResponse": ".workflow_list_response",
    "WorkflowMetricsPage": ".workflow_metrics_page",
    "WorkflowMetricsPageItemsItem": ".workflow_metrics_page_items_item",
    "WorkflowMetricsPageItemsItemMetrics": ".workflow_metrics_page_items_item_metrics",
    "WorkflowMetricsPageItemsItemMetricsDurationMetrics": ".workflow_metrics_page_items_item_metrics_duration_metrics",
    "WorkflowRunsPage": ".workflow_runs_page",
    "WorkflowRunsPageItemsItem": ".workflow_runs_page_items_item",
    "WorkflowRunsPageItemsItemStatus": ".workflow_runs_page_items_item_status",
    "WorkflowStatus": ".workflow_status",
    "WorkflowTag": ".workflow_tag",
    "WorkflowTestMetrics": ".workflow_test_metrics",
    "WorkflowTestMetricsMostFailedTestsItem": ".workflow_test_metrics_most_failed_tests_item",
    "WorkflowTestMetricsSlowestTestsItem": ".workflow_test_metrics_slowest_tests_item",
    "WorkflowTestMetricsTestRunsItem": ".workflow_test_metrics_test_runs_item",
    "WorkflowTestMetricsTestRunsItemTestCounts": ".workflow_test_metrics_test_runs_item_test_counts",
}

__all__ = [
    "Artifact",
    "ArtifactListResponse",
    "BundleDiff",
    "BundlePayload",
    "BundlePayloadPolicies",
    "CheckoutKey",
    "CheckoutKeyCheckoutKeyType",
    "CheckoutKeyInput",
    "CheckoutKeyInputCheckoutKeyInputType",
    "CheckoutKeyListResponse",
    "CircleCIConfigSource",
    "CircleCIConfigSourceProvider",
    "ClaimResponse",
    "Collaboration",
    "Component",
    "ComponentList",
    "ComponentVersion",
    "ComponentVersionList",
    "Context",
    "ContextEnvironmentVariable",
    "ContextEnvironmentVariableList",
    "ContextEnvironmentVariableListItemsItem",
    "ContextEnvironmentVariableValue",
    "ContextList",
    "ContextOwnerById",
    "ContextOwnerByIdType",
    "ContextOwnerBySlug",
    "ContextOwnerBySlugType",
    "ContextRestriction",
    "ContextRestrictionList",
    "ContextRestrictionListItemsItem",
    "ContextRestrictionListItemsItemRestrictionType",
    "ContextRestrictionRestrictionType",
    "ContinuePipelineRequest",
    "ContinuePipelineRequestParameters",
    "CreateContextRequest",
    "CreateContextRestrictionRequest",
    "CreateContextRestrictionRequestRestrictionType",
    "CreateEnvironmentVariableRequest",
    "CreateExporterRequest",
    "CreateExporterRequestHeaders",
    "CreateExporterRequestProtocol",
    "CreateGroupRequest",
    "CreateOrganizationRequest",
    "CreateOrganizationRequestVcsType",
    "CreatePipelineDefinitionRequest",
    "CreatePipelineDefinitionRequestCheckoutSource",
    "CreatePipelineDefinitionRequestCheckoutSourceProvider",
    "CreatePipelineDefinitionRequestCheckoutSourceRepo",
    "CreateProjectFromVcsProvider",
    "CreateProjectRequest",
    "CreateScheduleParameters",
    "CreateScheduleParametersAttributionActor",
    "CreateScheduleParametersParameters",
    "CreateTriggerRequest",
    "CreateTriggerRequestEventSource",
    "CreateTriggerRequestEventSourceRepo",
    "CreateTriggerRequestEventSourceSchedule",
    "CreateTriggerRequestEventSourceScheduleAttributionActor",
    "CreateTriggerRequestEventSourceWebhook",
    "CreateTriggerRequestParameters",
    "CreateUrlOrbAllowListEntryRequest",
    "CreateUrlOrbAllowListEntryRequestAuth",
    "CreateUsageExportRequest",
    "CreateWebhookRequest",
    "CreateWebhookRequestEventsItem",
    "CreateWebhookScope",
    "CreateWebhookScopeType",
    "Decision",
    "DecisionLog",
    "DecisionLogMetadata",
    "DecisionLogMetadataVcs",
    "DecisionLogPolicies",
    "DecisionRequest",
    "DecisionRequestMetadata",
    "DecisionSettings",
    "Environment",
    "EnvironmentList",
    "EnvironmentVariable",
    "EnvironmentVariableListResponse",
    "ErrorResponse",
    "Exporter",
    "ExporterHeaders",
    "ExporterProtocol",
    "FlakyTestsReport",
    "FlakyTestsReportFlakyTestsItem",
    "GetJobResponse",
    "GetJobTimeseriesGranularity",
    "GetOrgSummaryDataReportingWindow",
    "GetProjectSettingsProvider",
    "GetProjectWorkflowJobMetricsReportingWindow",
    "GetProjectWorkflowMetricsReportingWindow",
    "GetProjectWorkflowsPageDataReportingWindow",
    "GetWebhooksScopeType",
    "GithubAppConfigSource",
    "GithubAppConfigSourceProvider",
    "GithubAppConfigSourceRepo",
    "Group",
    "GroupList",
    "InsightsBranches",
    "Job",
    "JobDetails",
    "JobDetailsContextsItem",
    "JobDetailsExecutor",
    "JobDetailsLatestWorkflow",
    "JobDetailsMessagesItem",
    "JobDetailsOrganization",
    "JobDetailsParallelRunsItem",
    "JobDetailsPipeline",
    "JobDetailsProject",
    "JobDetailsStatus",
    "JobMetricsPage",
    "JobMetricsPageItemsItem",
    "JobMetricsPageItemsItemMetrics",
    "JobMetricsPageItemsItemMetricsDurationMetrics",
    "JobRequires",
    "JobRequiresAdditionalPropertyItem",
    "JobStatus",
    "JobTimeseriesPage",
    "JobTimeseriesPageItemsItem",
    "JobTimeseriesPageItemsItemMetrics",
    "JobTimeseriesPageItemsItemMetricsDurationMetrics",
    "JobType",
    "Label",
    "ListCheckoutKeysDigest",
    "ListContextsOwnerType",
    "MessageResponse",
    "MonthlyTimetable",
    "MonthlyTimetableDaysOfWeekItem",
    "MonthlyTimetableMonthsItem",
    "Organization",
    "OrganizationVcsType",
    "OrgInsightsSummary",
    "OrgInsightsSummaryOrgData",
    "OrgInsightsSummaryOrgDataMetrics",
    "OrgInsightsSummaryOrgDataTrends",
    "OrgInsightsSummaryOrgProjectDataItem",
    "OrgInsightsSummaryOrgProjectDataItemMetrics",
    "OrgInsightsSummaryOrgProjectDataItemTrends",
    "PatchClaimsRequest",
    "PatchProjectSettingsProvider",
    "Pipeline",
    "PipelineConfig",
    "PipelineCreation",
    "PipelineCreationState",
    "PipelineDefinition",
    "PipelineDefinitionCheckoutSource",
    "PipelineDefinitionConfigSource",
    "PipelineDefinitionList",
    "PipelineDefinitionRepo",
    "PipelineErrorsItem",
    "PipelineErrorsItemType",
    "PipelineListResponse",
    "PipelineRunCreated",
    "PipelineRunCreatedState",
    "PipelineRunRequest",
    "PipelineRunRequestCheckout",
    "PipelineRunRequestConfig",
    "PipelineRunRequestParameters",
    "PipelineState",
    "PipelineTrigger",
    "PipelineTriggerActor",
    "PipelineTriggerParameters",
    "PipelineTriggerParametersAdditionalPropertyType3",
    "PipelineTriggerType",
    "PipelineValues",
    "PipelineVcs",
    "PipelineVcsCommit",
    "PipelineWarningsItem",
    "PipelineWarningsItemType",
    "Policy",
    "PolicyBundle",
    "Project",
    "ProjectInsightsSummary",
    "ProjectInsightsSummaryProjectData",
    "ProjectInsightsSummaryProjectDataMetrics",
    "ProjectInsightsSummaryProjectDataTrends",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItem",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemMetrics",
    "ProjectInsightsSummaryProjectWorkflowBranchDataItemTrends",
    "ProjectInsightsSummaryProjectWorkflowDataItem",
    "ProjectInsightsSummaryProjectWorkflowDataItemMetrics",
    "ProjectInsightsSummaryProjectWorkflowDataItemTrends",
    "ProjectSettings",
    "ProjectSettingsAdvanced",
    "ProjectVcsInfo",
    "ProjectVcsInfoProvider",
    "RerunWorkflowParameters",
    "RerunWorkflowResult",
    "RollbackProjectRequest",
    "RollbackProjectRequestParameters",
    "RollbackProjectResponse",
    "Schedule",
    "ScheduleList",
    "ScheduleParameters",
    "TestsResponse",
    "TestsResponseItemsItem",
    "Trigger",
    "TriggerEventPreset",
    "TriggerEventSource",
    "TriggerEventSourceRepo",
    "TriggerEventSourceSchedule",
    "TriggerEventSourceScheduleAttributionActor",
    "TriggerEventSourceWebhook",
    "TriggerList",
    "TriggerParameters",
    "TriggerPipelineParameters",
    "TriggerPipelineParametersParameters",
    "TriggerPipelineRunProvider",
    "UpdatePipelineDefinitionRequest",
    "UpdatePipelineDefinitionRequestCheckoutSource",
    "UpdatePipelineDefinitionRequestCheckoutSourceRepo",
    "UpdatePipelineDefinitionRequestConfigSource",
    "UpdateScheduleParameters",
    "UpdateScheduleParametersAttributionActor",
    "UpdateScheduleParametersParameters",
    "UpdateScheduleParametersTimetable",
    "UpdateScheduleParametersTimetableDaysOfWeekItem",
    "UpdateScheduleParametersTimetableMonthsItem",
    "UpdateTriggerRequest",
    "UpdateTriggerRequestEventSource",
    "UpdateTriggerRequestEventSourceSchedule",
    "UpdateTriggerRequestEventSourceScheduleAttributionActor",
    "UpdateTriggerRequestEventSourceWebhook",
    "UpdateTriggerRequestParameters",
    "UpdateWebhookRequest",
    "UpdateWebhookRequestEventsItem",
    "UrlOrbAllowList",
    "UrlOrbAllowListEntryResult",
    "UrlOrbAllowListItemsItem",
    "UrlOrbAllowListItemsItemAuth",
    "UsageExportJob",
    "UsageExportJobState",
    "UsageExportJobStatus",
    "UsageExportJobStatusState",
    "User",
    "Violation",
    "Webhook",
    "WebhookEventsItem",
    "WebhookList",
    "WebhookScope",
    "WeeklyTimetable",
    "WeeklyTimetableDaysOfWeekItem",
    "WeeklyTimetableMonthsItem",
    "Workflow",
    "WorkflowInsightsSummary",
    "WorkflowInsightsSummaryMetrics",
    "WorkflowInsightsSummaryMetricsDurationMetrics",
    "WorkflowInsightsSummaryTrends",
    "WorkflowJobListResponse",
    "WorkflowListResponse",
    "WorkflowMetricsPage",
    "WorkflowMetricsPageItemsItem",
    "WorkflowMetricsPageItemsItemMetrics",
    "WorkflowMetricsPageItemsItemMetricsDurationMetrics",
    "WorkflowRunsPage",
    "WorkflowRunsPageItemsItem",
    "WorkflowRunsPageItemsItemStatus",
    "WorkflowStatus",
    "WorkflowTag",
    "WorkflowTestMetrics",
    "WorkflowTestMetricsMostFailedTestsItem",
    "WorkflowTestMetricsSlowestTestsItem",
    "WorkflowTestMetricsTestRunsItem",
    "WorkflowTestMetricsTestRunsItemTestCounts",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
