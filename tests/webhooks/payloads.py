"""Webhook bodies shaped like CircleCI's, written from the facts file (not copied from any sample).

Each builder returns a fresh dict, so a test can change one key without touching the others.
"""

from __future__ import annotations

import json
from typing import Any

from circleci_api.webhooks import sign

SECRET = "whsec-7f3a9c1e5b2d4e6f"


def _common(event_type: str, event_id: str) -> dict[str, Any]:
    return {
        "id": event_id,
        "type": event_type,
        "happened_at": "2025-11-20T14:03:27.412Z",
        "webhook": {"id": "0f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b", "name": "deploy-notifier"},
        "project": {"id": "b2f1c0de-1111-4222-8333-444455556666", "slug": "gh/acme/api", "name": "api"},
        "organization": {"id": "c0ffee00-aaaa-4bbb-8ccc-dddddddddddd", "name": "acme"},
        "workflow": {
            "id": "7d6c5b4a-3928-4170-8695-a4b3c2d1e0f9",
            "name": "build-and-test",
            "status": "failed",
            "created_at": "2025-11-20T13:58:01.002Z",
            "stopped_at": "2025-11-20T14:03:27.300Z",
            "url": "https://app.circleci.com/pipelines/github/acme/api/318/workflows/7d6c5b4a-3928-4170-8695-a4b3c2d1e0f9",
        },
    }


def vcs_pipeline() -> dict[str, Any]:
    """A GitHub OAuth pipeline: ``vcs`` with a branch and the full commit."""
    return {
        "id": "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716",
        "number": 318,
        "created_at": "2025-11-20T13:57:59.870Z",
        "trigger": {"type": "webhook"},
        "vcs": {
            "provider_name": "github",
            "origin_repository_url": "https://github.com/acme/api",
            "target_repository_url": "https://github.com/acme/api",
            "revision": "9fceb02d0ae598e95dc970b74767f19372d61af8",
            "branch": "main",
            "commit": {
                "subject": "Raise the connection pool size",
                "body": "The API was queueing requests under load.",
                "author": {"name": "Ada Lovelace", "email": "ada@acme.example"},
                "authored_at": "2025-11-20T13:50:12Z",
                "committer": {"name": "GitHub", "email": "noreply@github.com"},
                "committed_at": "2025-11-20T13:57:40+01:00",
            },
        },
    }


def trigger_parameters_pipeline() -> dict[str, Any]:
    """A GitLab pipeline: ``trigger_parameters`` instead of ``vcs``."""
    return {
        "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "number": 42,
        "created_at": "2025-11-20T13:57:59.870Z",
        "trigger": {"type": "webhook"},
        "trigger_parameters": {
            "circleci": {
                "event_type": "push",
                "trigger_type": "gitlab",
                "actor_id": "e2b9a4d0-7c61-4f0a-9a57-0b1c2d3e4f50",
                "event_time": "2025-11-20T13:57:58.100Z",
            },
            "git": {
                "branch": "feature/pool",
                "checkout_sha": "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
                "commit_sha": "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
                "repo_url": "https://gitlab.com/acme/api",
                "ref": "refs/heads/feature/pool",
            },
            "gitlab": {"type": "push", "project_id": "51234567", "user_username": "ada"},
        },
    }


def workflow_completed(pipeline: dict[str, Any] | None = None) -> dict[str, Any]:
    body = _common("workflow-completed", "3888f21b-eaa7-38e3-8f3d-75a63bba8895")
    body["pipeline"] = pipeline if pipeline is not None else vcs_pipeline()
    return body


def job_completed(pipeline: dict[str, Any] | None = None) -> dict[str, Any]:
    body = _common("job-completed", "8bd26e72-8b63-4b1e-9c0d-4ce1b57c26c6")
    body["workflow"]["status"] = "running"
    body["workflow"]["stopped_at"] = None
    body["pipeline"] = pipeline if pipeline is not None else trigger_parameters_pipeline()
    body["job"] = {
        "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
        "number": 2047,
        "name": "test",
        "status": "failed",
        "started_at": "2025-11-20T13:59:10.500Z",
        "stopped_at": "2025-11-20T14:03:27.200Z",
    }
    return body


def encode(body: dict[str, Any]) -> bytes:
    """The bytes as CircleCI might send them (any spacing: the signature covers exactly these)."""
    return json.dumps(body, indent=1).encode()


def signed(body: dict[str, Any], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    raw = encode(body)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "CircleCI-Webhook/1.0",
        "Circleci-Event-Type": str(body.get("type")),
        "Circleci-Signature": sign(raw, secret),
    }
    return raw, headers
