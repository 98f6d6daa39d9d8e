"""Path arguments cannot change which endpoint is called, add query parameters or inject headers.

Every path parameter of every operation is fuzzed through the public client, sync and async, with
arbitrary unicode and the characters that matter in URLs (``/``, ``..``, ``%2F``, ``?``, ``#``,
CR/LF).  Each request that is sent must match the operation's path template: the literal segments
unchanged, one percent-encoded segment per parameter that decodes back to the argument, the same
query and body as a call with benign arguments, and no CR or LF in any header.  Only the documented
slug parameters (and empty values) may instead be refused, with ``RequestValidationError``, before
anything is sent.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circleci_api import AsyncCircleCI, CircleCI, RequestValidationError
from tests.hostile.calls import SLUG_PARAMETERS, OperationCall, operation_calls, template_names
from tests.hostile.conftest import TOKEN, Leaks

CALLS = operation_calls()
EXAMPLES = 40
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
#: What an encoded segment may contain: unreserved characters and percent escapes, nothing else.
SAFE_SEGMENT = re.compile(r"^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})+$")
ALLOWED_HEADERS = {
    "host",
    "accept",
    "accept-encoding",
    "connection",
    "user-agent",
    "circle-token",
    "content-type",
    "content-length",
}

PIECES = (
    "/",
    "..",
    ".",
    "%2F",
    "%2f",
    "%2e%2e",
    "?",
    "#",
    "\r",
    "\n",
    "\r\n",
    "\r\nX-Injected: 1\r\n",
    "&page-token=x",
    "=",
    ";",
    " ",
    "\t",
    "\x00",
    "\x7f",
    "%",
    "%%",
    "+",
    "\\",
    "é",
    "😀",
    "\u202e",
    "\ufeff",
    "a",
    "gh",
    "circleci",
    "github",
    "acme",
)
#: The values that matter most, drawn a quarter of the time.
CRITICAL = (".", "..", "/", "%2F", "?", "#", "\r\n", "../..", "a/b", "%2e%2e", "?x=1#y", "\r\nX: 1")
TEXT = st.one_of(
    st.sampled_from(CRITICAL),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join),
    st.text(min_size=1, max_size=12),
    st.sampled_from(PIECES),
)
#: Values that look like slugs, so the fuzz gets past the slug's shape check into its parts.
SLUGISH = {
    "project_slug": st.tuples(st.sampled_from(["gh", "github", "bb", "circleci", "../.."]), TEXT, TEXT).map(
        "/".join
    ),
    "org_slug": st.tuples(st.sampled_from(["gh", "bb", "circleci"]), TEXT).map("/".join),
    "org_slug_or_id": st.one_of(TEXT, st.tuples(st.sampled_from(["gh", "bb"]), TEXT).map("/".join)),
}


def path_value(name: str) -> st.SearchStrategy[Any]:
    plain = TEXT | st.integers() if name not in SLUG_PARAMETERS else TEXT
    return SLUGISH[name] | plain if name in SLUGISH else plain


@dataclass
class Seen:
    """Requests the mock server received."""

    requests: list[httpx.Request] = field(default_factory=list)


class Clients:
    """A sync and an async client over one MockTransport, and an event loop for the async one."""

    def __init__(self) -> None:
        self.seen = Seen()
        self.reply_for: OperationCall | None = None
        transport = httpx.MockTransport(self.handle)
        self.sync = CircleCI(TOKEN, http_client=httpx.Client(transport=transport))
        self.async_ = AsyncCircleCI(TOKEN, http_client=httpx.AsyncClient(transport=transport))
        self.runner = asyncio.Runner()

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.requests.append(request)
        call = self.reply_for
        assert call is not None
        return httpx.Response(call.success_status, json=call.reply_json())

    def send(self, call: OperationCall, args: list[Any], is_async: bool) -> list[httpx.Request]:
        """Call the operation; return the requests it produced (the paginators' first page)."""
        self.reply_for = call
        self.seen.requests.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            if is_async:
                self.runner.run(self._send_async(call, args))
            else:
                result = call.method(self.sync)(*args, **call.kwargs)
                if hasattr(result, "first_page"):
                    result.first_page()
        return list(self.seen.requests)

    async def _send_async(self, call: OperationCall, args: list[Any]) -> None:
        result = call.method(self.async_)(*args, **call.kwargs)
        if inspect.isawaitable(result):
            await result
        else:
            await result.first_page()

    def close(self) -> None:
        self.sync.close()
        self.runner.run(self.async_.close())
        self.runner.close()


@pytest.fixture(scope="module")
def clients() -> Iterator[Clients]:
    made = Clients()
    yield made
    made.close()


def expected_segments(call: OperationCall, values: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(literal, None) for fixed segments; (None-literal "", decoded value) for parameters."""
    slug_parts: dict[str, str] = {}
    if {"provider", "organization", "project"} <= set(template_names(call.endpoint.path)):
        provider, organization, project = str(values["project_slug"]).split("/")
        slug_parts = {"provider": provider, "organization": organization, "project": project}
    out: list[tuple[str, str | None]] = []
    for segment in call.endpoint.path.strip("/").split("/"):
        match = re.fullmatch(r"{([^{}]+)}", segment)
        if match is None:
            out.append((segment, None))
            continue
        name = match.group(1)
        value = slug_parts.get(name, values.get(name))
        text = str(getattr(value, "value", value))
        if name == "org_slug_or_id":  # keeps literal slashes: one segment per part
            out.extend(("", part) for part in text.split("/"))
        else:
            out.append(("", text))
    return out


def check_request(
    call: OperationCall, sent: httpx.Request, baseline: httpx.Request, values: dict[str, Any]
) -> None:
    where = f"{call.operation_id} {values!r}"
    assert sent.method == call.info.method, where
    assert (sent.url.scheme, sent.url.host, sent.url.port) == ("https", "circleci.com", None), where
    assert sent.url.fragment == "", where
    raw = sent.url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    assert sent.url.query == baseline.url.query, f"{where}: query changed to {query!r}"
    assert path.startswith("/api/v2/"), where
    segments = path[len("/api/v2/") :].split("/")
    expected = expected_segments(call, values)
    assert len(segments) == len(expected), f"{where}: {path!r} does not fit {call.endpoint.path}"
    for segment, (literal, value) in zip(segments, expected, strict=True):
        if value is None:
            assert segment == literal, f"{where}: {path!r} does not fit {call.endpoint.path}"
        else:
            assert SAFE_SEGMENT.match(segment), f"{where}: unsafe segment {segment!r}"
            assert segment not in (".", ".."), where
            assert unquote(segment, errors="strict") == value, f"{where}: {segment!r} is not {value!r}"
    assert sent.content == baseline.content, f"{where}: the body changed"
    for name, header_value in sent.headers.raw:
        assert name.lower().decode() in ALLOWED_HEADERS, f"{where}: unexpected header {name!r}"
        assert b"\r" not in header_value, f"{where}: CR in {name!r}"
        assert b"\n" not in header_value, f"{where}: LF in {name!r}"


@pytest.mark.parametrize("call", CALLS, ids=[c.operation_id for c in CALLS])
@FUZZ
@given(data=st.data())
def test_path_arguments_stay_in_their_segments(
    clients: Clients, call: OperationCall, data: st.DataObject
) -> None:
    benign = call.benign_path_values()
    baseline = clients.send(call, list(benign.values()), is_async=False)
    assert len(baseline) == 1
    if not call.path_args:
        return
    values = {name: data.draw(path_value(name), label=name) for name in call.path_args}
    for is_async in (False, True):
        refusal: RequestValidationError | None = None
        try:
            sent = clients.send(call, list(values.values()), is_async)
        except RequestValidationError as exc:
            refusal = exc
        if refusal is None:
            assert len(sent) == 1
            check_request(call, sent[0], baseline[0], values)
            continue
        refused = [n for n in call.path_args if n in SLUG_PARAMETERS or values[n] == ""]
        assert refused, f"{call.operation_id} refused {values!r}: {refusal}"
        assert any(name in str(refusal) for name in refused), f"the error names no argument: {refusal}"
        assert not clients.seen.requests, "refused, yet a request was sent"
        Leaks.current().obj("RequestValidationError", refusal)


def test_every_operation_with_path_parameters_is_fuzzed() -> None:
    with_params = [c for c in CALLS if c.path_args]
    assert len(CALLS) == 115
    assert len(with_params) >= 95
    names = {name for c in with_params for name in c.path_args}
    assert {"project_slug", "org_slug", "org_slug_or_id", "pipeline_id", "job_number"} <= names
