"""``python -m circleci_api.demo`` (``make demo``): the seed's workflow, end to end.

Without ``--live`` it needs no account and no network: it starts the fake CircleCI
(``circleci_api.testing``) on 127.0.0.1 and walks through five steps, printing each one:

1. restrict a context to a project;
2. create a pipeline definition and a trigger;
3. run a pipeline and wait for it;
4. read and change the project's advanced settings;
5. export usage for a 45-day window (two export jobs) and count the merged CSV's rows.

With ``--live`` and ``CIRCLECI_TOKEN`` (or ``CIRCLE_TOKEN``) set, it only reads from CircleCI: who
you are, your organizations and, with ``--project``, that project's settings, pipeline definitions
and latest pipelines.  It never creates, changes or deletes anything there.

Exit codes: 0 done, 1 a step did not end as expected, 2 bad usage, 3 an API or network error.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from circleci_api._config import TOKEN_ENV_VARS
from circleci_api.errors import APIConnectionError, APIStatusError, CircleCIError

if TYPE_CHECKING:
    from circleci_api import CircleCI
    from circleci_api.testing import FakeCircleCI, Project

__all__ = ["main", "run_live", "run_offline"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_API = 0, 1, 2, 3
SLUG = "gh/acme/api"
#: Seconds between polls against the fake (against CircleCI the helpers default to 5 s and 360 s).
DEMO_POLL_SECONDS = 0.1
EXPORT_DAYS = 45
LIVE_PIPELINES = 5


class _Printer:
    """Numbered steps and indented lines on one stream."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def title(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def step(self, number: int, text: str) -> None:
        print(f"\n{number}. {text}", file=self.out, flush=True)

    def line(self, text: str) -> None:
        print(f"   {text}", file=self.out, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m circleci_api.demo",
        description="Walk through the seed workflow against a local fake CircleCI, "
        "or make read-only calls against CircleCI with --live.",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="read-only calls against CircleCI (needs CIRCLECI_TOKEN; honours CIRCLECI_BASE_URL)",
    )
    parser.add_argument("--project", metavar="SLUG", help="with --live: also read this project (gh/org/repo)")
    parser.add_argument(
        "--output",
        metavar="CSV",
        type=Path,
        help="keep the merged usage CSV here (default: a temporary file)",
    )
    return parser


# --------------------------------------------------------------------------- the offline walk-through


def _restrict_context(client: CircleCI, project: Project, say: _Printer) -> None:
    say.step(1, "Restrict a context to a project")
    found = client.projects.get(SLUG)
    say.line(f"project {found.slug}: id {found.id}")
    context = client.contexts.create(
        name="deploy-credentials", owner={"id": found.organization_id, "type": "organization"}
    )
    say.line(f"created context {context.name!r}: id {context.id}")
    restriction = client.contexts.restrictions.create(
        context.id, restriction_type="project", restriction_value=found.id
    )
    say.line(f"restricted it to project {restriction.name!r}: restriction {restriction.id}")
    listed = list(client.contexts.restrictions.list(context.id))
    kinds = ", ".join(f"{r.restriction_type} {r.name or r.restriction_value}" for r in listed)
    say.line(f"the context now has {len(listed)} restriction(s): {kinds}")


def _definition_and_trigger(client: CircleCI, project: Project, say: _Printer) -> str:
    say.step(2, "Create a pipeline definition and a trigger")
    repo = {"external_id": project.repo_external_id}
    definition = client.pipeline_definitions.create(
        project.id,
        name="build-and-deploy",
        description="Builds every push, deploys main",
        config_source={"provider": "github_app", "repo": repo, "file_path": ".circleci/config.yml"},
        checkout_source={"provider": "github_app", "repo": repo},
    )
    source = definition.config_source
    where = source.repo.full_name if source and source.repo else "the repository"
    file_path = source.file_path if source else "?"
    say.line(f"definition {definition.name!r} reads {file_path} from {where}: id {definition.id}")
    trigger = client.triggers.create(
        project.id,
        definition.id,
        event_source={"provider": "github_app", "repo": repo},
        event_preset="all-pushes",
    )
    say.line(f"trigger on {trigger.event_preset} from {where}: id {trigger.id}")
    count = len(client.triggers.list(project.id, definition.id).items or [])
    say.line(f"the definition has {count} trigger(s)")
    return definition.id


def _run_and_wait(client: CircleCI, definition_id: str, say: _Printer) -> bool:
    say.step(3, "Run a pipeline and wait for it")
    say.line(f"(polling every {DEMO_POLL_SECONDS} s; the default against CircleCI is 5 s)")
    result = client.pipelines.run_and_wait(
        SLUG,
        definition_id=definition_id,
        checkout={"branch": "main"},
        poll_interval=DEMO_POLL_SECONDS,
        on_update=lambda state: say.line(f"· {state.summary()}"),
    )
    flows = ", ".join(f"{w.name} {w.status}" for w in result.workflows) or "no workflows"
    say.line(
        f"pipeline #{result.pipeline.number} finished: {result.status} in {result.elapsed:.1f} s ({flows})"
    )
    for failed in result.failed_jobs:
        say.line(f"failed job {failed.workflow.name}/{failed.job.name}: {failed.job.status}")
    return result.status == "success"


def _settings(client: CircleCI, say: _Printer) -> bool:
    say.step(4, "Read and change the project settings")
    before = client.projects.settings.get(SLUG).advanced
    if before is None:
        say.line("the project has no advanced settings")
        return False
    wanted = {"autocancel_builds": True, "build_prs_only": True}
    settings = before.raw_json
    say.line(f"read {len(settings)} settings")
    say.line(f"  on:  {', '.join(n for n, v in settings.items() if v is True) or '-'}")
    say.line(f"  off: {', '.join(n for n, v in settings.items() if v is False) or '-'}")
    for name, value in settings.items():
        if not isinstance(value, bool):
            say.line(f"  {name}: {value}")
    client.projects.settings.update(SLUG, advanced=wanted)
    after = client.projects.settings.get(SLUG).advanced
    changes = ", ".join(f"{name} {getattr(before, name)} -> {getattr(after, name, None)}" for name in wanted)
    say.line(f"changed, then read back: {changes}")
    return after is not None and all(getattr(after, name) == value for name, value in wanted.items())


def _export_usage(client: CircleCI, org_id: str, output: Path | None, say: _Printer) -> bool:
    from circleci_api.usage import read_rows

    say.step(5, f"Export usage for a {EXPORT_DAYS}-day window")
    end = _dt.datetime.now(_dt.UTC).replace(microsecond=0) - _dt.timedelta(hours=1)
    start = end - _dt.timedelta(days=EXPORT_DAYS)
    say.line(f"{start:%Y-%m-%d %H:%M} .. {end:%Y-%m-%d %H:%M} UTC; one export job covers at most 31 days")
    say.line(
        f"(polling every {DEMO_POLL_SECONDS} s; CircleCI allows 10 polls an hour, so the default is 360 s)"
    )
    with tempfile.TemporaryDirectory(prefix="circleci-demo-") as workdir:
        dest = output or Path(workdir) / "usage.csv"
        result = client.usage.export(
            org_id,
            start,
            end,
            dest,
            poll_interval=DEMO_POLL_SECONDS,
            on_progress=lambda text: say.line(f"· {text}"),
        )
        rows = sum(1 for _ in read_rows(result.path))
        columns = len((result.header or "").split(","))
        say.line(
            f"merged {result.parts} CSV part(s) from {len(result.jobs)} export job(s) into one CSV: "
            f"{rows} rows, {columns} columns, {result.bytes_written:,} bytes"
        )
        if output is not None:
            say.line(f"kept at {output}")
    return rows > 0 and len(result.jobs) >= 2


def run_offline(out: TextIO, *, output: Path | None = None, fake: FakeCircleCI | None = None) -> int:
    """The five steps against a fake CircleCI served on 127.0.0.1; returns the exit code."""
    from circleci_api.testing import FakeCircleCI

    say = _Printer(out)
    fake = fake or FakeCircleCI()
    project = fake.add_project(SLUG)
    with fake.serve() as server, server.client() as client:
        say.title("circleci-api demo: the seed workflow against a local fake CircleCI (no account needed)")
        say.line(f"fake API at {server.base_url}, project {SLUG}")
        _restrict_context(client, project, say)
        definition_id = _definition_and_trigger(client, project, say)
        ok = _run_and_wait(client, definition_id, say)
        ok = _settings(client, say) and ok
        ok = _export_usage(client, project.org.id, output, say) and ok
    say.title(
        f"\n{'Done' if ok else 'Finished with problems'}: {len(fake.requests)} requests answered by the fake."
    )
    return EXIT_OK if ok else EXIT_FAILED


# --------------------------------------------------------------------------- read-only, against CircleCI


def run_live(out: TextIO, *, project_slug: str | None) -> int:
    """Read-only calls against the API configured by the environment; returns the exit code."""
    from circleci_api import CircleCI

    say = _Printer(out)
    with CircleCI() as client:
        say.title(f"circleci-api demo --live: read-only calls against {client.base_url}")
        me = client.users.me()
        say.line(f"you are {me.login} ({me.name})")
        orgs = client.users.collaborations()
        say.line(f"you belong to {len(orgs)} organization(s): {', '.join(o.slug for o in orgs) or '-'}")
        if project_slug is None:
            say.line("pass --project gh/org/repo to read a project as well")
            return EXIT_OK
        project = client.projects.get(project_slug)
        say.line(f"project {project.slug}: id {project.id}, default branch {project.vcs_info.default_branch}")
        advanced = client.projects.settings.get(project_slug).advanced
        if advanced is not None:
            enabled = [name for name, value in advanced.raw_json.items() if value is True]
            say.line(f"settings turned on: {', '.join(enabled) or 'none'}")
        definitions = client.pipeline_definitions.list(project.id).items or []
        names = ", ".join(d.name or "?" for d in definitions) or "-"
        say.line(f"{len(definitions)} pipeline definition(s): {names}")
        paginator = client.pipelines.list_for_project(project_slug)
        for index, pipeline in enumerate(paginator):
            if index == LIVE_PIPELINES:
                break
            branch = pipeline.vcs.branch if pipeline.vcs else None
            say.line(
                f"pipeline #{pipeline.number} {pipeline.state} on {branch or '-'} at {pipeline.created_at}"
            )
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the demo; return the exit code (see the module docstring)."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        if args.live:
            if not any(os.environ.get(name) for name in TOKEN_ENV_VARS):
                print(
                    "error: --live needs a CircleCI API token in CIRCLECI_TOKEN (or CIRCLE_TOKEN)", file=err
                )
                return EXIT_USAGE
            return run_live(out, project_slug=args.project)
        if args.project:
            print("error: --project only applies with --live", file=err)
            return EXIT_USAGE
        if args.output is not None and not args.output.parent.is_dir():
            print(f"error: directory {str(args.output.parent)!r} does not exist", file=err)
            return EXIT_USAGE
        return run_offline(out, output=args.output)
    except (APIStatusError, APIConnectionError) as exc:
        print(f"error: {exc}", file=err)
        return EXIT_API
    except CircleCIError as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=err)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
