"""Endpoint URLs assembled from the base URL's parsed parts are exactly the ones httpx parses.

``EndpointURLs`` skips httpx's URL parser for paths ``build_path`` made (see ``circleci_api._http``).
These tests compare it, for every operation's path template and arbitrary arguments, with the URL
httpx parses from the same text, under several kinds of base URL.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circleci_api import CircleCI
from circleci_api._endpoint import PathParameterError, build_path
from circleci_api._http import EndpointURLs, direct_urls_supported
from circleci_api._models import RequestValidationError
from circleci_api_generated._operations import OPERATIONS
from tests.client.conftest import TOKEN, recorder, reply

TEMPLATES = sorted({info.path for info in OPERATIONS.values()})
BASES = [
    "https://circleci.com/api/v2",
    "https://circleci.com/api/v2/",
    "https://CircleCI.example.COM:8443/prefix/api/v2",
    "http://127.0.0.1:54321/api/v2",
    "http://[::1]:8080/api/v2",
    "https://bücher.example/api/v2",
    "https://circleci.example.com/some%20where/api/v2",
]
# Argument text as users pass it: ids, slugs, names with spaces, unicode, reserved characters.
ARGUMENT = st.one_of(
    st.uuids().map(str),
    st.sampled_from(["gh/acme/api", "bb/acme/api", "circleci/abc/def", "acme", "a b", "ü/ñ/é", "..", "."]),
    st.text(min_size=1, max_size=12),
)


def _same(built: httpx.URL, parsed: httpx.URL) -> None:
    assert built == parsed
    assert str(built) == str(parsed)
    assert built.raw_path == parsed.raw_path
    assert (built.scheme, built.host, built.port, built.path) == (
        parsed.scheme,
        parsed.host,
        parsed.port,
        parsed.path,
    )
    assert built.query == parsed.query == b""
    assert built.fragment == parsed.fragment == ""


def test_the_installed_httpx_takes_the_direct_route() -> None:
    # If this fails after an httpx upgrade, URLs are parsed the slow, public way: still correct
    # (everything below keeps passing), but the per-call benchmark will show it.
    assert direct_urls_supported()


def _raises(reference: Any, path: str) -> httpx.URL:
    raise AttributeError("'URL' object has no attribute '_uri_reference'")


def _drops_the_prefix(reference: Any, path: str) -> httpx.URL:
    return httpx.URL("https://circleci.com" + path.rsplit("/", 1)[-1])


@pytest.mark.parametrize("direct_url", [_raises, _drops_the_prefix], ids=["missing", "different"])
def test_httpx_internals_other_than_expected_turn_the_direct_route_off(
    monkeypatch: pytest.MonkeyPatch, direct_url: Any
) -> None:
    monkeypatch.setattr("circleci_api._http._direct_url", direct_url)
    assert direct_urls_supported.__wrapped__() is False  # the check itself, not its cached answer


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_operation_path_matches_what_httpx_parses(base: str, template: str) -> None:
    names = re.findall(r"{([^{}]+)}", template)
    values: dict[str, Any] = {name: "gh/acme/api" if "slug" in name else "x y/ü" for name in names}
    try:
        path = build_path(template, values)
    except PathParameterError:
        values = {name: "gh/acme/api" if "slug" in name else "x y ü" for name in names}
        path = build_path(template, values)
    direct, public = EndpointURLs(httpx.URL(base)), EndpointURLs(httpx.URL(base), direct=False)
    _same(direct.join(path), public.join(path))
    _same(direct.join(path), httpx.URL(str(httpx.URL(base)).rstrip("/") + path))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(BASES),
    template=st.sampled_from([t for t in TEMPLATES if "{" in t]),
    data=st.data(),
)
def test_arbitrary_arguments_give_the_url_httpx_would_parse(
    base: str, template: str, data: st.DataObject
) -> None:
    values = {name: data.draw(ARGUMENT, label=name) for name in re.findall(r"{([^{}]+)}", template)}
    try:
        path = build_path(template, values)
    except RequestValidationError:  # PathParameterError, InvalidProjectSlug
        return  # refused before any URL is built, whichever way it would be built
    _same(EndpointURLs(httpx.URL(base)).join(path), EndpointURLs(httpx.URL(base), direct=False).join(path))


def test_a_url_built_for_one_call_is_not_shared_with_the_next() -> None:
    urls = EndpointURLs(httpx.URL("https://circleci.com/api/v2"))
    first, second = urls.join("/pipeline/a"), urls.join("/pipeline/b")
    assert (str(first), str(second)) == (
        "https://circleci.com/api/v2/pipeline/a",
        "https://circleci.com/api/v2/pipeline/b",
    )
    assert first.copy_with(path="/elsewhere") != first  # URLs stay immutable values


@pytest.mark.parametrize("direct", [True, False])
def test_the_client_sends_the_same_request_either_way(monkeypatch: pytest.MonkeyPatch, direct: bool) -> None:
    monkeypatch.setattr("circleci_api._http.EndpointURLs.__init__.__kwdefaults__", {"direct": direct})
    rec = recorder(reply(200, {"id": "p"}), repeat_last=True)
    with CircleCI(
        token=TOKEN,
        base_url="https://circleci.example.com:8443/prefix/api/v2/",
        http_client=httpx.Client(transport=httpx.MockTransport(rec)),
    ) as client:
        assert (client._urls._reference is not None) is direct
        client.pipelines.get("a b/ü")
        client.projects.get("gh/acme/my-api")
        client.pipelines.get("..")
    assert [str(s.url) for s in rec.sent] == [
        "https://circleci.example.com:8443/prefix/api/v2/pipeline/a%20b%2F%C3%BC",
        "https://circleci.example.com:8443/prefix/api/v2/project/gh%2Facme%2Fmy-api",
        "https://circleci.example.com:8443/prefix/api/v2/pipeline/%2E%2E",
    ]
    assert {s.headers["host"] for s in rec.sent} == {"circleci.example.com:8443"}
