"""mypy --strict sees with_options, the per-call options and with_raw_response in a user's script."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

GOOD = textwrap.dedent(
    """
    import asyncio

    import httpx

    from circleci_api import AsyncCircleCI, CircleCI, Page, RateLimit, RawResponse
    from circleci_api.models import Pipeline


    def sync_script(client: CircleCI) -> int:
        quick = client.with_options(timeout=5, max_retries=0, strict=True, default_headers={"X-Team": "a"})
        reveal_type(quick)
        pipeline = quick.pipelines.get("id", extra_headers={"X-A": "1"}, extra_query={"x": 1}, timeout=2.5)
        reveal_type(pipeline)
        raw = client.with_raw_response.pipelines.get("id", timeout=httpx.Timeout(3.0))
        reveal_type(raw)
        reveal_type(raw.parse())
        page = client.with_raw_response.pipelines.list_for_project("gh/a/b", branch="main").parse()
        reveal_type(page)
        nested = client.with_raw_response.contexts.restrictions.list("ctx")
        limit: RateLimit | None = raw.rate_limit or client.last_rate_limit
        status: int = raw.status_code + nested.status_code
        return status + (limit.remaining or 0 if limit else 0) + len(page.items)


    async def async_script(client: AsyncCircleCI) -> Pipeline:
        copy = client.with_options(timeout=1.0)
        raw = await copy.with_raw_response.pipelines.get("id", extra_query={"tags": ["a", "b"]})
        reveal_type(raw)
        first: RawResponse[Page[Pipeline]] = await client.with_raw_response.pipelines.list(org_slug="gh/a")
        assert first.parse().items
        return raw.parse()


    asyncio.run(async_script(AsyncCircleCI()))
    """
)

BAD = textwrap.dedent(
    """
    from circleci_api import CircleCI

    client = CircleCI()
    client.pipelines.get("id", timeout="soon")
    client.pipelines.get("id", extra_headers={"X-A": 1})
    client.with_raw_response.pipelines.get("id").parse().no_such_field
    client.with_options(retries=2)
    number: str = client.with_raw_response.pipelines.get("id").status_code
    """
)


def mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "user_script.py"
    script.write_text(source, encoding="utf-8")
    out, err, status = api.run(
        [
            "--strict",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--config-file",
            str(ROOT / "pyproject.toml"),
            str(script),
        ]
    )
    return out + err, status


def test_a_user_script_type_checks_and_mypy_sees_the_types(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, GOOD)
    reveals = [line.split("Revealed type is ", 1)[1] for line in out.splitlines() if "Revealed type" in line]
    assert reveals == [
        '"circleci_api._client.CircleCI"',
        '"circleci_api_generated.models.pipeline.Pipeline"',
        '"circleci_api._raw.RawResponse[circleci_api_generated.models.pipeline.Pipeline]"',
        '"circleci_api_generated.models.pipeline.Pipeline"',
        '"circleci_api.pagination.Page[circleci_api_generated.models.pipeline.Pipeline]"',
        '"circleci_api._raw.RawResponse[circleci_api_generated.models.pipeline.Pipeline]"',
    ], out
    assert status == 0, out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert errors == [], out


def test_mypy_rejects_wrong_uses(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, BAD)
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 5, out
    assert 'Argument "timeout"' in errors[0]
    assert 'Dict entry 0 has incompatible type "str": "int"' in errors[1] or "extra_headers" in errors[1]
    assert "no_such_field" in errors[2]
    assert 'Unexpected keyword argument "retries"' in errors[3]
    assert "Incompatible types in assignment" in errors[4]
