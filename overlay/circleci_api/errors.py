"""Every exception the library raises.

``APIStatusError`` and its subclasses carry the HTTP status, CircleCI's ``message``, the request
method and URL (never the token), ``body`` (the decoded JSON exactly as the server sent it: text
composed from it, such as the message, has the token redacted, the data itself is never rewritten)
and the ``httpx.Response``.  Every error pickles (see ``CircleCIError``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from circleci_api._base_error import CircleCIError
from circleci_api._models import Deviation, RequestValidationError

if TYPE_CHECKING:
    import httpx

    from circleci_api.ratelimit import RateLimit

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircleCIError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "UsageExportFailed",
    "WaitTimeoutError",
]

EXCERPT_CHARS = 200


class ConfigurationError(CircleCIError):
    """The client is missing something it needs (a token) or was given an unsafe setting."""


class APIConnectionError(CircleCIError):
    """The request did not complete: DNS, connection, TLS or a dropped connection."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out."""


PATH_CHARS = 200


def short_path(path: str, limit: int = PATH_CHARS) -> str:
    """A JSON path bounded for messages: its start and its end (where the problem is) survive.

    A server can send keys of any length, and the path is built from them.
    """
    if len(path) <= limit:
        return path
    tail = limit // 3
    return f"{path[: limit - tail - 1]}…{path[-tail:]}"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A single-line, bounded excerpt of a response body for error messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class APIStatusError(CircleCIError):
    """CircleCI answered with a non-2xx status."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(f"{status_code} {message} ({method} {url})")
        self.status_code = status_code
        self.message = message
        self.method = method
        self.url = url
        self.response = response
        self.body = body

    @property
    def rate_limit(self) -> RateLimit | None:
        """What the error response's rate-limit headers said (None without such headers or response)."""
        if self.response is None:
            return None
        from circleci_api.ratelimit import parse_rate_limit

        return parse_rate_limit(self.response.headers)


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the token's user may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource (or no access to it)."""


class ConflictError(APIStatusError):
    """409: the resource exists or changed meanwhile."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but rejected.

    ``violations`` lists the reasons when the server says which (Prism's ``sl-violations`` header).
    """

    def __init__(self, message: str, *, violations: list[str] | None = None, **kwargs: Any) -> None:
        if violations:
            message = f"{message}: {'; '.join(violations)}"
        super().__init__(message, **kwargs)
        self.violations = violations or []


class RateLimitError(APIStatusError):
    """429: too many requests.

    ``retry_after`` is the server's wait hint in seconds (``Retry-After``), if any; ``rate_limit``
    what its rate-limit headers said.  A plain-text body (CircleCI sends ``Rate limited.``) is the
    message.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: CircleCI failed."""


class ResponseValidationError(CircleCIError):
    """A 2xx response could not be used: not JSON, or (strict mode) not matching its schema.

    ``path`` is the JSON path of the first problem, e.g. ``Pipeline.trigger.actor.avatar_url``
    (the message shortens a very long one; ``path`` and ``deviations`` keep it whole).
    """

    def __init__(
        self,
        problem: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body_excerpt: str = "",
        path: str | None = None,
        deviations: list[Deviation] | None = None,
    ) -> None:
        where = f"{short_path(path)}: " if path else ""
        text = f"{where}{problem} (HTTP {status_code}, {method} {url})"
        if body_excerpt:
            text += f"; body starts: {body_excerpt}"
        super().__init__(text)
        self.problem = problem
        self.path = path
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body_excerpt = body_excerpt
        self.deviations = deviations or []


class PaginationError(CircleCIError):
    """The server returned a page token it had already returned, which would loop forever."""


class WaitTimeoutError(CircleCIError):
    """A wait helper gave up.  ``last_state`` is the last state it saw."""

    def __init__(self, message: str, *, last_state: Any = None) -> None:
        super().__init__(message)
        self.last_state = last_state


class UsageExportFailed(CircleCIError):
    """A usage export job ended in state ``failed``.  ``error_reason`` is CircleCI's explanation."""

    def __init__(self, message: str, *, error_reason: str | None = None, job: Any = None) -> None:
        super().__init__(message)
        self.error_reason = error_reason
        self.job = job


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
