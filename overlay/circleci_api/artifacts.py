"""Downloading a job's artifacts safely: where each file goes, and who gets the token.

* **Paths.**  An artifact is written to ``dest_dir / artifact.path``.  A path that is absolute, has a
  drive letter, contains a ``..`` segment or a NUL byte, or would land outside ``dest_dir`` through
  an existing symlink is refused with ``UnsafeArtifactPathError`` before anything is downloaded.
  When parallel nodes stored the same path, each copy goes to ``dest_dir / "node-<index>" / path``.
* **Token.**  The API token is sent to the API's own origin and to CircleCI's artifact hosts
  (``*.circle-artifacts.com``, ``*.circleci.com``, over https) only.  Redirects are followed by hand and
  the token is dropped on any hop to another origin, so pre-signed storage URLs never see it.
* **Files** are streamed to a temporary file beside their destination and renamed when complete.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import httpx

from circleci_api._base_error import CircleCIError
from circleci_api._config import origin_of
from circleci_api._models import RequestValidationError

if TYPE_CHECKING:
    from circleci_api._transport import AsyncTransport, SyncTransport

__all__ = [
    "ARTIFACT_HOST_SUFFIXES",
    "DownloadedArtifact",
    "PlannedDownload",
    "UnsafeArtifactPathError",
    "artifact_transport",
    "async_artifact_transport",
    "plan_downloads",
    "safe_relative_path",
]

logger = logging.getLogger("circleci_api")

#: Hosts (and their subdomains) that serve artifacts on CircleCI's behalf and may receive the token.
ARTIFACT_HOST_SUFFIXES = ("circle-artifacts.com", "circleci.com")
_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafeArtifactPathError(CircleCIError, ValueError):
    """An artifact path that would be written outside the destination directory.  Nothing was written."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"refusing artifact path {path!r}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class DownloadedArtifact:
    """One file written by ``download_artifacts``: where it went, which artifact, how many bytes."""

    path: Path
    artifact_path: str
    node_index: int
    url: str
    size: int


@dataclass(frozen=True)
class PlannedDownload:
    """An artifact and the file it will be written to."""

    url: str
    artifact_path: str
    node_index: int
    target: Path


def safe_relative_path(artifact_path: object) -> PurePosixPath:
    """The artifact path as a relative path that cannot climb out of its directory.

    Both ``/`` and ``\\`` count as separators; empty and ``.`` segments are dropped.  Raises
    ``UnsafeArtifactPathError`` for absolute paths, drive letters, ``..`` segments, NUL bytes and
    paths with nothing left.
    """
    if not isinstance(artifact_path, str):
        raise UnsafeArtifactPathError(str(artifact_path), "not a string")
    if "\0" in artifact_path:
        raise UnsafeArtifactPathError(artifact_path, "contains a NUL byte")
    if artifact_path.startswith(("/", "\\")) or _DRIVE.match(artifact_path):
        raise UnsafeArtifactPathError(artifact_path, "absolute paths are not allowed")
    parts = [part for part in re.split(r"[/\\]", artifact_path) if part not in ("", ".")]
    if ".." in parts:
        raise UnsafeArtifactPathError(artifact_path, "'..' segments are not allowed")
    if not parts:
        raise UnsafeArtifactPathError(artifact_path, "the path is empty")
    return PurePosixPath(*parts)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def plan_downloads(artifacts: Iterable[Any], dest_dir: Path, pattern: str | None) -> list[PlannedDownload]:
    """Where each artifact (with ``path``, ``node_index``, ``url``) matching ``pattern`` will be written.

    ``pattern`` is a shell-style pattern matched against the whole artifact path (``*`` also matches
    ``/``).  Every path is checked before anything is written; see the module docstring.
    """
    if pattern is not None and not isinstance(pattern, str):
        raise RequestValidationError("pattern", f"expected a string, got {type(pattern).__name__}")
    chosen = [a for a in artifacts if pattern is None or fnmatch.fnmatchcase(str(a.path), pattern)]
    relative = [safe_relative_path(a.path) for a in chosen]
    counts: dict[PurePosixPath, int] = {}
    for rel in relative:
        counts[rel] = counts.get(rel, 0) + 1
    root = dest_dir.resolve()
    planned: list[PlannedDownload] = []
    seen: set[Path] = set()
    for artifact, rel in zip(chosen, relative, strict=True):
        node = int(artifact.node_index or 0)
        target = root / (PurePosixPath(f"node-{node}") / rel if counts[rel] > 1 else rel)
        # An existing symlink on the way must not lead outside dest_dir.
        if not _inside(target.parent.resolve(), root) or (
            target.is_symlink() and not _inside(target.resolve(), root)
        ):
            raise UnsafeArtifactPathError(str(artifact.path), "it resolves outside the destination directory")
        if target in seen:
            continue
        seen.add(target)
        planned.append(PlannedDownload(str(artifact.url), str(artifact.path), node, target))
    return planned


def _artifact_origin(url: httpx.URL, api_origin: tuple[str, str, int | None]) -> httpx.URL | None:
    """The origin to trust with the token for this URL, if it is a CircleCI artifact host."""
    host = url.host.lower()
    if origin_of(url) == api_origin or url.scheme != "https":
        return None
    if any(host == suffix or host.endswith("." + suffix) for suffix in ARTIFACT_HOST_SUFFIXES):
        return url.copy_with(path="/", query=None, fragment=None)
    return None


def artifact_transport(transport: SyncTransport, url: httpx.URL) -> SyncTransport:
    """The transport to fetch ``url`` with: one whose token origin is the artifact host when that
    host is CircleCI's, else ``transport`` itself (token for the API origin only)."""
    origin = _artifact_origin(url, transport.config.origin)
    if origin is None:
        return transport
    return type(transport)(
        dataclasses.replace(transport.config, base_url=origin), transport.http, transport.sleep
    )


def async_artifact_transport(transport: AsyncTransport, url: httpx.URL) -> AsyncTransport:
    """Async twin of ``artifact_transport``."""
    origin = _artifact_origin(url, transport.config.origin)
    if origin is None:
        return transport
    return type(transport)(
        dataclasses.replace(transport.config, base_url=origin), transport.http, transport.sleep
    )


def artifact_url(url: str, artifact_path: str) -> httpx.URL:
    """``url`` parsed; ``RequestValidationError`` unless it is an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise RequestValidationError("artifact.url", f"artifact {artifact_path!r} has no http(s) URL")
    return parsed


def check_download_args(job_number: object, concurrency: object) -> tuple[int, int]:
    """Validated ``(job_number, concurrency)``."""
    number: int | None = None
    if isinstance(job_number, int) and not isinstance(job_number, bool):
        number = job_number
    elif isinstance(job_number, str) and job_number.strip().isdigit():
        number = int(job_number)
    if number is None or number < 0:
        raise RequestValidationError("job_number", f"expected a job number, got {job_number!r}")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 64:
        raise RequestValidationError("concurrency", f"expected an integer from 1 to 64, got {concurrency!r}")
    return number, concurrency


def prepare_dest(dest_dir: str | os.PathLike[str]) -> Path:
    """``dest_dir`` as a Path, created if missing (``NotADirectoryError`` if it is a file)."""
    path = Path(dest_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path
