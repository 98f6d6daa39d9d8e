"""Logger ``circleci_api`` at DEBUG: method, path, status, attempt and elapsed time of every attempt."""

from __future__ import annotations

import logging
import re

import httpx
import pytest

from circleci_api import APIConnectionError
from tests.client.conftest import TOKEN, Harness, fail, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<path>\S+) -> (?P<outcome>\S+) \(attempt (?P<attempt>\d+), (?P<ms>[\d.]+) ms\)$"
)


def attempts(caplog: pytest.LogCaptureFixture) -> list[dict[str, str]]:
    found = []
    for record in caplog.records:
        if record.name == "circleci_api" and record.levelno == logging.DEBUG:
            match = LINE.match(record.getMessage())
            if match:
                found.append(match.groupdict())
    return found


def test_each_attempt_is_logged_with_method_path_status_attempt_and_time(
    h: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="circleci_api")
    rec = recorder(reply(503), fail(httpx.ConnectError), reply(200, {"id": PIPELINE_ID}))
    h.run(h.client(rec, max_retries=2).pipelines.get(PIPELINE_ID))
    logged = attempts(caplog)
    path = f"/api/v2/pipeline/{PIPELINE_ID}"
    assert [(a["method"], a["path"], a["outcome"], a["attempt"]) for a in logged] == [
        ("GET", path, "503", "1"),
        ("GET", path, "ConnectError", "2"),
        ("GET", path, "200", "3"),
    ]
    assert all(float(a["ms"]) >= 0 for a in logged)
    assert TOKEN not in caplog.text


def test_query_strings_stay_out_of_the_log(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="circleci_api")
    rec = recorder(reply(200, {"items": [], "next_page_token": None}))
    h.collect(h.client(rec).contexts.list(owner_id="org", page_token="secret-page-token"))
    assert rec.last.query == [("owner-id", "org"), ("page-token", "secret-page-token")]
    [logged] = attempts(caplog)
    assert logged["path"] == "/api/v2/context"
    assert "secret-page-token" not in caplog.text


def test_failed_requests_are_logged_too(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="circleci_api")
    rec = recorder(fail(httpx.ReadTimeout))
    with pytest.raises(APIConnectionError):
        h.run(h.client(rec).pipelines.run("gh/acme/api"))
    [logged] = attempts(caplog)
    assert (logged["method"], logged["outcome"], logged["attempt"]) == ("POST", "ReadTimeout", "1")


def test_nothing_is_logged_above_debug(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="circleci_api")
    rec = recorder(reply(200, {"id": PIPELINE_ID}))
    h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert [r for r in caplog.records if r.name == "circleci_api"] == []
