"""Deprecations surfaced: operations the spec marks deprecated, and Deprecation/Sunset headers.

Every call emits a ``DeprecationWarning`` naming the operation (and the date when one is given),
attributed to the caller's line; Python's warning filters decide how often it shows.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from circleci_api import AsyncCircleCI, CircleCI
from circleci_api_generated._operations import OPERATIONS

from .helpers import PIPELINE_ID, PROJECT_SETTINGS, Recorder, run_async

SUNSET = "Sat, 01 Aug 2026 00:00:00 GMT"
SINCE = "Sun, 30 Jun 2024 23:59:59 GMT"


@contextmanager
def recorded() -> Iterator[list[warnings.WarningMessage]]:
    """Every DeprecationWarning, none swallowed by the default once-per-location filter."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


def deprecations(caught: list[warnings.WarningMessage]) -> list[str]:
    return [str(item.message) for item in caught if issubclass(item.category, DeprecationWarning)]


def method_of(client: CircleCI | AsyncCircleCI, name: str) -> Any:
    """``client.projects.create_from_vcs`` for ``"projects.create_from_vcs"``."""
    method: Any = functools.reduce(getattr, name.split("."), client)
    return method


def call_twice_each(clients: str, recorder: Recorder, calls: list[tuple[str, tuple[Any, ...]]]) -> list[str]:
    """Make every call twice on one client (sync or async); return the deprecation messages."""
    with recorded() as caught:
        if clients == "sync":
            with recorder.sync_client() as client:
                for name, args in calls * 2:
                    method_of(client, name)(*args)
        else:

            async def use() -> None:
                async with recorder.async_client() as client:
                    for name, args in calls * 2:
                        await method_of(client, name)(*args)

            run_async(use)
    return deprecations(caught)


def test_the_spec_marks_create_project_from_vcs_deprecated() -> None:
    assert OPERATIONS["createProjectFromVcs"].deprecated
    assert OPERATIONS["createProjectFromVcs"].replaced_by == "createProject"
    assert not OPERATIONS["createProject"].deprecated


@pytest.mark.parametrize("clients", ["sync", "async"])
def test_a_deprecated_operation_warns_on_every_call_naming_it_and_its_replacement(clients: str) -> None:
    recorder = Recorder(status=201, body=PROJECT_SETTINGS)
    messages = call_twice_each(clients, recorder, [("projects.create_from_vcs", ("gh/acme/api",))])
    assert len(recorder.requests) == 2  # it still works
    assert len(messages) == 2, messages
    assert messages[0] == messages[1]
    assert "createProjectFromVcs" in messages[0]
    assert "client.projects.create_from_vcs" in messages[0]
    assert re.search(r"client\.projects\.create\b(?!_)", messages[0])


@pytest.mark.parametrize("clients", ["sync", "async"])
def test_operations_not_marked_deprecated_do_not_warn(clients: str) -> None:
    assert call_twice_each(clients, Recorder(), [("pipelines.get", (PIPELINE_ID,))]) == []


@pytest.mark.parametrize("clients", ["sync", "async"])
@pytest.mark.parametrize(
    ("headers", "words"),
    [
        ({"Deprecation": SINCE}, [f"since {SINCE}"]),
        ({"Sunset": SUNSET}, [f"removed on {SUNSET}"]),
        ({"Deprecation": "true", "Sunset": SUNSET}, [f"removed on {SUNSET}"]),
        ({"Deprecation": SINCE, "Sunset": SUNSET}, [f"since {SINCE}", f"removed on {SUNSET}"]),
    ],
    ids=["deprecation-date", "sunset", "deprecation-true-and-sunset", "both-dates"],
)
def test_deprecation_headers_warn_on_every_call_with_the_date(
    clients: str, headers: dict[str, str], words: list[str]
) -> None:
    recorder = Recorder(headers=headers)
    calls: list[tuple[str, tuple[Any, ...]]] = [
        ("pipelines.get", (PIPELINE_ID,)),
        ("pipelines.get_by_number", ("gh/acme/api", 7)),
    ]
    messages = call_twice_each(clients, recorder, calls)
    assert len(recorder.requests) == 4
    assert len(messages) == 4, messages
    first, second = messages[:2]
    assert messages[2:] == messages[:2]
    assert "getPipelineById" in first
    assert "getPipelineByNumber" in second
    for message in messages:
        for word in words:
            assert word in message


def test_a_bare_deprecation_header_names_the_operation_without_a_date() -> None:
    messages = call_twice_each(
        "sync", Recorder(headers={"Deprecation": "true"}), [("pipelines.get", (PIPELINE_ID,))]
    )
    assert len(messages) == 2
    assert "getPipelineById" in messages[0]
    assert "true" not in messages[0]
    assert "since" not in messages[0]


def test_the_default_filter_shows_a_warning_once_per_calling_line() -> None:
    recorder = Recorder(headers={"Sunset": SUNSET})
    with warnings.catch_warnings(record=True) as caught:
        warnings.resetwarnings()
        warnings.simplefilter("default")
        with recorder.sync_client() as client:
            for _ in range(3):
                client.pipelines.get(PIPELINE_ID)  # one line: shown once
            client.pipelines.get(PIPELINE_ID)  # another line: shown again
    assert len(deprecations(caught)) == 2
    assert len({item.lineno for item in caught}) == 2


def test_each_client_warns_on_its_own() -> None:
    recorder = Recorder(headers={"Sunset": SUNSET})
    with recorded() as caught:
        for _ in range(2):
            with recorder.sync_client() as client:
                client.pipelines.get(PIPELINE_ID)
    assert len(deprecations(caught)) == 2


@pytest.mark.parametrize("clients", ["sync", "async"])
def test_the_warning_points_at_the_callers_line(clients: str) -> None:
    recorder = Recorder(headers={"Sunset": SUNSET})
    with recorded() as caught:
        if clients == "sync":
            with recorder.sync_client() as client:
                client.pipelines.get(PIPELINE_ID)
        else:

            async def use() -> None:
                async with recorder.async_client() as client:
                    await client.pipelines.get(PIPELINE_ID)

            run_async(use)
    (warning,) = [item for item in caught if issubclass(item.category, DeprecationWarning)]
    assert warning.filename == __file__


def test_warnings_can_be_turned_into_errors() -> None:
    recorder = Recorder(status=201, body=PROJECT_SETTINGS)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with (
            recorder.sync_client() as client,
            pytest.raises(DeprecationWarning, match="createProjectFromVcs"),
        ):
            client.projects.create_from_vcs("gh/acme/api")


def test_a_structured_deprecation_date_is_shown_as_a_date() -> None:
    messages = call_twice_each(
        "sync", Recorder(headers={"Deprecation": "@1719791999"}), [("pipelines.get", (PIPELINE_ID,))]
    )
    assert "2024-06-30" in messages[0]
