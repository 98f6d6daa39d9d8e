"""Insights computed from the fake's own finished runs (never constants).

A run counts once its workflow has finished (``success``, ``failed``, ``error``, ``canceled``).
Filters follow the API: one branch (the project's default branch unless ``branch`` or
``all-branches=true`` says otherwise), a reporting window ending now (``last-90-days`` unless
given), ``start-date``/``end-date`` for runs and time series.  A workflow's duration runs from its
creation to its end; credits are 10 per started minute of each job.  Success rate is successful runs
over all counted runs; throughput is runs per day of the window.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from circleci_api.testing._http import Call, Reply, Route
from circleci_api.testing._store import ApiError, Job, Org, Project, Store, Workflow, rfc3339

__all__ = ["ROUTES", "finished_runs"]

FINISHED = ("success", "failed", "error", "canceled")
WINDOWS = {
    "last-24-hours": _dt.timedelta(hours=24),
    "last-7-days": _dt.timedelta(days=7),
    "last-30-days": _dt.timedelta(days=30),
    "last-60-days": _dt.timedelta(days=60),
    "last-90-days": _dt.timedelta(days=90),
}
CREDITS_PER_MINUTE = 10


def _seconds(start: _dt.datetime | None, end: _dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, int((end - start).total_seconds()))


def _job_credits(job: Job) -> int:
    seconds = _seconds(job.started_at, job.stopped_at)
    return 0 if seconds is None or job.type != "build" else math.ceil(seconds / 60) * CREDITS_PER_MINUTE


def _credits(workflow: Workflow) -> int:
    return sum(_job_credits(job) for job in workflow.jobs.values())


def _duration(workflow: Workflow) -> int | None:
    return _seconds(workflow.created_at, workflow.stopped_at)


def _window(call: Call) -> tuple[_dt.datetime, _dt.datetime]:
    end = call.store.now()
    return end - WINDOWS[call.query.get("reporting-window") or "last-90-days"], end


def _dates(call: Call) -> tuple[_dt.datetime, _dt.datetime]:
    end = call.store.now()
    start = end - WINDOWS["last-90-days"]
    for name in ("start-date", "end-date"):
        raw = call.query.get(name)
        if raw:
            value = _dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
            if name == "start-date":
                start = value
            else:
                end = value
    if end < start:
        raise ApiError(400, "end-date must not be before start-date")
    return start, end


def finished_runs(
    store: Store,
    project: Project,
    *,
    workflow_name: str | None = None,
    branch: str | None = None,
    start: _dt.datetime | None = None,
    end: _dt.datetime | None = None,
) -> list[Workflow]:
    """The project's finished workflows, oldest first, filtered by name, branch and creation time."""
    out = []
    for workflow in store.workflows.values():
        pipeline = workflow.pipeline
        if pipeline.project is not project or workflow.status not in FINISHED:
            continue
        if workflow_name is not None and workflow.name != workflow_name:
            continue
        if branch is not None and pipeline.branch != branch:
            continue
        if (start is not None and workflow.created_at < start) or (
            end is not None and workflow.created_at > end
        ):
            continue
        out.append(workflow)
    return sorted(out, key=lambda w: w.created_at)


def _branch(call: Call, project: Project) -> str | None:
    if call.query.get("all-branches") == "true":
        return None
    return call.query.get("branch") or project.default_branch


def _duration_metrics(durations: list[int], *, with_mean: bool = True) -> dict[str, Any]:
    if not durations:
        empty: dict[str, Any] = {"min": None, "median": None, "max": None, "p95": None}
        if with_mean:
            empty.update(mean=None, standard_deviation=None)
        else:
            empty["total"] = None
        return empty
    ordered = sorted(durations)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    out: dict[str, Any] = {
        "min": ordered[0],
        "median": int(statistics.median(ordered)),
        "max": ordered[-1],
        "p95": p95,
    }
    if with_mean:
        out["mean"] = int(statistics.mean(ordered))
        out["standard_deviation"] = float(statistics.pstdev(ordered))
    else:
        out["total"] = sum(ordered)
    return out


def _mttr(runs: list[Workflow]) -> int:
    """Mean seconds from a failed run's end to the next successful run's end."""
    recoveries, failed_at = [], None
    for run in runs:
        if run.status != "success" and failed_at is None:
            failed_at = run.stopped_at
        elif run.status == "success" and failed_at is not None and run.stopped_at is not None:
            recoveries.append((run.stopped_at - failed_at).total_seconds())
            failed_at = None
    return int(statistics.mean(recoveries)) if recoveries else 0


def _days(start: _dt.datetime, end: _dt.datetime) -> float:
    return max((end - start).total_seconds() / 86400, 1.0)


def _workflow_metrics(runs: list[Workflow], start: _dt.datetime, end: _dt.datetime) -> dict[str, Any]:
    successful = sum(1 for r in runs if r.status == "success")
    durations = [d for d in (_duration(r) for r in runs) if d is not None]
    return {
        "total_runs": len(runs),
        "successful_runs": successful,
        "mttr": _mttr(runs),
        "total_credits_used": sum(_credits(r) for r in runs),
        "failed_runs": len(runs) - successful,
        "success_rate": successful / len(runs) if runs else 0.0,
        "duration_metrics": _duration_metrics(durations),
        "total_recoveries": sum(
            1 for a, b in itertools.pairwise(runs) if a.status != "success" and b.status == "success"
        ),
        "throughput": len(runs) / _days(start, end),
    }


def _trend(current: float, previous: float) -> float:
    return float((current - previous) / previous) if previous else 0.0


def _project(call: Call) -> Project:
    return call.store.project_by_slug(call.params["project-slug"])


def workflow_metrics(call: Call) -> Reply:
    project = _project(call)
    start, end = _window(call)
    runs = finished_runs(call.store, project, branch=_branch(call, project), start=start, end=end)
    by_name: dict[str, list[Workflow]] = defaultdict(list)
    for run in runs:
        by_name[run.name].append(run)
    items = [
        {
            "name": name,
            "metrics": _workflow_metrics(group, start, end),
            "window_start": rfc3339(start),
            "window_end": rfc3339(end),
            "project_id": project.id,
        }
        for name, group in sorted(by_name.items())
    ]
    return Reply(200, call.page(items))


def workflow_summary(call: Call) -> Reply:
    project = _project(call)
    name = call.params["workflow-name"]
    end = call.store.now()
    start = end - WINDOWS["last-90-days"]
    branch = _branch(call, project)
    runs = finished_runs(call.store, project, workflow_name=name, branch=branch, start=start, end=end)
    before = finished_runs(
        call.store, project, workflow_name=name, branch=branch, start=start - (end - start), end=start
    )
    if not runs and not before:
        raise ApiError(404, f"No runs of workflow {name!r}")
    metrics = _workflow_metrics(runs, start, end)
    old = _workflow_metrics(before, start - (end - start), start)
    metrics.pop("total_recoveries")
    metrics.update(completed_runs=len(runs), window_start=rfc3339(start), window_end=rfc3339(end))

    def trend(key: Callable[[dict[str, Any]], float]) -> float:
        return _trend(key(metrics), key(old))

    trends = {
        "total_runs": trend(lambda m: m["total_runs"]),
        "failed_runs": trend(lambda m: m["failed_runs"]),
        "success_rate": trend(lambda m: m["success_rate"]),
        "p95_duration_secs": trend(lambda m: m["duration_metrics"]["p95"] or 0),
        "median_duration_secs": trend(lambda m: m["duration_metrics"]["median"] or 0),
        "total_credits_used": trend(lambda m: m["total_credits_used"]),
        "mttr": trend(lambda m: m["mttr"]),
        "throughput": trend(lambda m: m["throughput"]),
    }
    names = sorted({w.name for w in finished_runs(call.store, project)})
    return Reply(200, {"metrics": metrics, "trends": trends, "workflow_names": names})


def workflow_runs(call: Call) -> Reply:
    project = _project(call)
    start, end = _dates(call)
    runs = finished_runs(
        call.store,
        project,
        workflow_name=call.params["workflow-name"],
        branch=_branch(call, project),
        start=start,
        end=end,
    )
    items = [
        {
            "id": run.id,
            "branch": run.pipeline.branch,
            "duration": _duration(run),
            "created_at": rfc3339(run.created_at),
            "stopped_at": rfc3339(run.stopped_at) if run.stopped_at else None,
            "credits_used": _credits(run),
            "status": run.status,
            "is_approval": any(job.type == "approval" for job in run.jobs.values()),
        }
        for run in reversed(runs)
    ]
    return Reply(200, call.page(items))


def _jobs(runs: Iterable[Workflow], name: str | None = None) -> dict[str, list[Job]]:
    by_name: dict[str, list[Job]] = defaultdict(list)
    for run in runs:
        for job in run.jobs.values():
            if job.type == "build" and job.stopped_at is not None and name in (None, job.name):
                by_name[job.name].append(job)
    return by_name


def _job_metrics(jobs: list[Job], start: _dt.datetime, end: _dt.datetime) -> dict[str, Any]:
    successful = sum(1 for j in jobs if j.status == "success")
    durations = [d for d in (_seconds(j.started_at, j.stopped_at) for j in jobs) if d is not None]
    return {
        "total_runs": len(jobs),
        "failed_runs": len(jobs) - successful,
        "successful_runs": successful,
        "duration_metrics": _duration_metrics(durations),
        "success_rate": successful / len(jobs) if jobs else 0.0,
        "total_credits_used": sum(_job_credits(j) for j in jobs),
        "throughput": len(jobs) / _days(start, end),
    }


def job_metrics(call: Call) -> Reply:
    project = _project(call)
    start, end = _window(call)
    runs = finished_runs(
        call.store,
        project,
        workflow_name=call.params["workflow-name"],
        branch=_branch(call, project),
        start=start,
        end=end,
    )
    items = [
        {
            "name": name,
            "metrics": _job_metrics(jobs, start, end),
            "window_start": rfc3339(start),
            "window_end": rfc3339(end),
        }
        for name, jobs in sorted(_jobs(runs, call.query.get("job-name")).items())
    ]
    return Reply(200, call.page(items))


def job_timeseries(call: Call) -> Reply:
    project = _project(call)
    start, end = _dates(call)
    hourly = call.query.get("granularity") == "hourly"
    branch = call.query.get("branch") or project.default_branch
    runs = finished_runs(
        call.store, project, workflow_name=call.params["workflow-name"], branch=branch, start=start, end=end
    )
    buckets: dict[tuple[str, _dt.datetime], list[Job]] = defaultdict(list)
    for name, jobs in _jobs(runs).items():
        for job in jobs:
            moment = job.started_at or job.stopped_at or end
            if hourly:
                bucket = moment.replace(minute=0, second=0, microsecond=0)
            else:
                bucket = moment.replace(hour=0, minute=0, second=0, microsecond=0)
            buckets[(name, bucket)].append(job)
    items = []
    for (name, bucket), jobs in sorted(buckets.items()):
        metrics = _job_metrics(jobs, bucket, bucket + _dt.timedelta(hours=1 if hourly else 24))
        credits = sorted(_job_credits(j) for j in jobs)
        items.append(
            {
                "name": name,
                "min_started_at": rfc3339(min(j.started_at or bucket for j in jobs)),
                "max_ended_at": rfc3339(max(j.stopped_at or bucket for j in jobs)),
                "timestamp": rfc3339(bucket),
                "metrics": {
                    "total_runs": metrics["total_runs"],
                    "failed_runs": metrics["failed_runs"],
                    "successful_runs": metrics["successful_runs"],
                    "throughput": metrics["throughput"],
                    "median_credits_used": int(statistics.median(credits)),
                    "total_credits_used": sum(credits),
                    "duration_metrics": _duration_metrics(
                        [d for d in (_seconds(j.started_at, j.stopped_at) for j in jobs) if d is not None],
                        with_mean=False,
                    ),
                },
            }
        )
    return Reply(200, call.page(items))


def _test_runs(runs: Iterable[Workflow]) -> list[tuple[Workflow, Job, dict[str, Any]]]:
    return [(run, job, test) for run in runs for job in run.jobs.values() for test in job.tests]


def flaky_tests(call: Call) -> Reply:
    project = _project(call)
    results: dict[tuple[str, str, str, str], list[tuple[Workflow, Job, dict[str, Any]]]] = defaultdict(list)
    for run, job, test in _test_runs(finished_runs(call.store, project)):
        results[(run.name, job.name, test["classname"], test["name"])].append((run, job, test))
    flaky = []
    for (workflow_name, job_name, classname, name), seen in sorted(results.items()):
        outcomes = {test["result"] for _run, _job, test in seen}
        if not {"success", "failure"} <= outcomes:
            continue
        failures = [(run, job, test) for run, job, test in seen if test["result"] == "failure"]
        run, job, test = failures[-1]
        flaky.append(
            {
                "time_wasted": sum(_seconds(j.started_at, j.stopped_at) or 0 for _r, j, _t in failures),
                "workflow_created_at": rfc3339(run.created_at),
                "workflow_id": run.id,
                "classname": classname,
                "pipeline_number": run.pipeline.number,
                "workflow_name": workflow_name,
                "test_name": name,
                "job_name": job_name,
                "job_number": job.number or 0,
                "times_flaked": len(failures),
                "source": test["source"],
                "file": test["file"],
            }
        )
    return Reply(200, {"flaky_tests": flaky, "total_flaky_tests": float(len(flaky))})


def test_metrics(call: Call) -> Reply:
    project = _project(call)
    runs = finished_runs(
        call.store, project, workflow_name=call.params["workflow-name"], branch=_branch(call, project)
    )
    seen = _test_runs(runs)
    per_test: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for _run, job, test in seen:
        per_test[(job.name, test["classname"], test["name"])].append(test)
    summaries = []
    for (job_name, classname, name), tests in per_test.items():
        failed = sum(1 for t in tests if t["result"] == "failure")
        times = sorted(t["run_time"] for t in tests)
        summaries.append(
            {
                "p95_duration": times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)],
                "total_runs": len(tests),
                "classname": classname,
                "failed_runs": failed,
                "flaky": 0 < failed < len(tests),
                "source": tests[0]["source"],
                "file": tests[0]["file"],
                "job_name": job_name,
                "test_name": name,
            }
        )
    most_failed = sorted((s for s in summaries if s["failed_runs"]), key=lambda s: -s["failed_runs"])
    slowest = sorted(summaries, key=lambda s: -s["p95_duration"])
    test_runs = []
    for run in runs:
        tests = [t for job in run.jobs.values() for t in job.tests]
        if not tests:
            continue
        passed = sum(1 for t in tests if t["result"] == "success")
        counts = {
            "error": 0,
            "failure": len(tests) - passed,
            "skipped": 0,
            "success": passed,
            "total": len(tests),
        }
        test_runs.append(
            {
                "pipeline_number": run.pipeline.number,
                "workflow_id": run.id,
                "success_rate": passed / len(tests),
                "test_counts": counts,
            }
        )
    limit = 10
    answer = {
        "average_test_count": len(seen) // len(test_runs) if test_runs else 0,
        "most_failed_tests": most_failed[:limit],
        "most_failed_tests_extra": max(0, len(most_failed) - limit),
        "slowest_tests": slowest[:limit],
        "slowest_tests_extra": max(0, len(slowest) - limit),
        "total_test_runs": len(seen),
        "test_runs": test_runs,
    }
    return Reply(200, answer)


def branches(call: Call) -> Reply:
    project = _project(call)
    name = call.query.get("workflow-name")
    found = sorted({w.pipeline.branch for w in finished_runs(call.store, project, workflow_name=name)})
    return Reply(200, {"org_id": project.org.id, "project_id": project.id, "branches": found})


def _org(store: Store, slug: str) -> Org:
    org = store.org_by_slug(slug) or store.orgs.get(slug)
    if org is None:
        raise ApiError(404, "Organization not found")
    return org


def _summary(runs: list[Workflow], start: _dt.datetime, end: _dt.datetime) -> dict[str, Any]:
    metrics = _workflow_metrics(runs, start, end)
    return {
        "total_runs": metrics["total_runs"],
        "total_duration_secs": sum(_duration(r) or 0 for r in runs),
        "total_credits_used": metrics["total_credits_used"],
        "success_rate": metrics["success_rate"],
        "throughput": metrics["throughput"],
    }


def _trends(now: dict[str, Any], before: dict[str, Any]) -> dict[str, float]:
    return {key: _trend(float(now[key]), float(before[key])) for key in now}


def org_summary(call: Call) -> Reply:
    store = call.store
    org = _org(store, call.params["org-slug"])
    start, end = _window(call)
    previous = (start - (end - start), start)
    wanted = set(call.query.get_list("project-names"))
    projects = [p for p in store.projects.values() if p.org is org and (not wanted or p.name in wanted)]
    all_now: list[Workflow] = []
    all_before: list[Workflow] = []
    per_project = []
    for project in projects:
        now_runs = finished_runs(store, project, start=start, end=end)
        before_runs = finished_runs(store, project, start=previous[0], end=previous[1])
        all_now += now_runs
        all_before += before_runs
        now_summary = _summary(now_runs, start, end)
        before_summary = _summary(before_runs, *previous)
        keys = ("total_credits_used", "total_duration_secs", "total_runs", "success_rate")
        per_project.append(
            {
                "project_name": project.name,
                "metrics": {k: now_summary[k] for k in keys},
                "trends": {k: v for k, v in _trends(now_summary, before_summary).items() if k in keys},
            }
        )
    org_now, org_before = _summary(all_now, start, end), _summary(all_before, *previous)
    answer = {
        "org_data": {"metrics": org_now, "trends": _trends(org_now, org_before)},
        "org_project_data": per_project,
        "all_projects": sorted(p.name for p in store.projects.values() if p.org is org),
    }
    return Reply(200, answer)


def _p95(runs: list[Workflow]) -> float:
    durations = [d for d in (_duration(r) for r in runs) if d is not None]
    return float(_duration_metrics(durations)["p95"] or 0)


def _group_metrics(runs: list[Workflow]) -> dict[str, Any]:
    successful = sum(1 for r in runs if r.status == "success")
    return {
        "total_credits_used": sum(_credits(r) for r in runs),
        "p95_duration_secs": _p95(runs),
        "total_runs": len(runs),
        "success_rate": successful / len(runs) if runs else 0.0,
    }


def project_page(call: Call) -> Reply:
    store = call.store
    project = _project(call)
    start, end = _window(call)
    previous = (start - (end - start), start)
    names = set(call.query.get_list("workflow-names"))
    wanted_branches = set(call.query.get_list("branches"))

    def keep(run: Workflow) -> bool:
        return (not names or run.name in names) and (
            not wanted_branches or run.pipeline.branch in wanted_branches
        )

    now_runs = [r for r in finished_runs(store, project, start=start, end=end) if keep(r)]
    before_runs = [r for r in finished_runs(store, project, start=previous[0], end=previous[1]) if keep(r)]
    now_summary, before_summary = _summary(now_runs, start, end), _summary(before_runs, *previous)

    def grouped(key: Callable[[Workflow], tuple[str, ...]]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
        groups: dict[tuple[str, ...], list[Workflow]] = defaultdict(list)
        old: dict[tuple[str, ...], list[Workflow]] = defaultdict(list)
        for run in now_runs:
            groups[key(run)].append(run)
        for run in before_runs:
            old[key(run)].append(run)
        out = []
        for group_key, runs in sorted(groups.items()):
            metrics, before = _group_metrics(runs), _group_metrics(old[group_key])
            out.append((group_key, {"metrics": metrics, "trends": _trends(metrics, before)}))
        return out

    everything = finished_runs(store, project)
    answer = {
        "org_id": project.org.id,
        "project_id": project.id,
        "project_data": {"metrics": now_summary, "trends": _trends(now_summary, before_summary)},
        "project_workflow_data": [{"workflow_name": k[0], **v} for k, v in grouped(lambda r: (r.name,))],
        "project_workflow_branch_data": [
            {"workflow_name": k[0], "branch": k[1], **v}
            for k, v in grouped(lambda r: (r.name, r.pipeline.branch))
        ],
        "all_branches": sorted({r.pipeline.branch for r in everything}),
        "all_workflows": sorted({r.name for r in everything}),
    }
    return Reply(200, answer)


ROUTES = (
    Route("getProjectWorkflowMetrics", workflow_metrics),
    Route("getWorkflowSummary", workflow_summary),
    Route("getProjectWorkflowRuns", workflow_runs),
    Route("getProjectWorkflowJobMetrics", job_metrics),
    Route("getJobTimeseries", job_timeseries),
    Route("getFlakyTests", flaky_tests),
    Route("getProjectWorkflowTestMetrics", test_metrics),
    Route("getAllInsightsBranches", branches),
    Route("getOrgSummaryData", org_summary),
    Route("getProjectWorkflowsPageData", project_page),
)
