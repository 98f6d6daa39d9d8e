"""Extreme bodies and hostile arguments outside the fuzzers' range, sync and async.

Bodies nested deeper than Python can decode, megabytes of text in an error message, keys of any
length; raw ``client.request`` paths and methods carrying CR/LF, dot segments or non-ASCII text;
user agents with line breaks.  Each gets a typed error naming what was wrong, or works.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from circleci_api import (
    AsyncCircleCI,
    CircleCI,
    ConfigurationError,
    InternalServerError,
    RequestValidationError,
    ResponseValidationError,
)
from tests.hostile.conftest import TOKEN, Leaks

PIPELINE = {
    "id": "5034460f-c7c4-4c43-9457-de07e2029e7b",
    "errors": [],
    "project_slug": "gh/acme/api",
    "number": 7,
    "state": "created",
    "created_at": "2025-09-01T09:59:58Z",
    "trigger": {
        "type": "api",
        "received_at": "2025-09-01T09:59:57Z",
        "actor": {"login": "o", "avatar_url": None},
    },
}
#: The most characters an exception message may have, whatever the server sent.
MAX_MESSAGE = 4_000


def nested(depth: int, shape: str = "list") -> str:
    return "[" * depth + "]" * depth if shape == "list" else '{"a":' * depth + "1" + "}" * depth


class Flavor:
    """A sync or async client over a MockTransport answering with fixed bytes."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def client(self, status: int, body: bytes, **kwargs: Any) -> Any:
        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

        transport = httpx.MockTransport(answer)
        kwargs.setdefault("max_retries", 0)
        if self.is_async:
            return AsyncCircleCI(TOKEN, http_client=httpx.AsyncClient(transport=transport), **kwargs)
        return CircleCI(TOKEN, http_client=httpx.Client(transport=transport), **kwargs)

    def run(self, make: Callable[[], Any]) -> Any:
        """Call ``make`` (awaiting what it returns for the async client) inside one event loop."""
        if not self.is_async:
            return make()

        async def run() -> Any:
            value = make()
            return await value if inspect.isawaitable(value) else value

        return asyncio.run(run())


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def flavor(request: pytest.FixtureRequest) -> Flavor:
    return Flavor(bool(request.param))


def raised(flavor: Flavor, error: type[Exception], make: Callable[[], Any]) -> Any:
    with pytest.raises(error) as info:
        flavor.run(make)
    assert len(str(info.value)) <= MAX_MESSAGE, len(str(info.value))
    Leaks.current().exception(info.value)
    return info.value


# --------------------------------------------------------------------------- bodies


@pytest.mark.parametrize("shape", ["list", "dict"])
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_a_body_nested_beyond_the_recursion_limit_is_a_validation_error(
    flavor: Flavor, shape: str, strict: bool
) -> None:
    client = flavor.client(200, nested(100_000, shape).encode(), strict=strict)
    error = raised(flavor, ResponseValidationError, lambda: client.pipelines.get("p"))
    assert "nested too deeply" in str(error)


@pytest.mark.parametrize("shape", ["list", "dict"])
def test_an_error_body_nested_beyond_the_recursion_limit_still_gives_the_status_error(
    flavor: Flavor, shape: str
) -> None:
    client = flavor.client(500, nested(100_000, shape).encode())
    error = raised(flavor, InternalServerError, lambda: client.pipelines.get("p"))
    assert error.status_code == 500


def test_nesting_python_can_decode_is_parsed_and_readable(flavor: Flavor) -> None:
    body = json.dumps({**PIPELINE, "extra": "DEEP"}).replace('"DEEP"', nested(400)).encode()
    pipeline = flavor.run(lambda: flavor.client(200, body).pipelines.get("p"))
    assert pipeline.number == 7
    assert repr(pipeline).endswith("additional_properties={'extra': …})")
    inner, depth = pipeline["extra"], 1
    while inner:
        inner, depth = inner[0], depth + 1
    assert depth == 400
    assert pipeline == copy.copy(pipeline)


def test_to_dict_of_a_deeply_nested_response_does_not_hit_the_recursion_limit(flavor: Flavor) -> None:
    body = json.dumps({**PIPELINE, "extra": "DEEP"}).replace('"DEEP"', nested(600)).encode()
    pipeline = flavor.run(lambda: flavor.client(200, body).pipelines.get("p"))
    copied = pipeline.to_dict()
    assert copied == pipeline.raw_json
    assert copied is not pipeline.raw_json


def test_megabytes_in_an_error_message_are_cut_short(flavor: Flavor) -> None:
    body = json.dumps({"message": "boom " * 2_000_000}).encode()  # 10 MB
    error = raised(flavor, InternalServerError, lambda: flavor.client(500, body).pipelines.get("p"))
    assert error.message.startswith("boom boom")
    assert len(error.message) <= 1_000


def test_megabytes_of_html_in_an_error_page_are_cut_short(flavor: Flavor) -> None:
    body = b"<html>" + b"<p>bad gateway</p>" * 500_000 + b"</html>"
    error = raised(flavor, InternalServerError, lambda: flavor.client(502, body).pipelines.get("p"))
    assert "bad gateway" in str(error)


def test_a_key_of_a_megabyte_gives_a_short_message_and_the_whole_path(flavor: Flavor) -> None:
    key = "k" * 1_000_000
    body = json.dumps({**PIPELINE, "trigger_parameters": {key: [1]}}).encode()  # a list fits no branch
    client = flavor.client(200, body, strict=True)
    error = raised(flavor, ResponseValidationError, lambda: client.pipelines.get("p"))
    assert error.path == f"Pipeline.trigger_parameters.{key}"  # whole
    assert "…" in str(error)


def test_a_string_of_several_megabytes_is_kept_whole(flavor: Flavor) -> None:
    text = "é" * 5_000_000
    body = json.dumps({**PIPELINE, "project_slug": text}).encode()
    pipeline = flavor.run(lambda: flavor.client(200, body, strict=True).pipelines.get("p"))
    assert pipeline.project_slug == text


def test_an_empty_or_binary_success_body(flavor: Flavor) -> None:
    assert flavor.run(lambda: flavor.client(200, b"").pipelines.get("p")) is None
    error = raised(
        flavor, ResponseValidationError, lambda: flavor.client(200, b"\xff\xfe\x00garbage").pipelines.get("p")
    )
    assert "not JSON" in str(error)


# --------------------------------------------------------------------------- raw requests and settings


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/pipeline/x\r\nX-Injected: 1", "control character"),
        ("/pipeline/\x00", "control character"),
        ("/pipeline/../../me", "'..'"),
        ("/./me", "'.'"),
        ("/pipeline/..", "'..'"),
        ("pipeline", "start with '/'"),
        ("/pipeline?x=1", "query"),
        ("/pipeline#x", "fragment"),
    ],
)
def test_raw_request_paths_that_would_leave_the_api_are_refused(
    flavor: Flavor, path: str, words: str
) -> None:
    client = flavor.client(200, b"{}")
    error = raised(flavor, RequestValidationError, lambda: client.request("GET", path))
    assert words in str(error)
    assert error.path == "path"


def test_raw_request_paths_with_unicode_are_percent_encoded(flavor: Flavor) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(record)
    if flavor.is_async:
        client: Any = AsyncCircleCI(TOKEN, http_client=httpx.AsyncClient(transport=transport))
    else:
        client = CircleCI(TOKEN, http_client=httpx.Client(transport=transport))
    flavor.run(lambda: client.request("GET", "/insights/gh/ü ber/%2Fx"))
    assert seen[0].url.raw_path == b"/api/v2/insights/gh/%C3%BC%20ber/%2Fx"


@pytest.mark.parametrize("method", ["GET\r\nX: 1", "G ET", "", "TRACE", "CONNECT"])
def test_raw_request_methods_must_be_http_methods(flavor: Flavor, method: str) -> None:
    client = flavor.client(200, b"{}")
    error = raised(flavor, RequestValidationError, lambda: client.request(method, "/me"))
    assert error.path == "method"


@pytest.mark.parametrize("agent", ["tool/1\r\nX-Injected: yes", "tool/1\n", "tööl/1", "tool\x00"])
@pytest.mark.parametrize("cls", [CircleCI, AsyncCircleCI])
def test_user_agents_that_cannot_be_a_header_are_refused(cls: type[Any], agent: str) -> None:
    with pytest.raises(ConfigurationError, match="user_agent"):
        cls(TOKEN, user_agent=agent)


def test_a_half_built_client_still_has_a_repr() -> None:
    """Tracebacks with local variables call repr on ``self`` in a constructor that raised."""
    with pytest.raises(ConfigurationError) as info:
        CircleCI(TOKEN, max_retries=-1)
    Leaks.current().exception(info.value)  # repr(self) inside __init__ must not raise
    assert repr(CircleCI.__new__(CircleCI)) == "CircleCI(<not configured>)"
