"""The httpx clients the library creates for itself: they keep no cookies.

CircleCI's API authenticates every request by its token; like ``curl`` and Go's default HTTP
client, the library sends no cookies.  A client that stored cookies would carry state from
one call into the next, invisibly: a load balancer's affinity cookie pins every later call to one
backend, and a cookie set by one redirect target would be sent back to it on the next download.

It is also the largest single cost httpx adds to a call: ``Cookies.extract_cookies`` wraps every
response and its request in ``urllib`` objects to look for ``Set-Cookie`` (about 13 µs a call on
the benchmark machine, more than the whole typed parse of a pipeline).  Here the client's cookie
store is one whose every operation is a no-op, so nothing is parsed, stored or sent.

An ``httpx.Client`` or ``httpx.AsyncClient`` passed as ``http_client=`` is left as it is: its cookies
are its owner's business.
"""

from __future__ import annotations

from http.cookiejar import Cookie, CookieJar
from typing import Any

import httpx

__all__ = ["CookielessAsyncClient", "CookielessClient"]


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
