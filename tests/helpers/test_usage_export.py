"""Usage export end to end: pacing, failures, streaming merge with bounded memory, window splitting."""

from __future__ import annotations

import gzip
import itertools
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from circleci_api import RequestValidationError, RetryPolicy, UsageExportFailed, WaitTimeoutError
from circleci_api.usage import REPORT_FIELDS, ExportFormatError, HeaderMismatchError, UsageExportResult

from .conftest import Both
from .sim import API, ORG, WALL_START, Seen, Sim, gz, json_response, streamed

HEADER = ",".join(f.name for f in REPORT_FIELDS) + "\n"
EXPORT_GETS = f"{API}/organizations/{ORG}/usage_export_job/"


def row(tag: str) -> str:
    """A plausible data line (the values' types do not matter to the merge)."""
    values = [tag, "acme", "2020-01-01T00:00:00Z", "p-1", "api", "2020-01-02", "2025-09-01T00:00:00Z"]
    values += ["github", "https://github.com/acme/api", "main", "pl-1", "2025-09-01T10:00:00Z", "42", "N"]
    values += ["webhook", "u-1", "wf-1", "build", "2025-09-01T10:00:01Z", "2025-09-01T10:00:02Z"]
    values += ["2025-09-01T10:05:00Z", "Y", "test", "job-1", "7", "2025-09-01", "2025-09-01T10:00:01Z"]
    values += ["2025-09-01T10:00:02Z", "2025-09-01T10:04:00Z", "success", "medium", "linux", "docker", "1"]
    values += ["238", "41.5", "97", "22.5", "60", "12.5", "0", "0", "0.2", "0", "0", "0", "0", "12.7"]
    assert len(values) == 48
    return ",".join(values) + "\n"


def part(tag: str, rows: int = 3, header: str = HEADER) -> bytes:
    return gz(header + row(tag) * rows)


def gets(sim: Sim) -> list[Seen]:
    return [s for s in sim.requests_to(EXPORT_GETS) if s.method == "GET"]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".partial"))


def export(both: Both, dest: Path, start: Any, end: Any, **kwargs: Any) -> UsageExportResult:
    return both(
        lambda c, clock: c.usage.export(ORG, start, end, dest, clock=clock, **kwargs),
        lambda c, clock: c.usage.export(ORG, start, end, dest, clock=clock, **kwargs),
    )


# --------------------------------------------------------------------------- the big one


def test_three_gzip_parts_of_50_mb_merge_with_bounded_memory(sim: Sim, both: Both, tmp_path: Path) -> None:
    part_rows = 17_500_000 // len(row("p0"))
    bodies = [(row(f"p{n}") * part_rows).encode() for n in range(3)]
    # Stored (level 0) gzip: each compressed part is as big as its CSV, so holding either the
    # compressed or the decompressed part in memory would break the bound below.
    blobs = [gzip.compress(HEADER.encode() + body, compresslevel=0, mtime=0) for body in bodies]
    assert min(map(len, blobs)) > 17_000_000
    total = len(HEADER) + sum(map(len, bodies))
    assert total >= 50_000_000
    part_size = len(bodies[0])
    sim.export_parts = lambda n: blobs
    dest = tmp_path / "usage.csv"

    def run(client: Any, clock: Any) -> Any:
        job = client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-30T00:00:00Z")
        return job, clock

    def download(client: Any, job: Any) -> UsageExportResult:
        status = client.usage.wait_for_export(ORG, job.usage_export_job_id, clock=sim.clock, poll_interval=1)
        tracemalloc.start()
        try:
            result: UsageExportResult = client.usage.download_export(status, dest)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        return result, peak  # type: ignore[return-value]

    async def adownload(client: Any, clock: Any) -> Any:
        job = await client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-30T00:00:00Z")
        status = await client.usage.wait_for_export(
            ORG, job.usage_export_job_id, clock=clock, poll_interval=1
        )
        tracemalloc.start()
        try:
            result = await client.usage.download_export(status, dest)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        return result, peak

    result, peak = both(lambda c, clock: download(c, run(c, clock)[0]), adownload)

    # Memory: a small fraction of one part (each part is 17.5 MB uncompressed, 3 are merged).
    assert peak < 2 * 1024 * 1024, f"peak traced allocation {peak} bytes"
    assert peak < part_size / 8
    # Content: one header, then every part's rows in order.
    assert result.parts == 3
    assert result.bytes_written == total == dest.stat().st_size
    assert result.header == HEADER.strip()
    data = dest.read_bytes()
    assert data.count(HEADER.encode()) == 1
    assert data.startswith(HEADER.encode())
    offsets = [len(HEADER), len(HEADER) + part_size, len(HEADER) + 2 * part_size]
    assert [data[o : o + 2] for o in offsets] == [b"p0", b"p1", b"p2"]
    # The pre-signed part URLs never saw the token.
    downloads = sim.requests_to(sim.part_host)
    assert len(downloads) == 3
    assert all(s.token is None for s in downloads)
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- splitting and pacing


def test_45_day_export_is_split_into_two_jobs_and_merged(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part(f"j{n}a"), part(f"j{n}b", rows=2)] if n == 0 else [part("j1a", rows=1)]
    progress: list[str] = []
    dest = tmp_path / "usage.csv"
    result = export(both, dest, "2025-09-01", "2025-10-15", on_progress=progress.append)

    posts = [s for s in sim.seen if s.method == "POST"]
    assert [(p.body["start"], p.body["end"]) for p in posts] == [
        ("2025-09-01T00:00:00Z", "2025-10-01T23:59:59Z"),
        ("2025-10-02T00:00:00Z", "2025-10-15T23:59:59Z"),
    ]
    assert all("shared_org_ids" not in p.body for p in posts)
    assert dest.read_text() == HEADER + row("j0a") * 3 + row("j0b") * 2 + row("j1a")
    assert (result.parts, len(result.jobs)) == (3, 2)
    assert [str(job.state) for job in result.jobs] == ["completed", "completed"]

    # GETs are paced org-wide: never closer than 360 s (10 per hour), the first one 360 s after the POSTs.
    times = [posts[-1].at] + [s.at for s in gets(sim)]
    assert len(times) == 5
    assert all(b - a >= 360 for a, b in itertools.pairwise(times))
    assert sum(sim.clock.sleeps) == pytest.approx(4 * 360)
    assert all(s.token is None for s in sim.requests_to(sim.part_host))
    assert any("job 2/2: downloading part 1/1" in line for line in progress)


def test_shared_org_ids_are_sent_with_every_job(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part(f"j{n}")]
    shared = ["5e1d2c3b-0000-4000-8000-000000000001"]
    export(both, tmp_path / "u.csv", "2025-09-01", "2025-11-15", shared_org_ids=shared, poll_interval=1)
    posts = [s for s in sim.seen if s.method == "POST"]
    assert len(posts) == 3
    assert all(p.body["shared_org_ids"] == shared for p in posts)


def test_retry_after_on_the_status_endpoint_is_honoured(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part("a")]
    sim.fail_next = [
        (EXPORT_GETS, json_response(429, {"message": "Rate limit exceeded"}, {"Retry-After": "900"}))
    ]
    export(both, tmp_path / "u.csv", "2025-09-01", "2025-09-02")
    limited, *rest = gets(sim)
    assert rest[0].at - limited.at >= 900


def test_wait_for_export_reports_states_and_polls_at_the_documented_rate(sim: Sim, both: Both) -> None:
    sim.export_states = ["created", "processing", "processing", "completed"]
    sim.export_parts = lambda n: [part("a")]
    seen: list[str] = []

    def sync(client: Any, clock: Any) -> Any:
        job = client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return client.usage.wait_for_export(
            ORG, job.usage_export_job_id, clock=clock, on_update=lambda j: seen.append(str(j.state))
        )

    async def async_(client: Any, clock: Any) -> Any:
        job = await client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return await client.usage.wait_for_export(
            ORG, job.usage_export_job_id, clock=clock, on_update=lambda j: seen.append(str(j.state))
        )

    job = both(sync, async_)
    assert str(job.state) == "completed"
    assert len(job.download_urls) == 1
    assert seen == ["created", "processing", "completed"]
    assert sim.clock.sleeps == [360, 360, 360]


def test_failed_export_raises_with_error_reason_and_writes_nothing(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    sim.export_states = ["processing", "failed"]
    sim.export_error = "Query exceeded the 4 hour timeout"
    dest = tmp_path / "usage.csv"
    with pytest.raises(UsageExportFailed) as caught:
        export(both, dest, "2025-09-01", "2025-09-05", poll_interval=60)
    assert caught.value.error_reason == "Query exceeded the 4 hour timeout"
    assert "4 hour timeout" in str(caught.value)
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_export_wait_times_out_with_the_last_job(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_states = ["processing"]
    with pytest.raises(WaitTimeoutError) as caught:
        export(both, tmp_path / "u.csv", "2025-09-01", "2025-09-05", poll_interval=600, timeout=3000)
    assert str(caught.value.last_state.state) == "processing"
    assert sum(sim.clock.sleeps) <= 3000


# --------------------------------------------------------------------------- bad parts: no truncated file


def test_part_with_a_different_header_is_refused_and_dest_kept(sim: Sim, both: Both, tmp_path: Path) -> None:
    other = HEADER.replace("total_credits", "credits_total")
    sim.export_parts = lambda n: [part("a"), part("b", header=other)]
    dest = tmp_path / "usage.csv"
    dest.write_text("previous export\n")
    with pytest.raises(HeaderMismatchError) as caught:
        export(both, dest, "2025-09-01", "2025-09-05", poll_interval=1)
    assert caught.value.part == 2
    assert "column 48: expected 'total_credits', got 'credits_total'" in str(caught.value)
    assert dest.read_text() == "previous export\n"
    assert leftovers(tmp_path) == []


def test_truncated_gzip_part_is_an_error_not_a_short_file(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part("a", rows=500)[:-30]]
    dest = tmp_path / "usage.csv"
    with pytest.raises(ExportFormatError, match="truncated"):
        export(both, dest, "2025-09-01", "2025-09-05", poll_interval=1)
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_expired_part_url_raises_the_status_error(sim: Sim, both: Both, tmp_path: Path) -> None:
    from circleci_api import PermissionDeniedError

    sim.export_parts = lambda n: [part("a")]
    sim.fail_next = [(sim.part_host, httpx.Response(403, text="<Error>Request has expired</Error>"))]
    with pytest.raises(PermissionDeniedError) as caught:
        export(both, tmp_path / "u.csv", "2025-09-01", "2025-09-05", poll_interval=1)
    assert "X-Amz-Signature" not in str(caught.value)  # the pre-signed query string stays out of messages


def test_a_download_cut_short_is_retried_from_the_start_of_the_part(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    first, second = part("a", rows=200), gz(HEADER + row("b") * 60_000)
    assert len(second) > 6 * 16 * 1024
    sim.export_parts = lambda n: [first, second]
    calls: list[int] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        # The first attempt breaks off after 96 KiB, once rows of the part were already written.
        calls.append(1)
        return streamed(second, size=16 * 1024, fail_after=6 if len(calls) == 1 else None)

    dest = tmp_path / "u.csv"

    def sync(client: Any, clock: Any) -> Any:
        job = client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        status = client.usage.wait_for_export(ORG, job.usage_export_job_id, clock=clock, poll_interval=1)
        sim.files[str(httpx.URL(status.download_urls[1]).copy_with(query=None))] = flaky
        return client.usage.download_export(status, dest)

    async def async_(client: Any, clock: Any) -> Any:
        job = await client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        status = await client.usage.wait_for_export(
            ORG, job.usage_export_job_id, clock=clock, poll_interval=1
        )
        sim.files[str(httpx.URL(status.download_urls[1]).copy_with(query=None))] = flaky
        return await client.usage.download_export(status, dest)

    no_wait = RetryPolicy(initial_delay=0.0, jitter=0.0)
    both(sync, async_, max_retries=1, retry_policy=no_wait)
    assert len(calls) == 2
    assert dest.read_text() == HEADER + row("a") * 200 + row("b") * 60_000


def test_download_needs_a_completed_job(sim: Sim, both: Both, tmp_path: Path) -> None:
    def sync(client: Any, clock: Any) -> Any:
        job = client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return client.usage.download_export(job, tmp_path / "u.csv")

    async def async_(client: Any, clock: Any) -> Any:
        job = await client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return await client.usage.download_export(job, tmp_path / "u.csv")

    with pytest.raises(RequestValidationError, match="not completed"):
        both(sync, async_)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("start", "end", "path"),
    [
        ("2025-09-05", "2025-09-01", "end"),
        ("2025-09-01T00:00:00", "2025-09-02", "start"),
        ("yesterday", "2025-09-02", "start"),
    ],
)
def test_bad_windows_fail_before_any_request(
    sim: Sim, both: Both, tmp_path: Path, start: str, end: str, path: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        export(both, tmp_path / "u.csv", start, end)
    assert caught.value.path == path
    assert sim.seen == []


# --------------------------------------------------------------------------- completed, but no URLs yet


def test_a_completed_job_without_urls_is_polled_until_they_come(sim: Sim, both: Both, tmp_path: Path) -> None:
    # CircleCI has been seen to say "completed" with null, then empty, download_urls.
    sim.export_states = ["processing", "completed"]
    sim.export_missing_urls = [None, []]
    sim.export_parts = lambda n: [part("late")]
    progress: list[str] = []
    dest = tmp_path / "usage.csv"
    result = export(both, dest, "2025-09-01", "2025-09-02", on_progress=progress.append)

    assert dest.read_text() == HEADER + row("late") * 3
    assert (result.parts, result.bytes_written) == (1, dest.stat().st_size)
    assert len(result.jobs[0].download_urls) == 1
    times = [s.at for s in gets(sim)]
    assert len(times) == 4  # processing, completed (null), completed ([]), completed with the URL
    assert all(b - a >= 360 for a, b in itertools.pairwise(times))  # still within the rate limit
    assert any("completed but has no download URLs yet" in line for line in progress)


def test_a_completed_job_that_never_gets_urls_fails_and_writes_nothing(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    sim.export_states = ["completed"]
    sim.export_missing_urls = [None] * 1000
    dest = tmp_path / "usage.csv"
    dest.write_text("previous export\n")
    with pytest.raises(UsageExportFailed, match="no download URLs") as caught:
        export(both, dest, "2025-09-01", "2025-09-02", timeout=3600)
    assert str(caught.value.job.state) == "completed"
    assert dest.read_text() == "previous export\n"  # never an empty CSV reported as success
    assert leftovers(tmp_path) == []
    assert 8 <= len(gets(sim)) <= 11  # polled all along, at most 10 an hour
    assert sum(sim.clock.sleeps) <= 3600


def test_wait_for_export_waits_for_the_urls_too(sim: Sim, both: Both) -> None:
    sim.export_states = ["completed"]
    sim.export_missing_urls = [[]]
    sim.export_parts = lambda n: [part("a"), part("b")]

    def sync(client: Any, clock: Any) -> Any:
        job = client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return client.usage.wait_for_export(ORG, job.usage_export_job_id, clock=clock)

    async def async_(client: Any, clock: Any) -> Any:
        job = await client.usage.create_export(ORG, start="2025-09-01T00:00:00Z", end="2025-09-02T00:00:00Z")
        return await client.usage.wait_for_export(ORG, job.usage_export_job_id, clock=clock)

    job = both(sync, async_)
    assert len(job.download_urls) == 2
    assert sim.clock.sleeps == [360]  # the first poll at once, the second (with URLs) 360 s later


def test_download_of_a_completed_job_without_urls_is_refused(sim: Sim, both: Both, tmp_path: Path) -> None:
    from circleci_api_generated.models.usage_export_job_status import UsageExportJobStatus

    for urls in (None, []):
        job = UsageExportJobStatus.from_dict(
            {
                "usage_export_job_id": "e8235eed-f121-4ae3-9c72-2719d6572818",
                "state": "completed",
                "download_urls": urls,
            }
        )

        async def adownload(client: Any, clock: Any, job: Any = job) -> Any:
            return await client.usage.download_export(job, tmp_path / "u.csv")

        with pytest.raises(UsageExportFailed, match="no download URLs"):
            both(lambda c, clock, job=job: c.usage.download_export(job, tmp_path / "u.csv"), adownload)
    assert list(tmp_path.iterdir()) == []
    assert sim.seen == []


# --------------------------------------------------------------------------- windows and the wall clock


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2025-11-16", "2025-11-20", "starts in the future"),
        ("2025-11-15T12:00:01+00:00", "2025-11-15T13:00:00+00:00", "starts in the future"),
        ("2024-10-14", "2024-10-20", "more than 13 months ago"),
        ("2024-10-15T11:59:59Z", "2024-10-20", "more than 13 months ago"),
    ],
)
def test_windows_without_data_are_refused_before_any_request(
    sim: Sim, both: Both, tmp_path: Path, start: str, end: str, message: str
) -> None:
    # The fake clock's wall time is 2025-11-15 12:00 UTC: data exists from 2024-10-15 12:00 on.
    with pytest.raises(RequestValidationError, match=message) as caught:
        export(both, tmp_path / "u.csv", start, end)
    assert caught.value.path == "start"
    assert sim.seen == []
    assert list(tmp_path.iterdir()) == []


def test_the_oldest_start_is_accepted(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part(f"j{n}")]
    export(both, tmp_path / "u.csv", "2024-10-15T12:00:00Z", "2024-10-16", poll_interval=1)
    (post,) = [s for s in sim.seen if s.method == "POST"]
    assert post.body["start"] == "2024-10-15T12:00:00Z"


def test_a_window_ending_in_the_future_is_clamped_to_now(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.export_parts = lambda n: [part(f"j{n}")]
    progress: list[str] = []
    result = export(
        both, tmp_path / "u.csv", "2025-11-01", "2025-12-31", poll_interval=1, on_progress=progress.append
    )
    now = WALL_START
    assert result.clamped_end == now
    posts = [s for s in sim.seen if s.method == "POST"]
    assert [(p.body["start"], p.body["end"]) for p in posts] == [
        ("2025-11-01T00:00:00Z", "2025-11-15T12:00:00Z")
    ]
    assert any(
        "ends in the future; exporting up to now (2025-11-15T12:00:00+00:00)" in line for line in progress
    )
    # A window in the past is not clamped.
    assert export(both, tmp_path / "v.csv", "2025-10-01", "2025-10-02", poll_interval=1).clamped_end is None


# --------------------------------------------------------------------------- the real file format


REAL_HEADER = ",".join(f.name.upper() for f in REPORT_FIELDS) + "\n"


def real_row(tag: str) -> str:
    """A data line as CircleCI writes it: \\N nulls, backslash escapes, zoneless timestamps."""
    values = [tag, "acme\\, inc", "2020-01-01", "p-1", "api", "2020-01-02", "\\N", "github"]
    values += ["https://github.com/acme/api", "main", "pl-1", "2025-09-01 10:00:00.250", "42", "N", "webhook"]
    values += ["\\N", "wf-1", "build\\\\nightly", "2025-09-01 10:00:01", "2025-09-01 10:00:02", "\\N", "true"]
    values += ["test", "job-1", "7", "2025-09-01", "2025-09-01 10:00:01", "2025-09-01 10:00:02"]
    values += ["2025-09-01 10:04:00", "success", "medium", "linux", "docker", "1", "238", "\\N", "\\N"]
    values += ["\\N", "\\N", "12.5", "0", "0", "0.2", "0", "0", "0", "0", "12.7"]
    assert len(values) == 48
    return ",".join(values) + "\n"


def test_real_format_parts_merge_byte_exact_with_one_header(sim: Sim, both: Both, tmp_path: Path) -> None:
    first = (REAL_HEADER + real_row("a") + real_row("b")).encode()
    # A record with an escaped newline inside a field, CRLF line ends, and no newline at the end.
    second = (REAL_HEADER + real_row("c").replace("test,", "multi\\\nline,") + real_row("d")).encode()
    third = (REAL_HEADER.replace("\n", "\r\n") + real_row("e").replace("\n", "\r\n")).encode()
    last = (REAL_HEADER + real_row("f")[:-1]).encode()
    sim.export_parts = lambda n: [gz(first), gz(second), gz(third), last]
    dest = tmp_path / "usage.csv"
    result = export(both, dest, "2025-09-01", "2025-09-02", poll_interval=1)

    data = dest.read_bytes()
    body = [first, second, third, last + b"\n"]
    expected = REAL_HEADER.encode() + b"".join(part.split(b"\n", 1)[1] for part in body)
    assert data == expected  # every data row byte for byte, one header
    assert data.count(b"ORGANIZATION_ID") == 1
    assert result.header == REAL_HEADER.strip()

    from circleci_api.usage import read_rows

    rows = list(read_rows(dest))
    assert [r.organization_id for r in rows] == ["a", "b", "c", "d", "e", "f"]
    assert {r.organization_name for r in rows} == {"acme, inc"}
    assert rows[2].job_name == "multi\nline"
    assert {r.workflow_name for r in rows} == {"build\\nightly"}
    assert all(r.total_credits == 12.7 and r.workflow_stopped_at is None for r in rows)


def test_a_part_with_a_lowercase_header_does_not_merge_with_an_uppercase_one(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    sim.export_parts = lambda n: [gz(REAL_HEADER + real_row("a")), part("b")]
    with pytest.raises(HeaderMismatchError) as caught:
        export(both, tmp_path / "u.csv", "2025-09-01", "2025-09-02", poll_interval=1)
    assert caught.value.part == 2
    assert "column 1: expected 'ORGANIZATION_ID', got 'organization_id'" in str(caught.value)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("empty", [b"", gz(b"")])
def test_an_empty_part_is_an_error_not_an_empty_result(
    sim: Sim, both: Both, tmp_path: Path, empty: bytes
) -> None:
    sim.export_parts = lambda n: [part("a"), empty]
    dest = tmp_path / "usage.csv"
    with pytest.raises(ExportFormatError, match="part 2 is empty"):
        export(both, dest, "2025-09-01", "2025-09-02", poll_interval=1)
    assert not dest.exists()
    assert leftovers(tmp_path) == []


def test_plain_and_multi_member_parts_are_accepted(sim: Sim, both: Both, tmp_path: Path) -> None:
    multi = gz(HEADER + row("m1")) + gz(row("m2") * 2) + b"\0" * 16  # NUL padding after the last member
    plain = (HEADER + row("p") * 2).encode()
    sim.export_parts = lambda n: [multi, plain]
    export(both, tmp_path / "u.csv", "2025-09-01", "2025-09-02", poll_interval=1)
    assert (tmp_path / "u.csv").read_text() == HEADER + row("m1") + row("m2") * 2 + row("p") * 2
