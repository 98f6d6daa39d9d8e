"""What the library asks of httpx beyond its plain use: clients without cookies, endpoint URLs.

The httpx clients the library creates for itself keep no cookies.

CircleCI's API authenticates every request by its token; like ``curl`` and Go's default HTTP
client, the library sends no cookies.  A client that stored cookies would carry state from
one call into the next, invisibly: a load balancer's affinity cookie pins every later call to one
backend, and a cookie set by one redirect target would be sent back to it on the next download.

It is also the largest single cost httpx adds to a call: ``Cookies.extract_cookies`` wraps every
response and its request in ``urllib`` objects to look for ``Set-Cookie`` (13 µs timed alone on
the benchmark machine, about 40 µs a call in the request benchmark: more than the whole typed
parse of a pipeline).  Here the client's cookie store is one whose every operation is a no-op, so
nothing is parsed, stored or sent.

An ``httpx.Client`` or ``httpx.AsyncClient`` passed as ``http_client=`` is left as it is: its cookies
are its owner's business.
"""

from __future__ import annotations

import functools
from http.cookiejar import Cookie, CookieJar
from typing import Any

import httpx

__all__ = ["CookielessAsyncClient", "CookielessClient", "EndpointURLs", "direct_urls_supported"]


class _DiscardingJar(CookieJar):
    """A cookie jar that never holds a cookie."""

    def set_cookie(self, cookie: Cookie) -> None:
        return None

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def add_cookie_header(self, request: Any) -> None:
        return None


class _NoCookies(httpx.Cookies):
    """httpx's cookie store with storing and sending made no-ops (and always empty)."""

    def __init__(self) -> None:
        super().__init__(_DiscardingJar())

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


class _Cookieless:
    """Mixed in before an httpx client class: its cookie store is the no-op one."""

    _no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        return None  # httpx sets its own (empty) store while initialising; there is nothing to keep


class CookielessClient(_Cookieless, httpx.Client):
    """``httpx.Client`` that neither stores nor sends cookies (see the module docstring)."""


class CookielessAsyncClient(_Cookieless, httpx.AsyncClient):
    """``httpx.AsyncClient`` that neither stores nor sends cookies (see the module docstring)."""


# --------------------------------------------------------------------------- endpoint URLs


def _direct_url(reference: Any, path: str) -> httpx.URL:
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = reference._replace(path=path)
    return url


_URL_PARTS = (
    "scheme",
    "raw_scheme",
    "userinfo",
    "host",
    "raw_host",
    "port",
    "netloc",
    "path",
    "raw_path",
    "query",
    "params",
    "fragment",
    "is_absolute_url",
    "is_relative_url",
)


@functools.cache
def direct_urls_supported() -> bool:
    """Whether ``_direct_url`` builds exactly the URL httpx parses from the same text.

    Worked out once, when the first client is configured (about half a millisecond), and False
    on an httpx whose URL internals are not the ones relied on.
    """
    try:
        for base, path in (
            ("https://circleci.com/api/v2", "/pipeline/a%20b/%2E%2E"),
            ("http://127.0.0.1:8080/x/api/v2", "/project/gh%2Facme%2Fapi/pipeline/run"),
        ):
            reference = httpx.URL(base)._uri_reference
            built = _direct_url(reference, reference.path + path)
            parsed = httpx.URL(base + path)
            # Everything httpx and this library read from a URL while sending a request.
            if any(getattr(built, name) != getattr(parsed, name) for name in _URL_PARTS):
                return False
            if (built, str(built), hash(built)) != (parsed, str(parsed), hash(parsed)):
                return False
            params = {"page-token": "a b"}
            if built.copy_merge_params(params) != parsed.copy_merge_params(params):
                return False
            if built.join("other") != parsed.join("other"):
                return False
    except Exception:  # any difference in httpx's internals means: do not rely on them
        return False
    return True


class EndpointURLs:
    """Absolute URLs of API paths under one base URL.

    ``join(path)`` takes a path that is already percent-encoded (``build_path`` encodes every
    argument; dot segments are ``%2E``) and returns ``base + path``.  httpx parses and validates
    every URL string it is given, which on the benchmark machine costs about as much as the rest
    of the typed layer together; the base was validated once, when the client was configured, so
    the URL is assembled from its parsed parts instead.  That uses httpx's internal
    representation: ``direct_urls_supported()`` checks it once, and without it (or with
    ``direct=False``) every URL is parsed from its text, the public way, with the same result.
    """

    __slots__ = ("_prefix", "_reference", "_text")

    def __init__(self, base: httpx.URL, *, direct: bool | None = None) -> None:
        if direct is None:
            direct = direct_urls_supported()
        base = base.copy_with(query=None, fragment=None)
        self._text = str(base).rstrip("/")
        self._reference: Any = base._uri_reference if direct else None
        self._prefix = base._uri_reference.path.rstrip("/") if direct else ""

    def join(self, path: str) -> httpx.URL:
        """``base + path`` as a URL; ``path`` starts with ``/`` and is percent-encoded."""
        reference = self._reference
        if reference is None:
            return httpx.URL(self._text + path)
        return _direct_url(reference, self._prefix + path)
