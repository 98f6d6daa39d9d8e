"""Fuzz every model a response can contain, through the parser the client uses for every call.

For each target (every model reachable from a documented response, and each response that is a
list, map or oneOf) hypothesis draws a document the schema allows and checks that:

* strict and lenient parsing both accept it and produce the declared Python types all the way down;
* after one to three mutations (wrong types, missing required fields, nulls, unknown enum values,
  extra fields, deeply nested junk, huge strings) lenient parsing still never raises and every
  field stays readable, while strict parsing raises ``ResponseValidationError`` exactly when the
  schema is broken, naming each broken path, and nothing else.

Runs are derandomized (the seed comes from the test's name), so CI sees the same examples every time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circleci_api import CircleCI, ResponseValidationError
from circleci_api._models import EnumConverter, Model, OpenEnum
from tests.hostile.conftest import TOKEN, Leaks
from tests.hostile.jsonfuzz import (
    FAIL,
    PASS,
    Mutation,
    Target,
    apply,
    assert_loaded,
    draw_mutations,
    loaded_at,
    read_everything,
    render,
    response_targets,
    sites,
    valid_json,
)

TARGETS = response_targets()
EXAMPLES = 200
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
#: Exception messages stay readable even when the server sends megabytes.
MAX_MESSAGE = 4_000
logger = logging.getLogger("circleci_api")


class Parsers:
    """A strict and a lenient client; documents go through ``_parse``, which every call uses."""

    def __init__(self) -> None:
        never = httpx.MockTransport(lambda request: httpx.Response(599))
        self.strict = CircleCI(TOKEN, strict=True, http_client=httpx.Client(transport=never))
        self.lenient = CircleCI(TOKEN, strict=False, http_client=httpx.Client(transport=never))
        self.examples = 0

    def parse(self, client: CircleCI, target: Target, response: httpx.Response) -> Any:
        return client._parse(target.endpoint, response)

    def parse_lenient_with_debug_log(self, target: Target, response: httpx.Response) -> Any:
        """Lenient parsing also checks and logs deviations when DEBUG is on: that path must not fail."""
        level = logger.level
        logger.setLevel(logging.DEBUG)
        try:
            return self.parse(self.lenient, target, response)
        finally:
            logger.setLevel(level)


REQUEST = httpx.Request("GET", "https://circleci.com/api/v2/fuzz")


def answer(body: bytes) -> httpx.Response:
    """A read 200 response; parsing only reads it, so one serves both clients."""
    return httpx.Response(200, content=body, request=REQUEST)


@pytest.fixture(scope="module")
def parsers() -> Iterator[Parsers]:
    made = Parsers()
    yield made
    made.strict.close()
    made.lenient.close()


def test_every_response_model_is_a_target() -> None:
    names = {target.name for target in TARGETS}
    assert {"Pipeline", "Workflow", "Job", "ProjectSettings", "PipelineTrigger", "Context"} <= names
    assert len([t for t in TARGETS if "-" not in t.name]) >= 120  # models
    assert len(TARGETS) == len(names)


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
@FUZZ
@given(data=st.data())
def test_fuzzed_documents(parsers: Parsers, target: Target, data: st.DataObject) -> None:
    doc = data.draw(valid_json(target.converter), label="valid document")
    body = json.dumps(doc).encode()
    root = target.converter.name

    # (a) what the schema allows passes strict checking and loads into the declared types (lenient
    # parsing loads the same way, without the check).
    parsed = parsers.parse(parsers.strict, target, answer(body))
    assert_loaded(target.converter, doc, parsed, root)
    if isinstance(parsed, Model):
        assert parsed.raw_json == doc
        # to_dict() is computed from the attributes: parsing it again gives an equal model.
        assert type(parsed).from_dict(parsed.to_dict()) == parsed

    # (b) the same document, broken.
    changes = draw_mutations(data.draw, sites(target.converter, doc))
    broken = answer(apply(doc, changes))
    check_lenient(parsers, target, broken, changes)
    check_strict(parsers, target, broken, changes)


def check_lenient(parsers: Parsers, target: Target, body: httpx.Response, changes: list[Mutation]) -> None:
    # Every other document is parsed with DEBUG logging on, where lenient parsing also checks the
    # document and logs each deviation: that path must not fail either.
    parsers.examples += 1
    if parsers.examples % 2:
        parsed = parsers.parse_lenient_with_debug_log(target, body)
    else:
        parsed = parsers.parse(parsers.lenient, target, body)
    read_everything(parsed)
    for change in changes:
        if change.expect in (PASS, FAIL):
            check_lenient_value(target, parsed, change)


def check_lenient_value(target: Target, parsed: Any, change: Mutation) -> None:
    """Lenient parsing keeps what it cannot convert and says so through the documented surface."""
    if change.kind == "missing" and change.site.held_as != "field":
        return
    if change.kind == "deep_junk":
        return
    value = loaded_at(target.converter, parsed, change.path)
    where = render(target.converter.name, change.path)
    if change.kind in ("missing", "null"):
        assert value is None, f"{where}: {change.kind} should read as None, got {value!r}"
    elif change.kind == "unknown_enum" or (
        isinstance(change.site.conv, EnumConverter) and isinstance(change.value, str)
    ):
        assert isinstance(value, OpenEnum), where
        assert not value.is_known, where
        assert value.value == change.value, where
    elif change.kind == "extra_field":
        assert value == change.value, where
    elif not change.site.in_any:
        assert value == change.value, f"{where}: {change.kind} should be kept as sent"
        assert type(value) is type(change.value), f"{where}: got {type(value).__name__}"


def check_strict(parsers: Parsers, target: Target, body: httpx.Response, changes: list[Mutation]) -> None:
    must_fail = [render(target.converter.name, c.fail_path) for c in changes if c.expect == FAIL]
    may_fail = any(c.expect != PASS for c in changes)
    error: ResponseValidationError | None = None
    try:
        parsed = parsers.parse(parsers.strict, target, body)
    except ResponseValidationError as exc:
        error = exc
    if error is None:
        assert not must_fail, f"strict mode accepted a document broken at {must_fail}"
        read_everything(parsed)
        return
    assert may_fail, f"strict mode rejected a valid document: {error}"
    reported = [d.path for d in error.deviations]
    assert error.path == reported[0]
    for path in must_fail:
        assert path in reported, f"{path} not reported; got {reported[:5]}"
    for path in reported:
        assert any(near(path, target.converter.name, c) for c in changes), (
            f"{path} reported, but nothing changed there ({[c.kind for c in changes]})"
        )
    assert len(str(error)) <= MAX_MESSAGE, f"message of {len(str(error))} characters"
    leaks = Leaks.current()
    leaks.obj("ResponseValidationError", error)
    if leaks.texts % 97 == 0:  # the full traceback-with-locals check is slow: sample it
        leaks.exception(error)


def near(reported: str, root: str, change: Mutation) -> bool:
    """Whether ``reported`` is the changed place, inside it or one of its containers."""
    changed = render(root, change.path)
    ancestors = {render(root, change.path[:i]) for i in range(len(change.path) + 1)}
    return reported in ancestors or reported.startswith((changed + ".", changed + "["))
