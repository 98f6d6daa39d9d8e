"""Realistic, deterministic payloads: pipelines as CircleCI returns them, and usage export parts."""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import uuid
from pathlib import Path
from typing import Any

_STATES = ("created", "created", "created", "errored", "setup-pending", "pending")
_TRIGGERS = ("webhook", "webhook", "api", "scheduled_pipeline", "explicit")
_WORDS = tuple(
    " ".join(
        (
            "fix flaky test in the payment service retry path add metrics for queue depth bump dependency",
            "versions refactor the config loader so that environment overrides win over files document the",
            "release process and remove the deprecated endpoint",
        )
    ).split(" ")
)
_BASE = _dt.datetime(2024, 5, 1, 8, 0, 0, tzinfo=_dt.UTC)

USAGE_HEADER = (
    "ORGANIZATION_ID,ORGANIZATION_NAME,ORGANIZATION_CREATED_DATE,PROJECT_ID,PROJECT_NAME,"
    "PROJECT_CREATED_DATE,VCS_NAME,VCS_URL,VCS_BRANCH,PIPELINE_ID,PIPELINE_CREATED_AT,PIPELINE_NUMBER,"
    "IS_UNREGISTERED_USER,PIPELINE_TRIGGER_SOURCE,PIPELINE_TRIGGER_USER_ID,WORKFLOW_ID,WORKFLOW_NAME,"
    "WORKFLOW_FIRST_JOB_QUEUED_AT,WORKFLOW_FIRST_JOB_STARTED_AT,WORKFLOW_STOPPED_AT,IS_WORKFLOW_SUCCESSFUL,"
    "JOB_NAME,JOB_RUN_NUMBER,JOB_ID,JOB_RUN_DATE,JOB_RUN_QUEUED_AT,JOB_RUN_STARTED_AT,JOB_RUN_STOPPED_AT,"
    "JOB_BUILD_STATUS,RESOURCE_CLASS,OPERATING_SYSTEM,EXECUTOR,PARALLELISM,JOB_RUN_SECONDS,"
    "MEDIAN_CPU_UTILIZATION_PCT,MAX_CPU_UTILIZATION_PCT,MEDIAN_RAM_UTILIZATION_PCT,"
    "MAX_RAM_UTILIZATION_PCT,COMPUTE_CREDITS,DLC_CREDITS,USER_CREDITS,STORAGE_CREDITS,NETWORK_CREDITS,"
    "LEASE_CREDITS,LEASE_OVERAGE_CREDITS,IPRANGES_CREDITS,TOTAL_CREDITS"
)


def _stamp(moment: _dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def pipeline(rng: random.Random, number: int) -> dict[str, Any]:
    """One pipeline object with everything a real one carries: trigger, vcs with commit, errors."""
    created = _BASE + _dt.timedelta(seconds=number * 97 + rng.randrange(60))
    state = rng.choice(_STATES)
    repo = rng.choice(("api", "web", "infra", "mobile"))
    login = rng.choice(("octocat", "hubot", "monalisa", "release-bot"))
    subject = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(3, 8)))
    body = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(2, 8)))
    errors: list[dict[str, str]] = []
    if state == "errored":
        errors.append({"type": "config", "message": "Unable to parse YAML: mapping values are not allowed"})
    item: dict[str, Any] = {
        "id": _uuid(rng),
        "errors": errors,
        "project_slug": f"gh/acme/{repo}",
        "updated_at": _stamp(created + _dt.timedelta(seconds=rng.randrange(1, 600))),
        "number": number,
        "trigger_parameters": {
            "circleci": {"event_type": "push", "trigger_type": "github_app", "event_time": _stamp(created)},
            "git": {"branch": "main", "checkout_sha": f"{rng.getrandbits(160):040x}"},
        },
        "state": state,
        "created_at": _stamp(created),
        "trigger": {
            "received_at": _stamp(created - _dt.timedelta(milliseconds=rng.randrange(50, 900))),
            "type": rng.choice(_TRIGGERS),
            "actor": {"login": login, "avatar_url": f"https://avatars.githubusercontent.com/u/{number}?v=4"},
        },
        "vcs": {
            "provider_name": "GitHub",
            "origin_repository_url": f"https://github.com/acme/{repo}",
            "target_repository_url": f"https://github.com/acme/{repo}",
            "revision": f"{rng.getrandbits(160):040x}",
            "branch": rng.choice(("main", "develop", f"feature/{login}-{number % 97}")),
            "commit": {"subject": subject, "body": body},
        },
    }
    return item


def pipelines(count: int, *, seed: int = 7, start: int = 1) -> list[dict[str, Any]]:
    """``count`` pipelines numbered from ``start``."""
    rng = random.Random(seed)
    return [pipeline(rng, start + index) for index in range(count)]


def page_body(items: list[dict[str, Any]], next_page_token: str | None) -> bytes:
    """A list response as the server sends it."""
    return json.dumps({"items": items, "next_page_token": next_page_token}).encode()


def _real_stamp(moment: _dt.datetime) -> str:
    """A timestamp as CircleCI's export writes it: UTC, a space, no zone."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


def _usage_row(rng: random.Random, org: str, number: int) -> str:
    """One data line in CircleCI's export format: ``\\N`` nulls, backslash escapes, zoneless times."""
    started = _BASE + _dt.timedelta(seconds=number * 13)
    seconds = rng.randrange(5, 1800)
    credits = seconds * rng.choice((5, 10, 20, 40)) // 60
    # Names with commas (escaped) are rare: org and repository names cannot have them, job names can.
    job = "test\\, shard 2" if rng.random() < 0.04 else rng.choice(("build", "test", "lint", "deploy"))
    sampled = seconds >= 15 and rng.random() < 0.9
    usage = [
        str(rng.randrange(1, 100)) + "." + str(rng.randrange(10)) if sampled else "\\N" for _ in range(4)
    ]
    return ",".join(
        (
            org,
            "acme",
            "2019-03-04",
            _uuid(rng),
            rng.choice(("api", "web", "infra")),
            "2020-01-02",
            "github",
            "https://github.com/acme/api",
            rng.choice(("main", "main", "release/2.4", "feature/usage-report")),
            _uuid(rng),
            _real_stamp(started),
            str(number),
            rng.choice(("Y", "N", "N", "N")),
            "webhook",
            _uuid(rng) if rng.random() < 0.9 else "\\N",
            _uuid(rng),
            "build-and-test",
            _real_stamp(started),
            _real_stamp(started),
            _real_stamp(started + _dt.timedelta(seconds=seconds)) if rng.random() < 0.97 else "\\N",
            rng.choice(("true", "false")),
            job,
            str(number),
            _uuid(rng),
            started.date().isoformat(),
            _real_stamp(started),
            _real_stamp(started),
            _real_stamp(started + _dt.timedelta(seconds=seconds)),
            "success",
            "docker.medium",
            "linux",
            "docker",
            "1",
            str(seconds),
            *usage,
            str(credits),
            "0",
            "0",
            "0.2",
            "0",
            "0",
            "0",
            "0",
            str(credits),
        )
    )


def usage_parts(directory: Path, total_bytes: int, parts: int) -> list[Path]:
    """Gzipped CSV parts that together hold at least ``total_bytes`` uncompressed, each with the header.

    The rows are in CircleCI's own format (``\\N`` nulls, ``\\,`` escapes, zoneless timestamps).

    Rows repeat from a pool, so building 200 MB takes seconds; the files are kept and reused while
    their recorded size matches.
    """
    directory.mkdir(parents=True, exist_ok=True)
    stamp = directory / "SIZE"
    paths = [directory / f"part-{index}.csv.gz" for index in range(1, parts + 1)]
    wanted = f"{total_bytes} {parts} real-format 2"
    if stamp.exists() and stamp.read_text() == wanted and all(p.exists() for p in paths):
        return paths
    rng = random.Random(11)
    pool = [_usage_row(rng, _uuid(rng), number).encode() + b"\n" for number in range(5000)]
    per_part = -(-total_bytes // parts)
    header = USAGE_HEADER.encode() + b"\n"
    for path in paths:
        with gzip.open(path, "wb", compresslevel=6) as out:
            written = out.write(header)
            index = 0
            while written < per_part:
                block = b"".join(pool[(index + k) % len(pool)] for k in range(512))
                index += 513
                written += out.write(block)
    stamp.write_text(wanted)
    return paths


def uncompressed_size(paths: list[Path]) -> int:
    """Bytes of the merged CSV: every part, with the header counted once."""
    header = len(USAGE_HEADER) + 1
    total = 0
    for path in paths:
        with gzip.open(path, "rb") as part:
            while chunk := part.read(1 << 20):
                total += len(chunk)
    return total - header * (len(paths) - 1)


def merged_usage_csv(directory: Path, total_bytes: int) -> Path:
    """One merged export (as ``client.usage.export`` writes it) of at least ``total_bytes``; reused."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "merged.csv"
    stamp = directory / "SIZE"
    wanted = f"{total_bytes} real-format 2"
    if stamp.exists() and stamp.read_text() == wanted and path.exists():
        return path
    rng = random.Random(13)
    pool = [_usage_row(rng, _uuid(rng), number).encode() + b"\n" for number in range(5000)]
    with path.open("wb") as out:
        written = out.write(USAGE_HEADER.encode() + b"\n")
        index = 0
        while written < total_bytes:
            written += out.write(b"".join(pool[(index + k) % len(pool)] for k in range(512)))
            index += 513
    stamp.write_text(wanted)
    return path
