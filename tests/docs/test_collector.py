"""The collector itself: it must fail when a block fails, and only then."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .collector import ROOT, BlockFailed, matches, parse, run_block

FENCE = "```"


def doc(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_blocks_output_blocks_and_markers_are_parsed(tmp_path: Path) -> None:
    text = (
        "# Title\n\n"
        f"{FENCE}python\nprint('a')\n{FENCE}\n\n{FENCE}output\na\n{FENCE}\n\n"
        f"{FENCE}bash\necho not python\n{FENCE}\n"
        f'<!-- fake: fake.script_run("failure") -->\n<!-- not-tested: needs a real account -->\n'
        f"{FENCE}py\nprint('b')\n{FENCE}\n"
        f"    indented code is not a fence\n"
    )
    first, second = parse(doc(tmp_path, text))
    assert (first.line, first.code, first.expected_output) == (4, "print('a')\n", "a\n")
    assert (first.not_tested, first.setup) == (None, ())
    assert (second.line, second.code, second.expected_output) == (17, "print('b')\n", None)
    assert second.not_tested == "needs a real account"
    assert second.setup == ('fake.script_run("failure")',)
    assert first.name.endswith("doc.md:4")


@pytest.mark.parametrize(
    "text",
    [
        f"{FENCE}output\nx\n{FENCE}\n",
        f"{FENCE}bash\nx\n{FENCE}\n{FENCE}output\nx\n{FENCE}\n",
        f"{FENCE}python\nx\n{FENCE}\nprose\n{FENCE}output\nx\n{FENCE}\n",
        f"<!-- not-tested: -->\n{FENCE}python\n{FENCE}\n",
    ],
    ids=["alone", "after-bash", "prose-between", "marker-without-reason"],
)
def test_misplaced_output_blocks_and_empty_markers_are_errors(tmp_path: Path, text: str) -> None:
    with pytest.raises(BlockFailed, match=r"doc\.md:\d+"):
        parse(doc(tmp_path, text))


def test_a_block_that_raises_fails_naming_its_line(tmp_path: Path) -> None:
    (block,) = parse(doc(tmp_path, f"intro\n\n{FENCE}python\nx = 1\nraise ValueError('broken')\n{FENCE}\n"))
    with pytest.raises(BlockFailed, match=r"doc\.md:4: the block raised ValueError: broken") as caught:
        run_block(block, tmp_path)
    cause = caught.value.__cause__
    assert cause is not None
    assert cause.__traceback__ is not None
    frames = [frame for frame in _frames(cause.__traceback__) if frame[0] == str(block.path)]
    assert frames == [(str(block.path), 5)]  # the Markdown line of the raise


def _frames(tb: object) -> list[tuple[str, int]]:
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))  # type: ignore[attr-defined]
        tb = tb.tb_next  # type: ignore[attr-defined]
    return frames


def test_printed_output_must_match_the_output_block(tmp_path: Path) -> None:
    good, bad = parse(
        doc(
            tmp_path,
            f"{FENCE}python\nprint('pipeline 1234: success')\nprint('done')  \n{FENCE}\n"
            f"{FENCE}output\npipeline ...: success\ndone\n{FENCE}\n\n"
            f"{FENCE}python\nprint('pipeline 1: failed')\n{FENCE}\n"
            f"{FENCE}output\npipeline ...: success\n{FENCE}\n",
        )
    )
    assert run_block(good, tmp_path) == "pipeline 1234: success\ndone\n"
    with pytest.raises(BlockFailed, match="printed\npipeline 1: failed"):
        run_block(bad, tmp_path)


def test_ellipsis_matching() -> None:
    assert matches("a ... c", "a b c")
    assert matches("a\n...\nd", "a\nb\nc\nd\n")
    assert matches("x  \n", "x")
    assert not matches("a ... c", "a b d")
    assert not matches("a", "a\nb")
    assert not matches("a.b", "axb")  # only "..." is special


def test_blocks_reach_the_fake_through_the_environment_with_simulated_time(tmp_path: Path) -> None:
    code = (
        "import os, time\nfrom circleci_api import CircleCI\n"
        "started = time.monotonic()\n"
        "with CircleCI() as client:\n"
        "    result = client.pipelines.run_and_wait('gh/acme/api')\n"
        "    print(result.status, client.projects.get('gh/acme/api').slug, os.environ['CIRCLECI_STRICT'])\n"
        "open('written.txt', 'w').close()\n"
        "assert time.monotonic() - started < 5, 'the 5 s polls must be simulated'\n"
    )
    (block,) = parse(doc(tmp_path, f"{FENCE}python\n{code}{FENCE}\n"))
    before = dict(os.environ)
    assert run_block(block, tmp_path) == "success gh/acme/api 1\n"
    assert (tmp_path / "written.txt").is_file()
    assert dict(os.environ) == before
    assert Path.cwd() != tmp_path


def test_fake_markers_script_the_account(tmp_path: Path) -> None:
    code = (
        "from circleci_api import CircleCI\n"
        "with CircleCI() as client:\n"
        "    print(client.pipelines.run_and_wait('gh/acme/api').status)\n"
    )
    (block,) = parse(
        doc(tmp_path, f'<!-- fake: fake.script_run("failure") -->\n{FENCE}python\n{code}{FENCE}\n')
    )
    assert run_block(block, tmp_path) == "failed\n"


def test_test_functions_a_block_defines_are_run_with_fixtures(tmp_path: Path) -> None:
    passing = (
        "def test_ok(circleci_fake, circleci_fake_server, tmp_path):\n"
        "    print(type(circleci_fake).__name__, circleci_fake_server.base_url.startswith('http://127.0.0.1'))\n"
        "    assert tmp_path.is_dir()\n"
    )
    failing = "def test_red(circleci_fake):\n    assert circleci_fake.implemented_operations == set()\n"
    unknown = "def test_odd(monkeypatch):\n    pass\n"
    blocks = parse(
        doc(tmp_path, "".join(f"{FENCE}python\n{code}{FENCE}\n\n" for code in (passing, failing, unknown)))
    )
    assert run_block(blocks[0], tmp_path) == "FakeCircleCI True\n"
    with pytest.raises(BlockFailed, match="raised AssertionError"):
        run_block(blocks[1], tmp_path)
    with pytest.raises(BlockFailed, match="unknown fixture 'monkeypatch'"):
        run_block(blocks[2], tmp_path)


def test_a_not_tested_block_is_not_run(tmp_path: Path) -> None:
    (block,) = parse(
        doc(tmp_path, f"<!-- not-tested: needs an account -->\n{FENCE}python\nraise SystemExit(1)\n{FENCE}\n")
    )
    assert run_block(block, tmp_path) == ""


@pytest.mark.slow
def test_the_suite_fails_when_a_readme_block_fails(tmp_path: Path) -> None:
    """The real collector test, run by pytest on a copy of the checkout whose README has a broken block."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("tests", "docs"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    broken = readme.replace('"gh/acme/api"', '"gh/acme/missing"', 1)
    assert broken != readme
    (tmp_path / "README.md").write_text(broken, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/docs/test_code_blocks.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1, result.stdout
    assert "README.md:" in failed[0]
    assert "NotFoundError" in result.stdout


def test_async_blocks_run_with_simulated_time_too(tmp_path: Path) -> None:
    code = (
        "import asyncio, time\nfrom circleci_api import AsyncCircleCI\n\n"
        "async def main() -> str:\n"
        "    async with AsyncCircleCI() as client:\n"
        "        result = await client.pipelines.run_and_wait('gh/acme/api', timeout=60)\n"
        "        return result.status\n\n"
        "started = time.monotonic()\nprint(asyncio.run(main()))\nassert time.monotonic() - started < 5\n"
    )
    (block,) = parse(doc(tmp_path, f"{FENCE}python\n{code}{FENCE}\n{FENCE}output\nsuccess\n{FENCE}\n"))
    assert run_block(block, tmp_path) == "success\n"
