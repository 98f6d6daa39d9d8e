"""Routes of the fake: which operation a request is, its path parameters, and the handler's I/O types.

The routing table is the generated ``_operations`` table (method and path of every operation of the
vendored document, after fixes); what each operation accepts (parameter types, formats, enums,
required body) and which statuses it documents comes from the generated ``_requests`` table.
Handlers are declared by operationId only (``Route``): a handler for an operation the vendored
document lacks is skipped, and an operation without a handler answers 501 and shows up in
``FakeCircleCI.implemented_operations``.  A ``{project-slug}`` parameter spans three segments (or
one, with encoded slashes); every other parameter is one segment, percent-decoded.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

from circleci_api.testing._store import ApiError, Store
from circleci_api_generated._operations import OPERATIONS
from circleci_api_generated._requests import REQUESTS, Param

if TYPE_CHECKING:
    import httpx

    from circleci_api._models import Model

__all__ = ["Call", "Handler", "QueryRule", "Reply", "Route", "Router", "documented_status", "paginate"]

T = TypeVar("T")
_PARAM = re.compile(r"{([^{}]+)}")
# Parameters whose values contain slashes: sent either as that many segments or as one segment
# with the slashes percent-encoded (``gh%2Facme%2Fapi``); both forms are accepted.
_MULTI_SEGMENT = {
    "project-slug": "[^/]+/[^/]+/[^/]+|[^/]+",
    "org-slug": "[^/]+/[^/]+|[^/]+",
    "org-slug-or-id": "[^/]+(?:/[^/]+)?",
}

#: How a query parameter is checked: ``"string"``, ``"uuid"``, ``"integer"`` or the allowed values.
QueryRule = str | tuple[str, ...]


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    operation_id: str
    params: dict[str, str]
    query: httpx.QueryParams
    body: Any
    store: Store
    files_base: str

    def page(self, items: Sequence[T], size: int | None = None) -> dict[str, Any]:
        """``{"items": [...], "next_page_token": ...}`` for one page of ``items`` (``page-token`` query)."""
        page, token = paginate(items, self.query.get("page-token"), size or self.store.page_size)
        return {"items": page, "next_page_token": token}

    def json(self) -> dict[str, Any]:
        """The JSON object body; raises ApiError(400) when the request had none."""
        if not isinstance(self.body, dict):
            raise ApiError(400, "This operation needs a JSON object as request body")
        return self.body


@dataclass
class Reply:
    """What a handler answers: a status and a JSON body."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Call], Reply]


@dataclass(frozen=True)
class Route:
    """A handler for one operationId, and the request facts the fake checks beyond the spec tables.

    ``body``: the generated model of the JSON body (checked strictly).  ``body_uuids``: body fields
    with a ``uuid`` format, as paths like ``owner.id`` or ``shared_org_ids[]``.  Path and query
    parameters and whether a body is required come from the generated ``_requests`` table;
    ``uuid_params``, ``enum_params``, ``query`` and ``body_required`` only add to it.
    """

    operation_id: str
    handler: Handler
    body: type[Model] | None = None
    body_required: bool = False
    uuid_params: tuple[str, ...] = ()
    enum_params: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    query: Mapping[str, QueryRule] = field(default_factory=dict)
    body_uuids: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    method: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    literals: int
    operation_id: str


def _compile(method: str, template: str, operation_id: str) -> _Compiled:
    names: list[str] = []
    regex = ["^"]
    literals = 0
    for index, part in enumerate(_PARAM.split(template)):
        if index % 2:
            names.append(part)
            regex.append("(" + _MULTI_SEGMENT.get(part, "[^/]+") + ")")
        else:
            literals += sum(1 for segment in part.split("/") if segment)
            regex.append(re.escape(part))
    regex.append("$")
    return _Compiled(method, re.compile("".join(regex)), tuple(names), literals, operation_id)


def _decode(name: str, raw: str) -> str:
    if name in _MULTI_SEGMENT:
        return "/".join(unquote(part) for part in raw.split("/"))
    return unquote(raw)


class Router:
    """Finds the operation for a method and an API path (the part after ``/api/v2``, still encoded).

    ``routes`` keeps only handlers whose operationId is in the vendored document.
    """

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = {route.operation_id: route for route in routes if route.operation_id in OPERATIONS}
        compiled = [_compile(info.method, info.path, op) for op, info in OPERATIONS.items()]
        compiled.sort(key=lambda c: -c.literals)
        self._spec = compiled

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        """The spec's operation for this request (implemented or not) and its decoded path parameters."""
        for candidate in self._spec:
            if candidate.method != method:
                continue
            found = candidate.pattern.match(path)
            if found:
                params = {n: _decode(n, v) for n, v in zip(candidate.names, found.groups(), strict=True)}
                return candidate.operation_id, params
        return None

    def methods(self, path: str) -> list[str]:
        """The methods the spec serves at ``path`` (empty when no operation has this path)."""
        return sorted({c.method for c in self._spec if c.pattern.match(path)})

    def spec_operation(self, method: str, path: str) -> str | None:
        """The spec's operation for this request, implemented by the fake or not."""
        found = self.match(method, path)
        return found[0] if found is not None else None


def documented_status(operation_id: str, status: int) -> int:
    """``status`` if the spec documents it (or a ``default`` answer) for the operation, else the
    closest documented error: 400 for bad input, 403 for a missing login, then 404, 500."""
    statuses = REQUESTS[operation_id].statuses if operation_id in REQUESTS else ()
    if not statuses or str(status) in statuses or "default" in statuses:
        return status
    fallbacks = {401: (403, 400), 404: (400,), 409: (400,), 422: (400,), 400: (404, 422)}
    for candidate in (*fallbacks.get(status, ()), 400, 404, 500):
        if str(candidate) in statuses:
            return candidate
    return status


def spec_params(operation_id: str) -> tuple[Param, ...]:
    """The path and query parameters the spec declares for ``operation_id``."""
    facts = REQUESTS.get(operation_id)
    return facts.params if facts is not None else ()


def paginate(items: Sequence[T], token: str | None, size: int) -> tuple[list[T], str | None]:
    """One page of ``items`` from an opaque ``token``; raises ApiError(400) for a token it never gave."""
    offset = 0
    if token:
        try:
            decoded = base64.urlsafe_b64decode(token.encode("ascii") + b"==").decode("ascii")
        except (binascii.Error, UnicodeError, ValueError):
            decoded = ""
        prefix, _, number = decoded.partition(":")
        if prefix != "offset" or not number.isdigit():
            raise ApiError(400, "Invalid page-token")
        offset = int(number)
    page = list(items[offset : offset + size])
    following = offset + size
    if following >= len(items):
        return page, None
    next_token = base64.urlsafe_b64encode(f"offset:{following}".encode()).decode("ascii").rstrip("=")
    return page, next_token
