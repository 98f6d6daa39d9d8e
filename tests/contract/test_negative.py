"""The harness can fail: a request that breaks the document and a response that breaks it are caught.

createContext is used for the request side because it documents no 400 response: Prism then
answers a request violation with 422 (it picks a documented 400 when there is one), which the
client raises as ``UnprocessableEntityError`` listing Prism's findings.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from circleci_api import AsyncCircleCI, CircleCI, ResponseValidationError, UnprocessableEntityError
from tests.contract.cases import ORG_ID, PIPELINE_ID
from tests.contract.prism import PrismServer

TOKEN = "contract-test-token"
# A context body whose name is a number: the document says string.
BAD_CONTEXT = {"name": 42, "owner": {"id": ORG_ID, "type": "organization"}}
NAME_VIOLATION = "body.name: Request body property name must be string"


def check_rejection(error: UnprocessableEntityError) -> None:
    assert error.status_code == 422
    assert error.violations == [NAME_VIOLATION]  # exactly the field we broke, nothing else
    assert NAME_VIOLATION in str(error)
    assert TOKEN not in str(error)


@pytest.mark.contract
def test_prism_rejects_a_body_with_a_wrong_type_sync(prism_static: PrismServer) -> None:
    with CircleCI(token=TOKEN, base_url=prism_static.base_url, max_retries=0) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            client.request("POST", "/context", json=BAD_CONTEXT)
        check_rejection(caught.value)
        # The same body with the right type goes through, so it is the type Prism objected to.
        fixed = client.request("POST", "/context", json={**BAD_CONTEXT, "name": "deploy-secrets"})
        assert fixed.status_code == 200
        assert "sl-violations" not in fixed.headers


@pytest.mark.contract
@pytest.mark.anyio
async def test_prism_rejects_a_body_with_a_wrong_type_async(prism_static: PrismServer) -> None:
    async with AsyncCircleCI(token=TOKEN, base_url=prism_static.base_url, max_retries=0) as client:
        with pytest.raises(UnprocessableEntityError) as caught:
            await client.request("POST", "/context", json=BAD_CONTEXT)
        check_rejection(caught.value)


# --------------------------------------------------------------------------- responses (no Prism)

# A pipeline whose number is a string: the document says integer.
BAD_PIPELINE: dict[str, Any] = {
    "id": PIPELINE_ID,
    "errors": [],
    "project_slug": "gh/acme/api",
    "number": "1288",
    "state": "created",
    "created_at": "2025-05-01T10:00:00Z",
    "trigger": {
        "type": "api",
        "received_at": "2025-05-01T10:00:00Z",
        "actor": {"login": "octocat", "avatar_url": None},
    },
}


def pipeline_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=BAD_PIPELINE)


def check_response_error(error: ResponseValidationError) -> None:
    assert error.path == "Pipeline.number"
    assert error.problem == "expected integer, got string"
    assert [str(d) for d in error.deviations] == ["Pipeline.number: expected integer, got string"]


def test_a_response_that_breaks_its_schema_raises_in_strict_mode_sync() -> None:
    with httpx.Client(transport=httpx.MockTransport(pipeline_reply)) as http:
        strict = CircleCI(token=TOKEN, strict=True, http_client=http)
        with pytest.raises(ResponseValidationError) as caught:
            strict.pipelines.get(PIPELINE_ID)
        check_response_error(caught.value)
        # Lenient mode returns the value as it came, so the strict check is what failed above.
        lenient = CircleCI(token=TOKEN, strict=False, http_client=http)
        number: Any = lenient.pipelines.get(PIPELINE_ID).number  # typed int; the server sent a string
        assert number == "1288"


@pytest.mark.anyio
async def test_a_response_that_breaks_its_schema_raises_in_strict_mode_async() -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(pipeline_reply)) as http:
        strict = AsyncCircleCI(token=TOKEN, strict=True, http_client=http)
        with pytest.raises(ResponseValidationError) as caught:
            await strict.pipelines.get(PIPELINE_ID)
        check_response_error(caught.value)


def test_the_bad_pipeline_differs_from_a_valid_one_only_in_its_number() -> None:
    """Guards the fixture above: with the number fixed, the same payload parses strictly."""
    valid = json.loads(json.dumps(BAD_PIPELINE))
    valid["number"] = 1288

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=valid)

    with httpx.Client(transport=httpx.MockTransport(reply)) as http:
        pipeline = CircleCI(token=TOKEN, strict=True, http_client=http).pipelines.get(PIPELINE_ID)
    assert pipeline.number == 1288
