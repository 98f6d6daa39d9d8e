"""Files the fake serves outside the API: usage export parts and job artifacts.

Usage export parts behave like pre-signed storage URLs: the signature in the query string is the
only credential, a wrong one gets 403, and a request that carries the API token gets 400 and is
recorded, because a client must never send its CircleCI token (or any credential) to a storage host.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import quote, unquote

import httpx

from circleci_api.testing._store import Store

__all__ = ["FILES_PREFIX", "FileAnswer", "artifact_url", "export_part_url", "serve_file"]

FILES_PREFIX = "/_fake/"
_USAGE = "/_fake/usage/"
_ARTIFACTS = "/_fake/artifacts/"


@dataclass
class FileAnswer:
    """What the files handler answers, and which pseudo-operation it was (for error injection)."""

    operation: str
    status: int
    content: bytes
    content_type: str
    token_leak: bool = False


def _sign(store: Store, path: str) -> str:
    return hmac.new(store.secret, path.encode(), hashlib.sha256).hexdigest()


def export_part_url(store: Store, files_base: str, job_id: str, index: int) -> str:
    """The pre-signed URL of part ``index`` (from 1) of export job ``job_id``."""
    path = f"{_USAGE}{job_id}/part-{index:03d}.csv.gz"
    return f"{files_base}{path}?X-Fake-Signature={_sign(store, path)}"


def artifact_url(files_base: str, project_id: str, job_number: int, node_index: int, path: str) -> str:
    """Where an artifact is served; ``path`` is kept whole (even ``../``), percent-encoded."""
    return f"{files_base}{_ARTIFACTS}{project_id}/{job_number}/{node_index}/{quote(path, safe='')}"


def _text(operation: str, status: int, message: str, *, leak: bool = False) -> FileAnswer:
    return FileAnswer(operation, status, message.encode(), "text/plain; charset=utf-8", leak)


def serve_file(store: Store, request: httpx.Request, path: str) -> FileAnswer:
    """Answer a GET under ``/_fake/``; ``path`` is the raw (encoded) URL path."""
    if path.startswith(_USAGE):
        return _serve_part(store, request, path)
    if path.startswith(_ARTIFACTS):
        return _serve_artifact(store, request, path)
    return _text("file", 404, "Not Found")


def _carries_credentials(request: httpx.Request) -> bool:
    return "circle-token" in request.headers or "authorization" in request.headers


def _serve_part(store: Store, request: httpx.Request, path: str) -> FileAnswer:
    operation = "usageExportFile"
    if request.method != "GET":
        return _text(operation, 405, "Method Not Allowed")
    if _carries_credentials(request):
        # Like real storage: a pre-signed URL is the only credential a download may carry.
        return _text(operation, 400, "Credentials were sent to the storage host with a signed URL", leak=True)
    signature = request.url.params.get("X-Fake-Signature", "")
    if not hmac.compare_digest(signature, _sign(store, path)):
        return _text(operation, 403, "AccessDenied: the signature does not match")
    job_id, _, name = path[len(_USAGE) :].partition("/")
    job = store.exports.get(job_id)
    if job is None or job.state != "completed" or not name.startswith("part-"):
        return _text(operation, 404, "NoSuchKey")
    try:
        index = int(name.removeprefix("part-").removesuffix(".csv.gz"))
    except ValueError:
        return _text(operation, 404, "NoSuchKey")
    if not 1 <= index <= len(job.parts):
        return _text(operation, 404, "NoSuchKey")
    return FileAnswer(operation, 200, job.parts[index - 1], "application/gzip")


def _serve_artifact(store: Store, request: httpx.Request, path: str) -> FileAnswer:
    operation = "artifactFile"
    if request.method != "GET":
        return _text(operation, 405, "Method Not Allowed")
    parts = path[len(_ARTIFACTS) :].split("/", 3)
    if len(parts) != 4 or not parts[1].isdigit() or not parts[2].isdigit():
        return _text(operation, 404, "Not Found")
    project_id, number, node, name = parts[0], int(parts[1]), int(parts[2]), unquote(parts[3])
    job = store.jobs_by_number.get((project_id, number))
    for artifact in job.artifacts if job is not None else []:
        if artifact.path == name and artifact.node_index == node:
            return FileAnswer(operation, 200, artifact.data, "application/octet-stream")
    return _text(operation, 404, "Not Found")
