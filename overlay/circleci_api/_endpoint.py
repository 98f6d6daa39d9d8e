"""What a generated endpoint module hands to the client: a description of the operation and of one request.

Generated endpoint functions build a ``RequestParts`` from typed arguments and pass it, with their
module's ``Endpoint``, to a caller (``CircleCI`` or ``AsyncCircleCI``), which owns the URL, auth,
retries, errors and response parsing.  Nothing here performs I/O.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote

from circleci_api._models import UNSET, Converter, RequestValidationError

if TYPE_CHECKING:
    from circleci_api._options import RequestOptions
    from circleci_api.pagination import AsyncPaginator, SyncPaginator

__all__ = ["AsyncCaller", "Endpoint", "RequestParts", "SyncCaller", "build_path", "query_params"]

T = TypeVar("T")

_PATH_PARAM = re.compile(r"{([^{}]+)}")


@dataclass(frozen=True)
class Endpoint:
    """One operation of the API, as the generator saw it."""

    module: str
    method: str
    path: str
    responses: Mapping[int, Converter | None]
    page_items: str | None = None
    page_token_param: str | None = None
    #: A list without ``next_page_token``: the attribute holding its items ("" when the body is the array).
    list_items: str | None = None

    @property
    def paginated(self) -> bool:
        return self.page_items is not None


@dataclass
class RequestParts:
    """The arguments of one call: raw path values, query pairs and the JSON body (or UNSET)."""

    path_params: dict[str, Any] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    json: Any = UNSET

    def with_query(self, name: str, value: str | None) -> RequestParts:
        """A copy with query parameter ``name`` replaced (or removed when ``value`` is None)."""
        query = [(k, v) for k, v in self.query if k != name]
        if value is not None:
            query.append((name, value))
        return RequestParts(path_params=self.path_params, query=query, json=self.json)


class SyncCaller(Protocol):
    """What generated sync functions need from a client (``options``: the per-call options)."""

    def call(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Any: ...

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> SyncPaginator[Any]: ...


class AsyncCaller(Protocol):
    """What generated async functions need from a client (``options``: the per-call options)."""

    async def call(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> Any: ...

    def paginate(
        self, endpoint: Endpoint, request: RequestParts, options: RequestOptions | None = None
    ) -> AsyncPaginator[Any]: ...


# --------------------------------------------------------------------------- paths

# Path parameters (by their Python name, as in the generated path templates) whose documented
# values contain slashes, and how many slash-separated parts they may have.
SLUG_PARAMETERS: dict[str, tuple[int, ...]] = {
    "project_slug": (3,),
    "org_slug": (2,),
    "org_slug_or_id": (1, 2),
}

# Slug parameters sent as ONE path segment with each slash percent-encoded (``gh%2Facme%2Fapi``).
# The document declares them as single path parameters, so the encoded form is what it describes
# (and what OpenAPI routers such as Prism match); CircleCI states that the slashes of project and
# org slugs may be URL-escaped.  ``org-slug-or-id`` carries no such statement and keeps literal
# slashes, the form of CircleCI's own examples.
ENCODED_SLASH_PARAMETERS = frozenset({"project_slug", "org_slug"})


class PathParameterError(RequestValidationError):
    """A path argument that cannot be placed in the URL safely (empty, a dot segment, bad slug)."""

    def __init__(self, message: str) -> None:
        super().__init__("path", message)


def _segment(value: Any, name: str) -> str:
    if isinstance(value, bool) or value is None:
        raise PathParameterError(f"path parameter {name!r} must be a string or number, got {value!r}")
    if isinstance(value, enum.Enum):
        value = value.value
    text = str(value)
    if text == "":
        raise PathParameterError(f"path parameter {name!r} must not be empty")
    if text in (".", ".."):
        # Percent-encoding leaves dots alone, and a bare dot segment would change the endpoint.
        return text.replace(".", "%2E")
    return quote(text, safe="")


def _slug_segments(value: Any, name: str, sizes: tuple[int, ...]) -> str:
    from circleci_api.slugs import ProjectSlug

    if name == "project_slug" or isinstance(value, ProjectSlug):
        # One check and one message for every method taking a project slug (see split_project_slug).
        parts = list(ProjectSlug.parse(value).parts)
    else:
        if not isinstance(value, str):
            raise PathParameterError(f"path parameter {name!r} must be a string, got {type(value).__name__}")
        parts = value.split("/")
    if len(parts) not in sizes:
        expected = " or ".join(str(n) for n in sizes)
        raise PathParameterError(f"{name} {value!r} must have {expected} part(s) separated by '/'")
    separator = "%2F" if name in ENCODED_SLASH_PARAMETERS else "/"
    return separator.join(_segment(part, name) for part in parts)


def build_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill a path template; every value becomes exactly the segments its parameter allows."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise PathParameterError(f"missing path parameter {name!r}")
        value = values[name]
        sizes = SLUG_PARAMETERS.get(name)
        if sizes is not None:
            return _slug_segments(value, name, sizes)
        return _segment(value, name)

    return _PATH_PARAM.sub(fill, template)


def split_project_slug(value: Any) -> dict[str, str]:
    """``gh/org/repo`` -> the ``provider``/``organization``/``project`` path parameters."""
    from circleci_api.slugs import ProjectSlug

    slug = value if isinstance(value, ProjectSlug) else ProjectSlug.parse(value)
    return {"provider": slug.vcs, "organization": slug.organization, "project": slug.project}


# --------------------------------------------------------------------------- query strings


def _query_value(value: Any, name: str) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    uuid_module = sys.modules.get("uuid")  # not imported eagerly: it costs ~3 ms at startup
    if uuid_module is not None and isinstance(value, uuid_module.UUID):
        return str(value)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            raise RequestValidationError(name, "datetime must be timezone-aware")
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise RequestValidationError(name, f"unsupported query value of type {type(value).__name__}")


def query_params(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query pairs from named values: UNSET and None are left out, lists repeat the name."""
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is UNSET or value is None:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((name, _query_value(item, name)) for item in value)
        else:
            pairs.append((name, _query_value(value, name)))
    return pairs


def body_json(converter: Converter, value: Any, name: str) -> Any:
    """The JSON form of a non-object body argument (checked against its schema)."""
    return converter.to_json(value, name)
