"""client.jobs.download_artifacts: token scoping across redirects, path safety, streaming to disk."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import httpx
import pytest

from circleci_api import NotFoundError, RequestValidationError
from circleci_api.artifacts import DownloadedArtifact, UnsafeArtifactPathError

from .conftest import Both
from .sim import API, SLUG, TOKEN, Sim, streamed

OUTPUT = "https://output.circle-artifacts.com/output/job/3df8fe81/artifacts"
STORE = "https://artifact-store.s3.example.com"


def artifact(path: str, url: str, node: int = 0) -> dict[str, Any]:
    return {"path": path, "node_index": node, "url": url}


def download(both: Both, dest: Path, **kwargs: Any) -> list[DownloadedArtifact]:
    return both(
        lambda c, clock: c.jobs.download_artifacts(SLUG, 7, dest, **kwargs),
        lambda c, clock: c.jobs.download_artifacts(SLUG, 7, dest, **kwargs),
    )


def needs_token(target: str) -> Any:
    """CircleCI's artifact host: 401 without the token, else a redirect to pre-signed storage."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("circle-token") != TOKEN:
            return httpx.Response(401, json={"message": "You must log in first."})
        return httpx.Response(302, headers={"Location": target})

    return handler


def content(data: bytes, **headers: str) -> Any:
    return lambda request: httpx.Response(200, content=data, headers=headers)


def test_token_reaches_circleci_but_not_the_host_it_redirects_to(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    sim.artifacts = [artifact("reports/junit.xml", f"{OUTPUT}/0/reports/junit.xml")]
    sim.files[f"{OUTPUT}/0/reports/junit.xml"] = needs_token(f"{STORE}/blob/1?X-Amz-Signature=abc")
    sim.files[f"{STORE}/blob/1"] = lambda request: streamed(b"<testsuites/>\n" * 10_000, size=4096)

    written = download(both, tmp_path / "out")

    assert [(w.artifact_path, w.size) for w in written] == [("reports/junit.xml", 140_000)]
    assert written[0].path == (tmp_path / "out" / "reports" / "junit.xml").resolve()
    assert written[0].path.read_bytes() == b"<testsuites/>\n" * 10_000
    (first,) = sim.requests_to(OUTPUT)
    (second,) = sim.requests_to(STORE)
    assert first.token == TOKEN
    assert second.token is None
    assert "circle-token" not in {k.lower() for k in second.headers}
    assert sim.requests_to(API)[0].token == TOKEN  # the listing


def test_api_origin_redirect_to_storage_drops_the_token(sim: Sim, both: Both, tmp_path: Path) -> None:
    url = f"{API}/project/{SLUG}/7/artifacts/0/app.tar"  # served by the API host itself
    sim.artifacts = [artifact("app.tar", url)]
    sim.files[url] = needs_token(f"{STORE}/blob/2")
    sim.files[f"{STORE}/blob/2"] = content(b"tarball")
    download(both, tmp_path)
    assert [s.token for s in sim.seen] == [TOKEN, TOKEN, None]
    assert (tmp_path / "app.tar").read_bytes() == b"tarball"


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.net/output/job/x/artifacts/0/a.txt",
        "https://circle-artifacts.com.evil.example.net/a.txt",
        "http://output.circle-artifacts.com/output/job/x/artifacts/0/a.txt",  # not https
    ],
)
def test_other_hosts_never_get_the_token(sim: Sim, both: Both, tmp_path: Path, url: str) -> None:
    sim.artifacts = [artifact("a.txt", url)]
    sim.files[url] = content(b"hello")
    download(both, tmp_path)
    assert [s.token for s in sim.requests_to(url)] == [None]
    assert (tmp_path / "a.txt").read_bytes() == b"hello"


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("../evil.txt", "'..'"),
        ("logs/../../evil.txt", "'..'"),
        ("..\\evil.txt", "'..'"),
        ("/etc/passwd", "absolute"),
        ("C:\\Windows\\evil.txt", "absolute"),
        ("", "empty"),
        ("a\0b", "NUL"),
    ],
)
def test_path_traversal_is_refused_before_anything_is_written(
    sim: Sim, both: Both, tmp_path: Path, bad: str, reason: str
) -> None:
    dest = tmp_path / "out"
    sim.artifacts = [artifact("ok.txt", f"{OUTPUT}/0/ok.txt"), artifact(bad, f"{OUTPUT}/0/evil")]
    sim.files[f"{OUTPUT}/0/ok.txt"] = content(b"fine")
    sim.files[f"{OUTPUT}/0/evil"] = content(b"pwned")

    with pytest.raises(UnsafeArtifactPathError) as caught:
        download(both, dest)

    assert caught.value.path == bad
    assert reason in caught.value.reason
    assert isinstance(caught.value, ValueError)
    assert sim.requests_to(OUTPUT) == []  # nothing was downloaded
    assert list(dest.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()


def test_a_symlink_inside_dest_cannot_lead_outside(sim: Sim, both: Both, tmp_path: Path) -> None:
    dest, outside = tmp_path / "out", tmp_path / "outside"
    dest.mkdir()
    outside.mkdir()
    (dest / "link").symlink_to(outside, target_is_directory=True)
    sim.artifacts = [artifact("link/evil.txt", f"{OUTPUT}/0/evil")]
    sim.files[f"{OUTPUT}/0/evil"] = content(b"pwned")
    with pytest.raises(UnsafeArtifactPathError, match="outside the destination"):
        download(both, dest)
    assert list(outside.iterdir()) == []


def test_pattern_filters_and_parallel_nodes_do_not_overwrite_each_other(
    sim: Sim, both: Both, tmp_path: Path
) -> None:
    sim.artifacts = [
        artifact("test-results/junit.xml", f"{OUTPUT}/0/test-results/junit.xml", node=0),
        artifact("test-results/junit.xml", f"{OUTPUT}/1/test-results/junit.xml", node=1),
        artifact("coverage/index.html", f"{OUTPUT}/0/coverage/index.html", node=0),
        artifact("test-results/extra.xml", f"{OUTPUT}/0/test-results/extra.xml", node=0),
    ]
    for node in (0, 1):
        sim.files[f"{OUTPUT}/{node}/test-results/junit.xml"] = content(f"node {node}".encode())
    sim.files[f"{OUTPUT}/0/test-results/extra.xml"] = content(b"extra")

    written = download(both, tmp_path, pattern="test-results/*", concurrency=2)

    assert sorted(str(w.path.relative_to(tmp_path.resolve())) for w in written) == [
        "node-0/test-results/junit.xml",
        "node-1/test-results/junit.xml",
        "test-results/extra.xml",
    ]
    assert (tmp_path / "node-1" / "test-results" / "junit.xml").read_text() == "node 1"
    assert not sim.requests_to(f"{OUTPUT}/0/coverage")


def test_transport_compression_is_undone_and_big_files_stream(sim: Sim, both: Both, tmp_path: Path) -> None:
    text = b"line of a build log\n" * 50_000
    sim.artifacts = [
        artifact("log.txt", f"{OUTPUT}/0/log.txt"),
        artifact("big.bin", f"{OUTPUT}/0/big.bin"),
        artifact("logs.gz", f"{OUTPUT}/0/logs.gz"),
    ]
    sim.files[f"{OUTPUT}/0/log.txt"] = content(gzip.compress(text), **{"Content-Encoding": "gzip"})
    blob = bytes(range(256)) * 20_000
    sim.files[f"{OUTPUT}/0/big.bin"] = lambda request: streamed(blob, size=8192)
    stored_gzip = gzip.compress(b"kept compressed")
    sim.files[f"{OUTPUT}/0/logs.gz"] = content(stored_gzip)

    written = download(both, tmp_path)

    assert (tmp_path / "log.txt").read_bytes() == text
    assert (tmp_path / "big.bin").read_bytes() == blob
    assert (tmp_path / "logs.gz").read_bytes() == stored_gzip  # a .gz artifact is saved as it is
    assert [w.size for w in written] == [len(text), len(blob), len(stored_gzip)]


def test_a_failed_download_raises_and_leaves_no_partial_file(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.artifacts = [artifact("a.txt", f"{OUTPUT}/0/a.txt"), artifact("gone.txt", f"{OUTPUT}/0/gone.txt")]
    sim.files[f"{OUTPUT}/0/a.txt"] = content(b"a")
    sim.files[f"{OUTPUT}/0/gone.txt"] = lambda request: httpx.Response(404, json={"message": "Not found"})
    with pytest.raises(NotFoundError):
        download(both, tmp_path, concurrency=1)
    assert not (tmp_path / "gone.txt").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_no_artifacts_writes_nothing(sim: Sim, both: Both, tmp_path: Path) -> None:
    assert download(both, tmp_path / "new") == []
    assert (tmp_path / "new").is_dir()


@pytest.mark.parametrize(
    ("kwargs", "path"), [({"concurrency": 0}, "concurrency"), ({"pattern": 3}, "pattern")]
)
def test_bad_arguments(sim: Sim, both: Both, tmp_path: Path, kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        download(both, tmp_path, **kwargs)
    assert caught.value.path == path


def test_every_page_of_artifacts_is_downloaded(sim: Sim, both: Both, tmp_path: Path) -> None:
    sim.artifacts = [artifact("a.txt", f"{OUTPUT}/0/a.txt")]
    sim.artifacts_next_page = "next-page"
    sim.artifacts_page_two = [artifact("b.txt", f"{OUTPUT}/0/b.txt")]
    sim.files[f"{OUTPUT}/0/a.txt"] = content(b"a")
    sim.files[f"{OUTPUT}/0/b.txt"] = content(b"b")
    written = download(both, tmp_path)
    assert sorted(item.artifact_path for item in written) == ["a.txt", "b.txt"]
    assert (tmp_path / "b.txt").read_bytes() == b"b"
