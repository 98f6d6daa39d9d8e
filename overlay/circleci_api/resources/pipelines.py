"""``client.pipelines``: the generated pipeline operations plus ``wait`` and ``run_and_wait``."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from circleci_api._clock import ASYNC_SYSTEM_CLOCK, SYSTEM_CLOCK, AsyncClock, Clock
from circleci_api._models import UNSET, Unset
from circleci_api._plan import Action, Sleep, adrive, drive
from circleci_api.waiting import (
    DEFAULT_GRACE_PERIOD,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_TIMEOUT,
    GetPipeline,
    ListJobs,
    ListWorkflows,
    PipelineNotCreated,
    PipelineWaitResult,
    PipelineWaitState,
    WaitSettings,
    wait_plan,
)
from circleci_api_generated.api.workflow import list_workflow_jobs as _list_workflow_jobs
from circleci_api_generated.resources.pipelines import AsyncPipelines as _AsyncPipelines
from circleci_api_generated.resources.pipelines import Pipelines as _Pipelines

if TYPE_CHECKING:
    from circleci_api.slugs import ProjectSlug
    from circleci_api_generated.models.pipeline_run_request_checkout import PipelineRunRequestCheckout
    from circleci_api_generated.models.pipeline_run_request_config import PipelineRunRequestConfig

__all__ = ["AsyncPipelines", "Pipelines"]

OnUpdate = Callable[[PipelineWaitState], Any]


def _created_id(response: object) -> str:
    """The id of the pipeline a run created, or ``PipelineNotCreated``."""
    from circleci_api_generated.models.pipeline_run_created import PipelineRunCreated

    if isinstance(response, PipelineRunCreated) and response.id:
        return response.id
    message = getattr(response, "message", None)
    raise PipelineNotCreated(message if isinstance(message, str) and message else "no pipeline id returned")


class Pipelines(_Pipelines):
    """Operations under ``client.pipelines``."""

    def wait(
        self,
        pipeline_id: str | uuid.UUID,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        grace_period: float = DEFAULT_GRACE_PERIOD,
        clock: Clock | None = None,
    ) -> PipelineWaitResult:
        """Poll a pipeline until its workflows are done; return them with the failed jobs.

        Times are in seconds.  ``on_update(state)`` is called whenever the pipeline state or a
        workflow status changes.  Raises ``WaitTimeoutError`` (with ``last_state``) after ``timeout``,
        ``RequestValidationError`` for bad arguments and the usual ``APIStatusError`` subclasses for
        API errors other than 429 (which is waited out).  See ``circleci_api.waiting`` for the rules.
        """
        settings = WaitSettings.of(timeout, poll_interval, grace_period, on_update)
        clock = clock or SYSTEM_CLOCK

        def execute(action: Action) -> Any:
            if isinstance(action, Sleep):
                return clock.sleep(action.seconds)
            if isinstance(action, GetPipeline):
                return self.get(action.pipeline_id)
            if isinstance(action, ListWorkflows):
                return list(self.workflows(action.pipeline_id))
            if isinstance(action, ListJobs):
                return list(_list_workflow_jobs.sync(self._caller, action.workflow_id))
            raise TypeError(f"unknown action {action!r}")

        return drive(wait_plan(str(pipeline_id), settings, clock), execute)

    def run_and_wait(
        self,
        project_slug: str | ProjectSlug,
        *,
        definition_id: str | None | Unset = UNSET,
        config: PipelineRunRequestConfig | Mapping[str, Any] | None | Unset = UNSET,
        checkout: PipelineRunRequestCheckout | Mapping[str, Any] | None | Unset = UNSET,
        parameters: Mapping[str, Any] | None | Unset = UNSET,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        grace_period: float = DEFAULT_GRACE_PERIOD,
        clock: Clock | None = None,
    ) -> PipelineWaitResult:
        """Trigger a pipeline run (``client.pipelines.run``) and ``wait`` for it.

        Raises ``PipelineNotCreated`` when CircleCI answers without creating a pipeline (for
        example a commit marked to skip CI), and whatever ``run`` and ``wait`` raise.
        """
        settings = WaitSettings.of(timeout, poll_interval, grace_period, on_update)
        created = self.run(
            project_slug, definition_id=definition_id, config=config, checkout=checkout, parameters=parameters
        )
        return self.wait(
            _created_id(created),
            timeout=settings.timeout,
            poll_interval=settings.poll_interval,
            on_update=settings.on_update,
            grace_period=settings.grace_period,
            clock=clock,
        )


class AsyncPipelines(_AsyncPipelines):
    """Operations under ``client.pipelines`` (async)."""

    async def wait(
        self,
        pipeline_id: str | uuid.UUID,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        grace_period: float = DEFAULT_GRACE_PERIOD,
        clock: AsyncClock | None = None,
    ) -> PipelineWaitResult:
        """Async twin of ``CircleCI.pipelines.wait`` (``clock.sleep`` is awaited)."""
        settings = WaitSettings.of(timeout, poll_interval, grace_period, on_update)
        clock = clock or ASYNC_SYSTEM_CLOCK

        async def execute(action: Action) -> Any:
            if isinstance(action, Sleep):
                return await clock.sleep(action.seconds)
            if isinstance(action, GetPipeline):
                return await self.get(action.pipeline_id)
            if isinstance(action, ListWorkflows):
                return [workflow async for workflow in self.workflows(action.pipeline_id)]
            if isinstance(action, ListJobs):
                return [job async for job in _list_workflow_jobs.asyncio(self._caller, action.workflow_id)]
            raise TypeError(f"unknown action {action!r}")

        return await adrive(wait_plan(str(pipeline_id), settings, clock), execute)

    async def run_and_wait(
        self,
        project_slug: str | ProjectSlug,
        *,
        definition_id: str | None | Unset = UNSET,
        config: PipelineRunRequestConfig | Mapping[str, Any] | None | Unset = UNSET,
        checkout: PipelineRunRequestCheckout | Mapping[str, Any] | None | Unset = UNSET,
        parameters: Mapping[str, Any] | None | Unset = UNSET,
        timeout: float = DEFAULT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        grace_period: float = DEFAULT_GRACE_PERIOD,
        clock: AsyncClock | None = None,
    ) -> PipelineWaitResult:
        """Async twin of ``CircleCI.pipelines.run_and_wait``."""
        settings = WaitSettings.of(timeout, poll_interval, grace_period, on_update)
        created = await self.run(
            project_slug, definition_id=definition_id, config=config, checkout=checkout, parameters=parameters
        )
        return await self.wait(
            _created_id(created),
            timeout=settings.timeout,
            poll_interval=settings.poll_interval,
            on_update=settings.on_update,
            grace_period=settings.grace_period,
            clock=clock,
        )
