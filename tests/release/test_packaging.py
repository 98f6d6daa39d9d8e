"""The distribution: reproducible wheel and sdist, an sdist that can regenerate, a wheel that installs.

Everything is built from copies of the working tree into temporary directories, offline
(``python -m build --no-isolation`` with the pinned hatchling of the dev venv).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

import circleci_api

ROOT = Path(__file__).resolve().parents[2]
EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC
# Not part of any distribution; skipped to keep the copies small.
SKIPPED = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "build", "dist", "__pycache__", "*.pyc", ".*_cache", ".hypothesis"
)
# What `make generate` reads, and what the sdist must therefore carry.
REGENERATION_INPUTS = (
    "openapi/circleci-v2.json",
    "openapi/resources.json",
    "openapi/fixes/010-x-nullable.json",
    "openapi/templates/model.py.jinja",
    "generator-config.yaml",
    "Makefile",
    "pyproject.toml",
    "requirements/dev.txt",
    "tools/generate.py",
    "tools/build_spec.py",
    "tools/gen_client.py",
    "tools/check_generated.py",
    "tools/import_spec.py",
    "tools/update_spec.py",
    "generated/circleci_api_generated/_operations.py",
    "overlay/circleci_api/_version.py",
    "CHANGELOG.md",
)
# What the sdist's own tests read besides tests/: the licence, the benchmark harness (tests/bench)
# and the pinned Prism (tests/contract; `make node` installs it from the lock file).
TEST_INPUTS = ("LICENSE", "package.json", "package-lock.json", "README.md", "docs/operations.md")


def copy_source(source: Path, target: Path, *, mtime: float | None = None, private: bool = False) -> Path:
    """Copy a source tree (skipping what no distribution includes) to ``target``.

    The copy gets fresh modification times, or ``mtime`` when given; ``private`` drops group and
    other permissions, as a checkout made under ``umask 077`` would.  Executable bits are kept.
    """
    shutil.copytree(source, target, ignore=SKIPPED, copy_function=shutil.copy)
    if mtime is not None or private:
        for path in [target, *target.rglob("*")]:
            if private:
                path.chmod(stat.S_IMODE(path.stat().st_mode) & 0o700)
            if mtime is not None:
                os.utime(path, (mtime, mtime))
    return target


def build(source: Path, outdir: Path) -> tuple[Path, Path]:
    """``python -m build`` (sdist, then the wheel from the sdist); return (wheel, sdist)."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH)}
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(outdir), str(source)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = outdir.glob("*.whl")
    (sdist,) = outdir.glob("*.tar.gz")
    return wheel, sdist


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the working tree, so that edits made meanwhile cannot differ between builds."""
    return copy_source(ROOT, tmp_path_factory.mktemp("source") / "src")


@pytest.fixture(scope="module")
def artifacts(source: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One wheel and one sdist built from the snapshot."""
    return build(source, tmp_path_factory.mktemp("dist"))


@pytest.mark.slow
def test_two_builds_of_the_same_sources_are_byte_identical(
    source: Path, artifacts: tuple[Path, Path], tmp_path: Path
) -> None:
    # A second checkout of the same files, made at another time under another umask.
    second = copy_source(source, tmp_path / "src", mtime=1_500_000_000, private=True)
    wheel, sdist = build(second, tmp_path / "out")
    first_wheel, first_sdist = artifacts
    assert wheel.name == first_wheel.name
    assert wheel.read_bytes() == first_wheel.read_bytes()
    assert sdist.read_bytes() == first_sdist.read_bytes()


def test_archive_timestamps_come_from_source_date_epoch(artifacts: tuple[Path, Path]) -> None:
    wheel, sdist = artifacts
    expected = dt.datetime.fromtimestamp(EPOCH, dt.UTC).timetuple()[:6]
    with zipfile.ZipFile(wheel) as archive:
        assert {info.date_time for info in archive.infolist()} == {expected}
    with tarfile.open(sdist) as archive:
        assert {member.mtime for member in archive.getmembers()} == {EPOCH}


def test_wheel_holds_both_packages_typed_and_versioned(artifacts: tuple[Path, Path]) -> None:
    wheel, _ = artifacts
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"circleci_api-{circleci_api.__version__}.dist-info/METADATA").decode()
    assert wheel.name == f"circleci_api-{circleci_api.__version__}-py3-none-any.whl"
    assert {"circleci_api/py.typed", "circleci_api_generated/py.typed"} <= names
    assert {"circleci_api/__init__.py", "circleci_api_generated/_operations.py"} <= names
    assert f"\nVersion: {circleci_api.__version__}\n" in metadata
    assert not [name for name in names if name.startswith(("tools/", "tests/", "openapi/"))]


def test_the_licence_is_in_the_repository_the_wheel_and_the_sdist(artifacts: tuple[Path, Path]) -> None:
    wheel, sdist = artifacts
    licence = (ROOT / "LICENSE").read_bytes()
    assert licence.startswith(b"MIT License\n")
    assert b"Copyright (c) 2026 circleci-api developers" in licence
    dist_info = f"circleci_api-{circleci_api.__version__}.dist-info"
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read(f"{dist_info}/licenses/LICENSE") == licence
        metadata = archive.read(f"{dist_info}/METADATA").decode()
    assert "\nLicense-Expression: MIT\n" in metadata
    assert "\nLicense-File: LICENSE\n" in metadata
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(f"circleci_api-{circleci_api.__version__}/LICENSE")
        assert member is not None
        assert member.read() == licence


def test_sdist_holds_what_its_tests_need(artifacts: tuple[Path, Path]) -> None:
    _, sdist = artifacts
    prefix = f"circleci_api-{circleci_api.__version__}/"
    with tarfile.open(sdist) as archive:
        names = {member.name.removeprefix(prefix) for member in archive.getmembers()}
    expected = {*TEST_INPUTS, *(str(path.relative_to(ROOT)) for path in (ROOT / "bench").glob("*.py"))}
    expected |= {str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("*.py")}
    assert not expected - names, f"sdist lacks {sorted(expected - names)}"
    assert not [name for name in names if name.startswith((".venv", "node_modules/", "build/", "dist/"))]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_the_unpacked_sdist_passes_the_fast_test_subset(artifacts: tuple[Path, Path], tmp_path: Path) -> None:
    """`make test-fast` in the unpacked sdist, with the development venv and the sdist's own code."""
    _, sdist = artifacts
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (unpacked,) = tmp_path.iterdir()
    venv = Path(sys.prefix)
    # The development venv's editable install points at the checkout; PYTHONPATH comes first.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(unpacked / name) for name in ("overlay", "generated")),
        "CI": "true",
    }
    code = "import circleci_api, circleci_api_generated as g; print(circleci_api.__file__, g.__file__)"
    probe = subprocess.run(
        [sys.executable, "-c", code], cwd=unpacked, env=env, capture_output=True, text=True, check=True
    )
    assert all(Path(path).is_relative_to(unpacked) for path in probe.stdout.split()), probe.stdout
    result = subprocess.run(
        ["make", "--no-print-directory", "test-fast", f"VENV={venv}", "-o", f"{venv}/.installed"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    summary = output.strip().splitlines()[-1]
    assert " passed" in summary, summary
    assert "failed" not in summary
    assert "error" not in summary


def test_sdist_holds_what_a_regeneration_needs(artifacts: tuple[Path, Path]) -> None:
    _, sdist = artifacts
    prefix = f"circleci_api-{circleci_api.__version__}/"
    with tarfile.open(sdist) as archive:
        names = {member.name.removeprefix(prefix) for member in archive.getmembers()}
    missing = [name for name in REGENERATION_INPUTS if name not in names]
    assert not missing, f"sdist lacks {missing}"
    for directory, source in (
        ("openapi/fixes/", ROOT / "openapi" / "fixes"),
        ("openapi/templates/", ROOT / "openapi" / "templates"),
    ):
        expected = {directory + path.name for path in source.iterdir() if path.is_file()}
        assert expected <= names, f"sdist lacks {sorted(expected - names)}"


@pytest.mark.slow
def test_the_unpacked_sdist_regenerates_exactly_its_generated_code(
    artifacts: tuple[Path, Path], tmp_path: Path
) -> None:
    _, sdist = artifacts
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path, filter="data")
    (unpacked,) = tmp_path.iterdir()
    result = subprocess.run(
        [sys.executable, "-m", "tools.check_generated"],
        cwd=unpacked,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_the_wheel_installs_into_a_fresh_venv_and_imports(
    artifacts: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, _ = artifacts
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index"),
            *("--no-compile", "--disable-pip-version-check", "--quiet", str(wheel)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    # Runtime dependencies (httpx, attrs, dateutil) come from the dev venv, appended after the fresh
    # site-packages.  A plain path line does not run the dev venv's editable-install .pth files.
    fresh_site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (fresh_site / "_dev_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    probe = (
        "import importlib.metadata as md, json, pathlib\n"
        "import circleci_api, circleci_api_generated\n"
        "from circleci_api import CircleCI, SPEC_INFO\n"
        "print(json.dumps({'files': [circleci_api.__file__, circleci_api_generated.__file__],\n"
        "  'version': circleci_api.__version__, 'dist': md.version('circleci-api'),\n"
        "  'operations': SPEC_INFO.operations, 'client': CircleCI.__module__,\n"
        "  'typed': [(pathlib.Path(m.__file__).parent / 'py.typed').is_file()\n"
        "            for m in (circleci_api, circleci_api_generated)]}))\n"
    )
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    assert all(Path(path).is_relative_to(fresh_site) for path in facts["files"]), facts["files"]
    assert facts["version"] == facts["dist"] == circleci_api.__version__
    assert facts["operations"] == 115  # the 111 of the document and 4 that fixes carry over
    assert facts["client"] == "circleci_api._client"
    assert facts["typed"] == [True, True]
    assert (venv / "bin" / "circleci-api").is_file()


@pytest.mark.slow
def test_make_dist_builds_the_same_wheel_and_sdist_twice(source: Path, tmp_path: Path) -> None:
    """`make dist` (what a maintainer runs) is reproducible; outside git its timestamps are fixed."""
    checkout = copy_source(source, tmp_path / "src")
    built = []
    for _ in range(2):
        result = subprocess.run(
            # -o: never (re)build the development venv from the copy (it would point its editable
            # install at the copy).
            ["make", "--no-print-directory", "dist", f"VENV={sys.prefix}", "-o", f"{sys.prefix}/.installed"],
            cwd=checkout,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        built.append({path.name: path.read_bytes() for path in (checkout / "dist").iterdir()})
    assert sorted(built[0]) == [
        f"circleci_api-{circleci_api.__version__}-py3-none-any.whl",
        f"circleci_api-{circleci_api.__version__}.tar.gz",
    ]
    assert built[0] == built[1]
