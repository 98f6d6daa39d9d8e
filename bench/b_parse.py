"""3. Parsing a 1,000-item pipeline list page into typed models, vs ``json.loads`` alone."""

from __future__ import annotations

import gc
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench import data
from bench._common import Outcome, Row, Settings, median, profile_summary
from circleci_api import CircleCI
from circleci_api_generated.api.pipeline import list_pipelines_for_project

TARGET = 2.0
URL = "http://127.0.0.1:9/api/v2/project/gh%2Facme%2Fapi/pipeline"


def touch(pipeline: Any) -> Any:
    """Read every field of one pipeline model, nested objects included, the way a report would."""
    trigger = pipeline.trigger
    actor = trigger.actor
    vcs = pipeline.vcs
    commit = vcs.commit if vcs is not None else None
    return (
        pipeline.id,
        pipeline.number,
        pipeline.state,
        pipeline.created_at,
        pipeline.updated_at,
        pipeline.project_slug,
        pipeline.trigger_parameters,
        [(e.type, e.message) for e in pipeline.errors],
        trigger.type,
        trigger.received_at,
        actor.login,
        actor.avatar_url,
        None
        if vcs is None
        else (
            vcs.provider_name,
            vcs.target_repository_url,
            vcs.origin_repository_url,
            vcs.revision,
            vcs.branch,
            vcs.tag,
            vcs.review_id,
            vcs.review_url,
            None if commit is None else (commit.subject, commit.body),
        ),
    )


def touch_dict(pipeline: dict[str, Any]) -> Any:
    """The same reads on the decoded JSON (``.get`` for optional keys, as a script would)."""
    trigger = pipeline["trigger"]
    actor = trigger["actor"]
    vcs = pipeline.get("vcs")
    commit = vcs.get("commit") if vcs is not None else None
    return (
        pipeline["id"],
        pipeline["number"],
        pipeline["state"],
        pipeline["created_at"],
        pipeline.get("updated_at"),
        pipeline["project_slug"],
        pipeline.get("trigger_parameters"),
        [(e["type"], e["message"]) for e in pipeline["errors"]],
        trigger["type"],
        trigger["received_at"],
        actor["login"],
        actor["avatar_url"],
        None
        if vcs is None
        else (
            vcs["provider_name"],
            vcs["target_repository_url"],
            vcs["origin_repository_url"],
            vcs["revision"],
            vcs.get("branch"),
            vcs.get("tag"),
            vcs.get("review_id"),
            vcs.get("review_url"),
            None if commit is None else (commit["subject"], commit["body"]),
        ),
    )


def touch_stock(pipeline: Any) -> Any:
    """The same reads on a stock model (``type_``; unset optionals are ``UNSET``)."""
    trigger = pipeline.trigger
    actor = trigger.actor
    vcs = pipeline.vcs
    commit = getattr(vcs, "commit", None)
    return (
        pipeline.id,
        pipeline.number,
        pipeline.state,
        pipeline.created_at,
        pipeline.updated_at,
        pipeline.project_slug,
        pipeline.trigger_parameters,
        [(e.type_, e.message) for e in pipeline.errors],
        trigger.type_,
        trigger.received_at,
        actor.login,
        actor.avatar_url,
        (
            getattr(vcs, "provider_name", None),
            getattr(vcs, "target_repository_url", None),
            getattr(vcs, "origin_repository_url", None),
            getattr(vcs, "revision", None),
            getattr(vcs, "branch", None),
            getattr(vcs, "tag", None),
            getattr(vcs, "review_id", None),
            getattr(vcs, "review_url", None),
            None if commit is None else (getattr(commit, "subject", None), getattr(commit, "body", None)),
        ),
    )


def ours(body: bytes) -> Callable[[], Any]:
    """The client's own parse path (``CircleCI._parse``, as ``call`` uses it), then the reads."""
    client = CircleCI(token="bench-token", base_url="http://127.0.0.1:9")
    endpoint = list_pipelines_for_project.ENDPOINT
    request = httpx.Request("GET", URL)
    response = httpx.Response(200, content=body, request=request)

    def parse() -> Any:
        page = client._parse(endpoint, response)
        return [touch(p) for p in page.items]

    return parse


def ours_parse_only(body: bytes) -> Callable[[], Any]:
    """The same parse without reading any field (models are built eagerly: this is most of the cost)."""
    client = CircleCI(token="bench-token", base_url="http://127.0.0.1:9")
    endpoint = list_pipelines_for_project.ENDPOINT
    response = httpx.Response(200, content=body, request=httpx.Request("GET", URL))
    return lambda: client._parse(endpoint, response)


def stock(body: bytes, path: Path) -> Callable[[], Any]:
    """openapi-python-client's stock ``PipelineListResponse.from_dict`` and the same reads."""
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
    module = importlib.import_module("circleci_stock.models.pipeline_list_response")
    model = module.PipelineListResponse

    def parse() -> Any:
        page = model.from_dict(json.loads(body))
        return [touch_stock(p) for p in page.items]

    return parse


def profile(body: bytes, repeat: int = 60) -> str:
    """pyinstrument's call tree of the client's parse path."""
    from pyinstrument import Profiler

    parse = ours(body)
    profiler = Profiler(interval=0.001, use_timing_thread=True)
    with profiler:
        for _ in range(repeat):
            parse()
    return profile_summary(profiler.output_text(time="percent_of_total"))


def run(settings: Settings, stock_path: Path | None) -> Outcome:
    """Interleave the contenders; milliseconds per page, median over rounds (GC on)."""
    body = data.page_body(data.pipelines(settings.parse_items), "next-page-token")
    contenders: dict[str, Callable[[], Any]] = {
        "json.loads + read every field": lambda: [touch_dict(p) for p in json.loads(body)["items"]],
        "json.loads alone": lambda: json.loads(body),
        "circleci_api: parse + read every field": ours(body),
        "circleci_api: parse only": ours_parse_only(body),
    }
    if stock_path is not None:
        contenders["stock openapi-python-client from_dict + same reads"] = stock(body, stock_path)
    for parse in contenders.values():
        parse()
    times: dict[str, list[float]] = {label: [] for label in contenders}
    labels = list(contenders)
    for index in range(settings.parse_rounds):
        shift = index % len(labels)
        for label in labels[shift:] + labels[:shift]:
            parse = contenders[label]
            gc.collect()  # everyone starts from the same heap; collections during the run are counted
            started = time.perf_counter()
            for _ in range(settings.parse_iterations):
                parse()
            times[label].append((time.perf_counter() - started) / settings.parse_iterations * 1000)
    medians = {label: median(values) for label, values in times.items()}
    base = medians["json.loads + read every field"]
    rows = [
        Row(label, value, "ms/page", None if label == "json.loads + read every field" else value / base)
        for label, value in medians.items()
    ]
    ratio = medians["circleci_api: parse + read every field"] / base
    met = ratio <= TARGET
    outcome = Outcome(
        key="parse",
        title="Parsing",
        target=f"<= {TARGET}x json.loads + the same reads",
        rows=rows,
        met=met,
        verdict=f"{ratio:.2f}x json.loads + the same reads",
        method=(
            f"A {settings.parse_items}-item pipeline list page ({len(body) / 1e6:.2f} MB of JSON with "
            "trigger, vcs, commit and errors) through `CircleCI._parse` with the "
            "`list_pipelines_for_project` endpoint (the path every call takes), then every field of every "
            "item, nested objects included, compared with the same reads on the `json.loads` dicts; "
            f"{settings.parse_rounds} rounds x {settings.parse_iterations} "
            "iterations, interleaved, median."
        ),
    )
    if settings.profile_misses and not met:
        outcome.profile = profile(body)
    return outcome
