"""Helpers for the fake's tests: spec validation with jsonschema, ways to reach the fake, and
running one test body on both client flavours.

``SpecCheckedFake`` validates each JSON response with ``openapi_schema_validator.OAS30Validator``
(OpenAPI 3.0 semantics: ``nullable``, formats) against the schema the spec gives the operation for
that status, independently of the generated models the fake itself checks with.
"""

from __future__ import annotations

import copy
import inspect
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import openapi_schema_validator as osv
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from circleci_api import AsyncCircleCI, CircleCI, RetryPolicy
from circleci_api.testing import FakeCircleCI

SPEC_URI = "urn:circleci-api:built-spec"
#: Retries without waiting, so tests never sleep.
NO_WAIT = RetryPolicy(initial_delay=0, max_delay=0, jitter=0)


def _pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    url = httpx.URL(value)
    return url.scheme in ("http", "https") and bool(url.host)


class SpecResponses:
    """Validates response bodies against the built spec, by operationId and status."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.registry = Registry().with_resource(SPEC_URI, Resource.from_contents(spec, DRAFT4))
        self.checker = copy.copy(osv.oas30_format_checker)
        self.checker.checkers = dict(self.checker.checkers)
        self.checker.checks("uri", raises=httpx.InvalidURL)(_is_uri)
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self.operations[operation["operationId"]] = (path, method, operation)
        self._validators: dict[str, Any] = {}

    def schema_pointer(self, operation_id: str | None, status: int) -> str:
        """Where the spec keeps the body schema for this answer (MessageResponse for other errors)."""
        message = _pointer("components", "schemas", "MessageResponse")
        if operation_id is None or operation_id not in self.operations:
            return message
        path, method, operation = self.operations[operation_id]
        responses = operation["responses"]
        key = str(status) if str(status) in responses else "default" if "default" in responses else None
        if key is None:
            if status >= 400:
                return message
            raise AssertionError(f"{operation_id} has no {status} response in the spec")
        entry = responses[key]
        base = entry["$ref"][1:] if "$ref" in entry else _pointer("paths", path, method, "responses", key)
        return base + _pointer("content", "application/json", "schema")

    def request_errors(self, operation_id: str, body: Any) -> list[str]:
        """What jsonschema finds wrong with ``body`` as the request body of ``operation_id``."""
        path, method, _ = self.operations[operation_id]
        pointer = _pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
        return self._errors(pointer, body)

    def errors(self, operation_id: str | None, status: int, body: Any) -> list[str]:
        """What jsonschema finds wrong with a response body."""
        return self._errors(self.schema_pointer(operation_id, status), body)

    def _errors(self, pointer: str, body: Any) -> list[str]:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = osv.OAS30Validator(
                {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self.registry, format_checker=self.checker
            )
            self._validators[pointer] = validator
        return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]


class SpecCheckedFake(FakeCircleCI):
    """A FakeCircleCI whose every JSON answer is validated against the spec as it leaves."""

    def __init__(self, responses: SpecResponses, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec_responses = responses
        self.problems: list[str] = []
        self.checked: list[tuple[str | None, int]] = []

    def dispatch(self, request: httpx.Request, files_base: str) -> httpx.Response:
        response = super().dispatch(request, files_base)
        record = self.requests[-1]
        if response.headers.get("content-type", "").startswith("application/json"):
            # 501 answers an operation the fake does not implement: a plain message.
            operation = None if response.status_code == 501 else record.operation_id
            body = json.loads(response.content)
            for problem in self.spec_responses.errors(operation, response.status_code, body):
                self.problems.append(f"{record.operation_id} {response.status_code}: {problem}")
            self.checked.append((record.operation_id, response.status_code))
        return response


@dataclass
class Front:
    """One way of reaching the fake: ``in_process`` (its transport) or ``http`` (a local server)."""

    name: str
    fake: SpecCheckedFake
    base_url: str

    def sync_client(self, **kwargs: Any) -> CircleCI:
        kwargs.setdefault("token", self.fake.token)
        kwargs.setdefault("strict", True)
        kwargs.setdefault("retry_policy", NO_WAIT)
        if self.name == "in_process":
            kwargs.setdefault("http_client", httpx.Client(transport=self.fake.transport()))
        return CircleCI(base_url=self.base_url, **kwargs)

    def async_client(self, **kwargs: Any) -> AsyncCircleCI:
        kwargs.setdefault("token", self.fake.token)
        kwargs.setdefault("strict", True)
        kwargs.setdefault("retry_policy", NO_WAIT)
        if self.name == "in_process":
            kwargs.setdefault("http_client", httpx.AsyncClient(transport=self.fake.transport()))
        return AsyncCircleCI(base_url=self.base_url, **kwargs)


@asynccontextmanager
async def open_client(front: Front, kind: str, **kwargs: Any) -> AsyncIterator[Any]:
    """A sync or async client on ``front``; use ``done()`` around each call so one body serves both."""
    if kind == "sync":
        client = front.sync_client(**kwargs)
        try:
            yield client
        finally:
            client.close()
    else:
        aclient = front.async_client(**kwargs)
        try:
            yield aclient
        finally:
            await aclient.close()


async def done(result: Any) -> Any:
    """The value of a client call, awaited if the async client returned an awaitable."""
    return await result if inspect.isawaitable(result) else result


async def collect(paginator: Any) -> list[Any]:
    """Every item of a sync or async paginator."""
    if hasattr(paginator, "__aiter__"):
        return [item async for item in paginator]
    return list(paginator)


class VirtualClock:
    """A clock for the wait helpers whose ``sleep`` only moves time forward (nothing really waits)."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class AsyncVirtualClock:
    """``VirtualClock`` for the async helpers."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def virtual_clock(kind: str) -> VirtualClock | AsyncVirtualClock:
    return AsyncVirtualClock() if kind == "async" else VirtualClock()
