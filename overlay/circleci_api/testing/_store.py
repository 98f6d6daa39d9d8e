"""The fake's in-memory state: plain records, id and clock sources, and lookups that raise 404s."""

from __future__ import annotations

import datetime as _dt
import random
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from circleci_api.slugs import ProjectSlug

if TYPE_CHECKING:
    from circleci_api.testing._api_webhooks import WebhookRecord
    from circleci_api.testing._runs import RunScript

__all__ = [
    "ApiError",
    "Artifact",
    "Context",
    "Definition",
    "ExportJob",
    "ExportScript",
    "Job",
    "Org",
    "Pipeline",
    "Project",
    "Restriction",
    "Store",
    "Trigger",
    "Workflow",
    "rfc3339",
]

#: Advanced settings of a new project, as CircleCI sets them.
DEFAULT_SETTINGS: dict[str, Any] = {
    "autocancel_builds": False,
    "build_fork_prs": False,
    "build_prs_only": False,
    "disable_ssh": False,
    "forks_receive_secret_env_vars": False,
    "oss": False,
    "set_github_status": True,
    "setup_workflows": False,
    "write_settings_requires_admin": False,
    "pr_only_branch_overrides": ["main"],
}


class ApiError(Exception):
    """Raised by a handler; becomes a ``{"message": ...}`` response with ``status``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {message}")
        self.status = status
        self.message = message
        self.headers = headers or {}


def rfc3339(value: _dt.datetime) -> str:
    """``2025-09-01T10:15:30.250Z``: UTC, millisecond precision."""
    return value.astimezone(_dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Org:
    """An organization: ``slug`` is ``gh/acme`` style, ``vcs`` the long VCS name."""

    id: str
    name: str
    slug: str
    vcs: str
    created_at: _dt.datetime


@dataclass
class Project:
    """A project; ``settings`` holds its advanced settings."""

    id: str
    slug: str
    name: str
    org: Org
    repo_external_id: str
    default_branch: str
    open_source: bool
    created_at: _dt.datetime
    settings: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_SETTINGS))
    pipeline_count: int = 0
    job_count: int = 0

    @property
    def repo_full_name(self) -> str:
        return f"{self.org.name}/{self.name}"

    @property
    def vcs_url(self) -> str:
        host = {"github": "github.com", "bitbucket": "bitbucket.org"}.get(self.org.vcs, "circleci.com")
        return f"https://{host}/{self.repo_full_name}"


@dataclass
class Restriction:
    """A context restriction (project, expression or group)."""

    id: str
    type: str
    value: str
    project: Project | None = None


@dataclass
class Context:
    """A context and its restrictions, in creation order."""

    id: str
    name: str
    org: Org
    created_at: _dt.datetime
    restrictions: dict[str, Restriction] = field(default_factory=dict)


@dataclass
class Definition:
    """A pipeline definition; ``config_source`` and ``checkout_source`` are stored as sent."""

    id: str
    project: Project
    name: str
    created_at: _dt.datetime
    config_source: dict[str, Any]
    checkout_source: dict[str, Any]
    description: str | None = None


@dataclass
class Trigger:
    """A trigger of a pipeline definition; ``fields`` holds what was sent (minus ``event_source``)."""

    id: str
    definition: Definition
    created_at: _dt.datetime
    event_source: dict[str, Any]
    fields: dict[str, Any]


@dataclass(frozen=True)
class ExportScript:
    """How one usage export job behaves.

    ``processing_polls``: GETs answered with ``processing`` before the job ends.  ``parts``: how many
    CSV files.  ``rows``: total rows (default: ``rows_per_day`` per day of the window).
    ``outcome`` is ``"completed"`` or ``"failed"`` (with ``error_reason``).
    """

    outcome: str = "completed"
    processing_polls: int = 1
    parts: int = 2
    rows: int | None = None
    rows_per_day: int = 8
    error_reason: str = "The export could not be completed"


@dataclass
class ExportJob:
    """A usage export job; ``parts`` is filled when it completes."""

    id: str
    org: Org
    start: _dt.datetime
    end: _dt.datetime
    shared_org_ids: list[str]
    script: ExportScript
    state: str = "created"
    polls: int = 0
    parts: list[bytes] = field(default_factory=list)
    row_count: int = 0


@dataclass
class Artifact:
    """A file a job stored; served by the fake at its own URL."""

    path: str
    data: bytes
    node_index: int = 0


@dataclass
class Job:
    """A job of a workflow (``type`` is ``build`` or ``approval``)."""

    id: str
    name: str
    type: str
    number: int | None
    requires: tuple[str, ...]
    status: str = "blocked"
    started_at: _dt.datetime | None = None
    stopped_at: _dt.datetime | None = None
    approval_request_id: str | None = None
    approved_by: str | None = None
    artifacts: list[Artifact] = field(default_factory=list)


@dataclass
class Workflow:
    """A workflow: ``frames`` are the snapshots it goes through, ``step`` the one it shows now."""

    id: str
    name: str
    pipeline: Pipeline
    created_at: _dt.datetime
    jobs: dict[str, Job]
    frames: list[tuple[str, dict[str, str]]]
    gate: int | None
    approve_after: int | None
    step: int = 0
    polls_on_hold: int = 0
    stopped_at: _dt.datetime | None = None

    @property
    def status(self) -> str:
        return self.frames[self.step][0]


@dataclass
class Pipeline:
    """A pipeline created by a run: its state, its errors and (once they appear) its workflows."""

    id: str
    number: int
    project: Project
    created_at: _dt.datetime
    state: str
    branch: str
    revision: str
    parameters: dict[str, Any]
    actor: str
    script: RunScript
    errors: list[dict[str, str]] = field(default_factory=list)
    workflows: list[Workflow] = field(default_factory=list)
    updated_at: _dt.datetime | None = None
    polls: int = 0


class Store:
    """Every record of the fake, with id and time sources and lookups by id."""

    def __init__(self, *, seed: int | None, clock: Callable[[], _dt.datetime] | None) -> None:
        self._rng = random.Random(seed)
        self._clock = clock
        self.user_id = self.new_id()
        self.secret = self._rng.getrandbits(128).to_bytes(16, "big")
        self.run_scripts: deque[RunScript] = deque()
        self.default_run: RunScript | None = None
        self.export_scripts: deque[ExportScript] = deque()
        self.default_export = ExportScript()
        self.orgs: dict[str, Org] = {}
        self.projects: dict[str, Project] = {}
        self.contexts: dict[str, Context] = {}
        self.definitions: dict[str, Definition] = {}
        self.triggers: dict[str, Trigger] = {}
        self.exports: dict[str, ExportJob] = {}
        self.pipelines: dict[str, Pipeline] = {}
        self.workflows: dict[str, Workflow] = {}
        self.jobs_by_number: dict[tuple[str, int], Job] = {}
        self.webhooks: dict[str, WebhookRecord] = {}

    # ------------------------------------------------------------------ sources

    def new_id(self) -> str:
        """A random (seeded) version-4 UUID."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def random(self) -> random.Random:
        return self._rng

    def now(self) -> _dt.datetime:
        """The fake's current time (timezone-aware UTC)."""
        value = self._clock() if self._clock is not None else _dt.datetime.now(_dt.UTC)
        if value.tzinfo is None:
            raise ValueError("the fake's clock must return timezone-aware datetimes")
        return value.astimezone(_dt.UTC)

    # ------------------------------------------------------------------ seeding

    def add_org(self, slug: str, *, org_id: str | None = None) -> Org:
        vcs, _, name = slug.partition("/")
        if not name or "/" in name:
            raise ValueError(f"organization slug {slug!r} must look like 'gh/acme'")
        long_vcs = {"gh": "github", "bb": "bitbucket"}.get(vcs, vcs)
        for org in self.orgs.values():
            if org.vcs == long_vcs and org.name == name:
                return org
        org = Org(id=org_id or self.new_id(), name=name, slug=slug, vcs=long_vcs, created_at=self.now())
        self.orgs[org.id] = org
        return org

    def add_project(
        self,
        slug: str,
        *,
        project_id: str | None = None,
        default_branch: str = "main",
        open_source: bool = False,
    ) -> Project:
        parsed = ProjectSlug.parse(slug)
        existing = self.find_project(str(parsed))
        if existing is not None:
            return existing
        org = self.add_org(f"{parsed.vcs}/{parsed.organization}")
        project = Project(
            id=project_id or self.new_id(),
            slug=str(parsed),
            name=parsed.project,
            org=org,
            repo_external_id=str(self._rng.randint(10_000_000, 999_999_999)),
            default_branch=default_branch,
            open_source=open_source,
            created_at=self.now(),
        )
        self.projects[project.id] = project
        return project

    # ------------------------------------------------------------------ lookups

    def org(self, org_id: str) -> Org:
        org = self.orgs.get(org_id)
        if org is None:
            raise ApiError(404, "Organization not found")
        return org

    def org_by_slug(self, slug: str) -> Org | None:
        vcs, _, name = slug.partition("/")
        long_vcs = {"gh": "github", "bb": "bitbucket"}.get(vcs, vcs)
        return next((o for o in self.orgs.values() if o.vcs == long_vcs and o.name == name), None)

    def project(self, project_id: str) -> Project:
        project = self.projects.get(project_id)
        if project is None:
            raise ApiError(404, "Project not found")
        return project

    def find_project(self, slug: str) -> Project | None:
        """The project with ``slug`` (``gh`` and ``github`` spellings are the same VCS), if any."""
        try:
            wanted = ProjectSlug.parse(slug)
        except ValueError:
            return None
        key = (wanted.vcs_name, wanted.organization, wanted.project)
        for project in self.projects.values():
            have = ProjectSlug.parse(project.slug)
            if (have.vcs_name, have.organization, have.project) == key:
                return project
        return None

    def project_by_slug(self, slug: str) -> Project:
        project = self.find_project(slug)
        if project is None:
            raise ApiError(404, "Project not found")
        return project

    def context(self, context_id: str) -> Context:
        context = self.contexts.get(context_id)
        if context is None:
            raise ApiError(404, "Context not found")
        return context

    def definition(self, project: Project, definition_id: str) -> Definition:
        definition = self.definitions.get(definition_id)
        if definition is None or definition.project is not project:
            raise ApiError(404, "Pipeline definition not found")
        return definition

    def trigger(self, project: Project, trigger_id: str) -> Trigger:
        trigger = self.triggers.get(trigger_id)
        if trigger is None or trigger.definition.project is not project:
            raise ApiError(404, "Trigger not found")
        return trigger

    def pipeline(self, pipeline_id: str) -> Pipeline:
        pipeline = self.pipelines.get(pipeline_id)
        if pipeline is None:
            raise ApiError(404, "Pipeline not found")
        return pipeline

    def workflow(self, workflow_id: str) -> Workflow:
        workflow = self.workflows.get(workflow_id)
        if workflow is None:
            raise ApiError(404, "Workflow not found")
        return workflow

    def job(self, project: Project, number: int) -> Job:
        job = self.jobs_by_number.get((project.id, number))
        if job is None:
            raise ApiError(404, "Job not found")
        return job
