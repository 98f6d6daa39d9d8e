"""Every non-2xx status and every failed request raises a typed error carrying what went wrong."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from circleci_api import errors
from tests.client.conftest import Harness, fail, recorder, reply

PIPELINE_ID = "5034460f-c7c4-4c43-9457-de07e2029e7b"
URL = f"https://circleci.com/api/v2/pipeline/{PIPELINE_ID}"

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (502, errors.InternalServerError),
    (503, errors.InternalServerError),
    (504, errors.InternalServerError),
    (418, errors.APIStatusError),
]


def test_hierarchy_matches_the_issue() -> None:
    parents = {
        errors.APIConnectionError: errors.CircleCIError,
        errors.APITimeoutError: errors.APIConnectionError,
        errors.APIStatusError: errors.CircleCIError,
        errors.BadRequestError: errors.APIStatusError,
        errors.AuthenticationError: errors.APIStatusError,
        errors.PermissionDeniedError: errors.APIStatusError,
        errors.NotFoundError: errors.APIStatusError,
        errors.ConflictError: errors.APIStatusError,
        errors.UnprocessableEntityError: errors.APIStatusError,
        errors.RateLimitError: errors.APIStatusError,
        errors.InternalServerError: errors.APIStatusError,
        errors.ResponseValidationError: errors.CircleCIError,
    }
    for cls, parent in parents.items():
        assert cls.__bases__ == (parent,), cls
    assert errors.CircleCIError.__bases__ == (Exception,)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES])
def test_status_raises_its_class_with_status_message_method_url_and_response(
    h: Harness, status: int, cls: type[errors.APIStatusError]
) -> None:
    rec = recorder(reply(status, {"message": f"CircleCI says no ({status})"}))
    client = h.client(rec, max_retries=0)
    with pytest.raises(errors.APIStatusError) as info:
        h.run(client.pipelines.get(PIPELINE_ID))
    exc = info.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.message == f"CircleCI says no ({status})"
    assert exc.method == "GET"
    assert exc.url == URL
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == status
    assert exc.response.json() == {"message": f"CircleCI says no ({status})"}
    assert exc.body == {"message": f"CircleCI says no ({status})"}
    assert str(status) in str(exc)
    assert f"CircleCI says no ({status})" in str(exc)
    assert f"GET {URL}" in str(exc)
    assert rec.count == 1


def test_post_errors_name_the_post(h: Harness) -> None:
    rec = recorder(reply(400, {"message": "Invalid definition_id"}))
    with pytest.raises(errors.BadRequestError) as info:
        h.run(h.client(rec).pipelines.run("gh/acme/api", definition_id="nope"))
    assert info.value.method == "POST"
    assert info.value.url == "https://circleci.com/api/v2/project/gh/acme/api/pipeline/run"
    assert info.value.message == "Invalid definition_id"


def test_html_502_page_gives_a_typed_error_with_an_excerpt(h: Harness) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    rec = recorder(reply(502, text=page, content_type="text/html"))
    with pytest.raises(errors.InternalServerError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    exc = info.value
    assert exc.status_code == 502
    assert exc.body is None
    assert "502 Bad Gateway" in exc.message
    assert len(str(exc)) < 400  # an excerpt, not the whole page
    assert exc.response is not None
    assert exc.response.text == page


def test_error_without_a_body_uses_the_reason_phrase(h: Harness) -> None:
    rec = recorder(reply(404))
    with pytest.raises(errors.NotFoundError) as info:
        h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert info.value.message == "Not Found"


def test_non_json_success_body_raises_response_validation_error(h: Harness) -> None:
    rec = recorder(reply(200, text="<html>maintenance</html>", content_type="text/html"))
    with pytest.raises(errors.ResponseValidationError) as info:
        h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    exc = info.value
    assert exc.status_code == 200
    assert exc.method == "GET"
    assert exc.url == URL
    assert "maintenance" in exc.body_excerpt
    assert "not JSON" in str(exc)


def test_strict_mode_turns_a_schema_mismatch_into_a_typed_error(h: Harness) -> None:
    rec = recorder(reply(200, {"message": 42}))
    client = h.client(rec, strict=True)
    with pytest.raises(errors.ResponseValidationError) as info:
        h.run(client.pipeline_definitions.delete("p", "d"))
    assert info.value.status_code == 200
    assert info.value.path is not None
    assert "message" in info.value.path


def test_lenient_mode_never_raises_a_bare_key_or_value_error(h: Harness) -> None:
    rec = recorder(reply(200, {"unexpected": [1, 2, 3]}))
    result = h.run(h.client(rec).pipeline_definitions.delete("p", "d"))
    assert result.raw_json == {"unexpected": [1, 2, 3]}
    assert result.message is None


def test_rate_limit_error_has_retry_after_seconds(h: Harness) -> None:
    rec = recorder(reply(429, {"message": "Rate limit exceeded"}, retry_after="17"))
    with pytest.raises(errors.RateLimitError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    assert info.value.retry_after == 17.0
    assert info.value.message == "Rate limit exceeded"


def test_rate_limit_error_reads_an_http_date_retry_after(h: Harness) -> None:
    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    rec = recorder(reply(429, {"message": "slow down"}, retry_after=when))
    with pytest.raises(errors.RateLimitError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    assert info.value.retry_after is not None
    assert 60 < info.value.retry_after <= 120


def test_rate_limit_error_without_a_hint_has_none(h: Harness) -> None:
    rec = recorder(reply(429, {"message": "slow down"}))
    with pytest.raises(errors.RateLimitError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    assert info.value.retry_after is None


@pytest.mark.parametrize(
    ("exc_type", "cls"),
    [
        (httpx.ConnectError, errors.APIConnectionError),
        (httpx.ReadError, errors.APIConnectionError),
        (httpx.RemoteProtocolError, errors.APIConnectionError),
        (httpx.ConnectTimeout, errors.APITimeoutError),
        (httpx.ReadTimeout, errors.APITimeoutError),
        (httpx.WriteTimeout, errors.APITimeoutError),
        (httpx.PoolTimeout, errors.APITimeoutError),
    ],
)
def test_transport_failures_map_to_connection_errors(
    h: Harness, exc_type: type[httpx.RequestError], cls: type[errors.APIConnectionError]
) -> None:
    rec = recorder(fail(exc_type, "network trouble"))
    with pytest.raises(errors.APIConnectionError) as info:
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))
    exc = info.value
    assert type(exc) is cls
    assert exc.method == "GET"
    assert exc.url == URL
    assert exc_type.__name__ in str(exc)
    assert exc.__suppress_context__  # the httpx traceback is not chained into the report


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that fails half-way, like a connection dropped mid-response."""

    def __init__(self, exc_type: type[httpx.TransportError]) -> None:
        self.exc_type = exc_type

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"id": "'
        raise self.exc_type("dropped")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"id": "'
        raise self.exc_type("dropped")


@pytest.mark.parametrize(
    ("exc_type", "cls"),
    [(httpx.ReadError, errors.APIConnectionError), (httpx.ReadTimeout, errors.APITimeoutError)],
)
def test_a_body_that_breaks_mid_read_is_a_connection_error(
    h: Harness, exc_type: type[httpx.TransportError], cls: type[errors.APIConnectionError]
) -> None:
    rec = recorder(lambda request: httpx.Response(200, stream=BrokenBody(exc_type)))
    with pytest.raises(cls):
        h.run(h.client(rec, max_retries=0).pipelines.get(PIPELINE_ID))


def test_endless_redirects_are_a_connection_error(h: Harness) -> None:
    rec = recorder(reply(302, location=f"/api/v2/pipeline/{PIPELINE_ID}"), repeat_last=True)
    with pytest.raises(errors.APIConnectionError, match="redirects"):
        h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert rec.count == 6  # the request and five redirects


def test_unprocessable_entity_lists_violations(h: Harness) -> None:
    violations = '[{"location": ["request", "body", "name"], "message": "must be string"}]'
    rec = recorder(reply(422, {"message": "Invalid request"}, sl_violations=violations))
    with pytest.raises(errors.UnprocessableEntityError) as info:
        h.run(h.client(rec).pipelines.get(PIPELINE_ID))
    assert info.value.violations == ["request.body.name: must be string"]
    assert "must be string" in str(info.value)
