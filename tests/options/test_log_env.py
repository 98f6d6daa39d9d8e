"""CIRCLECI_LOG=debug|info logs the circleci_api logger to stderr without code changes, never the token."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.client.conftest import TOKEN

#: A user's script that never touches logging: two calls, one retried after a 503, one 404.
SCRIPT = textwrap.dedent(
    f"""
    import httpx
    from circleci_api import CircleCI, NotFoundError

    replies = iter([
        httpx.Response(503, text="busy {TOKEN}"),
        httpx.Response(200, json={{"id": "p", "number": "not a number"}}),
        httpx.Response(404, json={{"message": "Not found {TOKEN}"}}),
    ])
    client = CircleCI(
        token="{TOKEN}", sleep=lambda s: None,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda request: next(replies))),
    )
    client.pipelines.get("p")
    try:
        client.with_options(timeout=3).pipelines.get("p")
    except NotFoundError as exc:
        print("caught", exc.status_code)
    """
)


def run(level: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CIRCLECI_", "CIRCLE_"))}
    if level is not None:
        env["CIRCLECI_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_debug_logs_requests_retries_and_deviations_to_stderr() -> None:
    done = run("debug")
    assert done.returncode == 0, done.stderr
    assert "caught 404" in done.stdout
    lines = done.stderr.splitlines()
    assert any("circleci_api DEBUG GET /api/v2/pipeline/p -> 503" in line for line in lines), done.stderr
    assert any("circleci_api INFO retrying GET /api/v2/pipeline/p after HTTP 503" in line for line in lines)
    assert any("-> 404" in line for line in lines)
    assert any("deviates from the spec" in line for line in lines)
    assert TOKEN not in done.stderr
    assert TOKEN not in done.stdout


def test_info_logs_only_the_retries() -> None:
    done = run("INFO")
    assert done.returncode == 0, done.stderr
    assert "INFO retrying GET /api/v2/pipeline/p after HTTP 503 in 0." in done.stderr
    assert "DEBUG" not in done.stderr
    assert TOKEN not in done.stderr


@pytest.mark.parametrize("level", [None, "", "off"])
def test_unset_means_silent(level: str | None) -> None:
    done = run(level)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_an_unknown_level_is_a_configuration_error_naming_the_variable() -> None:
    done = run("verbose")
    assert done.returncode == 1
    assert "ConfigurationError: CIRCLECI_LOG must be one of debug, info, warning" in done.stderr
