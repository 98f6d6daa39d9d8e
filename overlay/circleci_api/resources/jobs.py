"""``client.jobs``: the generated job operations plus ``download_artifacts``."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import TYPE_CHECKING, Any, cast

from circleci_api.artifacts import (
    DownloadedArtifact,
    PlannedDownload,
    artifact_transport,
    artifact_url,
    async_artifact_transport,
    check_download_args,
    plan_downloads,
    prepare_dest,
)
from circleci_api.usage._csvmerge import AtomicFile, abody_chunks, body_chunks
from circleci_api_generated.resources.jobs import AsyncJobs as _AsyncJobs
from circleci_api_generated.resources.jobs import Jobs as _Jobs

if TYPE_CHECKING:
    from circleci_api._client import AsyncCircleCI, CircleCI
    from circleci_api.slugs import ProjectSlug

__all__ = ["AsyncJobs", "Jobs"]

OnArtifact = Callable[[DownloadedArtifact], Any]


class Jobs(_Jobs):
    """Operations under ``client.jobs``."""

    def download_artifacts(
        self,
        project_slug: str | ProjectSlug,
        job_number: int | str,
        dest_dir: str | os.PathLike[str],
        *,
        pattern: str | None = None,
        concurrency: int = 4,
        on_download: OnArtifact | None = None,
    ) -> list[DownloadedArtifact]:
        """Download a job's artifacts (those whose path matches ``pattern``) into ``dest_dir``.

        Files are streamed to disk, ``concurrency`` at a time (1-64), and returned in listing order.
        The token only goes to CircleCI hosts and is dropped on cross-origin redirects; see
        ``circleci_api.artifacts``.  Raises ``UnsafeArtifactPathError`` (before writing anything) for
        a path that would escape ``dest_dir``, ``RequestValidationError`` for bad arguments, and
        ``APIStatusError`` / ``APIConnectionError`` when a download fails (files already finished
        stay; none is left half-written).  ``on_download(item)`` is called after each file.
        """
        number, workers = check_download_args(job_number, concurrency)
        listing = list(self.artifacts(project_slug, number))  # every page
        root = prepare_dest(dest_dir)
        planned = plan_downloads(listing, root, pattern)
        if not planned:
            return []
        results: list[DownloadedArtifact | None] = [None] * len(planned)
        with ThreadPoolExecutor(max_workers=min(workers, len(planned))) as pool:
            futures = {pool.submit(self._download_one, item): index for index, item in enumerate(planned)}
            try:
                for future in as_completed(futures):
                    result = results[futures[future]] = future.result()
                    if on_download is not None:
                        on_download(result)
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return [result for result in results if result is not None]

    def _download_one(self, item: PlannedDownload) -> DownloadedArtifact:
        client = cast("CircleCI", self._caller)
        url = artifact_url(item.url, item.artifact_path)
        transport = artifact_transport(client._transport, url)
        item.target.parent.mkdir(parents=True, exist_ok=True)
        size = 0
        with AtomicFile(item.target, fsync=False) as out, transport.stream("GET", url) as response:
            for chunk in body_chunks(response):
                out.write(chunk)
                size += len(chunk)
        return DownloadedArtifact(item.target, item.artifact_path, item.node_index, item.url, size)


class AsyncJobs(_AsyncJobs):
    """Operations under ``client.jobs`` (async)."""

    async def download_artifacts(
        self,
        project_slug: str | ProjectSlug,
        job_number: int | str,
        dest_dir: str | os.PathLike[str],
        *,
        pattern: str | None = None,
        concurrency: int = 4,
        on_download: OnArtifact | None = None,
    ) -> list[DownloadedArtifact]:
        """Async twin of ``CircleCI.jobs.download_artifacts``."""
        number, workers = check_download_args(job_number, concurrency)
        listing = [artifact async for artifact in self.artifacts(project_slug, number)]  # every page
        root = prepare_dest(dest_dir)
        planned = plan_downloads(listing, root, pattern)
        gate = asyncio.Semaphore(workers)

        async def one(item: PlannedDownload) -> DownloadedArtifact:
            async with gate:
                result = await self._download_one(item)
            if on_download is not None:
                on_download(result)
            return result

        tasks = [asyncio.ensure_future(one(item)) for item in planned]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def _download_one(self, item: PlannedDownload) -> DownloadedArtifact:
        client = cast("AsyncCircleCI", self._caller)
        url = artifact_url(item.url, item.artifact_path)
        transport = async_artifact_transport(client._transport, url)
        item.target.parent.mkdir(parents=True, exist_ok=True)
        size = 0
        with AtomicFile(item.target, fsync=False) as out:
            async with transport.stream("GET", url) as response:
                async for chunk in abody_chunks(response):
                    out.write(chunk)
                    size += len(chunk)
        return DownloadedArtifact(item.target, item.artifact_path, item.node_index, item.url, size)
