"""Provenance at runtime: ``__version__``, ``SPEC_INFO`` and the User-Agent of every request."""

from __future__ import annotations

import dataclasses
import hashlib
import platform
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

import circleci_api
from circleci_api import AsyncCircleCI, CircleCI, ConfigurationError
from tests.reference_spec import reference_spec
from tools import changelog

from .helpers import PIPELINE_ID, Recorder, run_async

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_SHA256 = "61c6ce11e8de509948aa3d53dcd0169913f52de20920b130b6a85dea41d66d07"
PYTHON = ".".join(platform.python_version_tuple()[:2])
HTTPX = ".".join(httpx.__version__.split(".")[:2])
BASE_AGENT = f"circleci-api/{circleci_api.__version__} python/{PYTHON} httpx/{HTTPX}"


def operations_in(document: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in document["paths"].values() for method in item if method in methods)


def test_version_is_semantic_and_has_a_changelog_section() -> None:
    version = circleci_api.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    section = changelog.find_section((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), version)
    assert section is not None
    assert section.body


def test_spec_info_describes_the_vendored_document(vendored_spec: dict[str, Any]) -> None:
    info = circleci_api.SPEC_INFO
    recorded = vendored_spec["x-circleci-api-source"]
    assert info.sha256 == recorded["sha256"] == REFERENCE_SHA256
    assert info.date == recorded["date"] == "2026-08-23"
    assert recorded["operations"] == operations_in(vendored_spec) == 111
    assert info.operations == 115  # what the client offers: the 111 and 4 operations fixes carry over
    assert "010-x-nullable" in info.fixes
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.operations = 0  # type: ignore[misc]


def test_spec_info_sha256_is_that_of_the_reference_document() -> None:
    reference = reference_spec()
    assert hashlib.sha256(reference.read_bytes()).hexdigest() == circleci_api.SPEC_INFO.sha256


def test_base_agent_has_the_documented_shape() -> None:
    assert re.fullmatch(r"circleci-api/\d+\.\d+\.\d+ python/3\.\d+ httpx/\d+\.\d+", BASE_AGENT)


@pytest.mark.parametrize("extra", [None, "release-bot/2.1 (+https://example.invalid/bot)"])
def test_every_sync_request_carries_the_user_agent(extra: str | None) -> None:
    recorder = Recorder()
    expected = f"{BASE_AGENT} {extra}" if extra else BASE_AGENT
    with recorder.sync_client(user_agent=extra) as client:
        client.pipelines.get(PIPELINE_ID)
        client.request("GET", f"/pipeline/{PIPELINE_ID}")
    assert [request.headers["User-Agent"] for request in recorder.requests] == [expected, expected]


@pytest.mark.parametrize("extra", [None, "release-bot/2.1"])
def test_every_async_request_carries_the_user_agent(extra: str | None) -> None:
    recorder = Recorder()
    expected = f"{BASE_AGENT} {extra}" if extra else BASE_AGENT

    async def use() -> None:
        async with recorder.async_client(user_agent=extra) as client:
            await client.pipelines.get(PIPELINE_ID)
            await client.request("GET", f"/pipeline/{PIPELINE_ID}")

    run_async(use)
    assert [request.headers["User-Agent"] for request in recorder.requests] == [expected, expected]


def test_a_lent_http_client_does_not_replace_the_user_agent() -> None:
    recorder = Recorder()
    lent = httpx.Client(transport=httpx.MockTransport(recorder), headers={"User-Agent": "python-httpx/x"})
    with CircleCI("token", http_client=lent, user_agent="mine/1") as client:
        client.pipelines.get(PIPELINE_ID)
    assert recorder.requests[0].headers["User-Agent"] == f"{BASE_AGENT} mine/1"


@pytest.mark.parametrize("client_class", [CircleCI, AsyncCircleCI])
def test_a_user_agent_with_line_breaks_is_refused(client_class: type[CircleCI | AsyncCircleCI]) -> None:
    with pytest.raises(ConfigurationError, match="user_agent"):
        client_class("token", user_agent="tool/1\r\nX-Injected: yes")
