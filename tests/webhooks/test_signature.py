"""verify_signature: the documented test vector, every refusal, and what is tolerated."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from circleci_api import CircleCIError
from circleci_api.webhooks import WebhookSignatureError, sign, verify_signature

# The test vector of CircleCI's documentation: body "hello world", secret "secret".
VECTOR_BODY = b"hello world"
VECTOR_SECRET = "secret"
VECTOR_V1 = "734cc62f32841568f45715aeb9f4d7891324e6d948e4c6c60c0621cdac48623a"
BODY = b'{"id":"3888f21b-eaa7-38e3-8f3d-75a63bba8895","type":"workflow-completed"}'
SECRET = "s3cr3t-signing-key"


def _v1(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_the_documented_test_vector_passes() -> None:
    verify_signature(VECTOR_BODY, f"v1={VECTOR_V1}", VECTOR_SECRET)
    verify_signature(bytearray(VECTOR_BODY), f"v1={VECTOR_V1}", VECTOR_SECRET.encode())
    verify_signature(memoryview(VECTOR_BODY), f" v1 = {VECTOR_V1} ", VECTOR_SECRET)
    assert sign(VECTOR_BODY, VECTOR_SECRET) == f"v1={VECTOR_V1}"


def test_a_signature_of_a_real_body_passes_twice() -> None:
    header = f"v1={_v1(BODY, SECRET)}"
    verify_signature(BODY, header, SECRET)
    verify_signature(BODY, header, SECRET)  # no state: the same header verifies again


def test_unknown_versions_are_ignored_when_v1_matches() -> None:
    good = _v1(BODY, SECRET)
    verify_signature(BODY, f"v1={good},v2=not-checked-at-all", SECRET)
    verify_signature(BODY, f"v0=whatever, v1={good}, v9", SECRET)


def test_any_matching_v1_entry_is_enough() -> None:
    # As during a secret rotation: one entry per secret.
    other = _v1(BODY, "the-old-secret")
    verify_signature(BODY, f"v1={other},v1={_v1(BODY, SECRET)}", SECRET)


def test_upper_case_hex_is_accepted() -> None:
    verify_signature(VECTOR_BODY, f"v1={VECTOR_V1.upper()}", VECTOR_SECRET)


@pytest.mark.parametrize("header", [None, "", "   "])
def test_a_missing_or_empty_header_is_refused(header: str | None) -> None:
    with pytest.raises(WebhookSignatureError, match="Circleci-Signature header is missing or empty"):
        verify_signature(BODY, header, SECRET)


@pytest.mark.parametrize("header", [f"v2={VECTOR_V1}", "sha256=abc", VECTOR_V1, ",,", "V1=" + VECTOR_V1])
def test_a_header_without_v1_is_refused(header: str) -> None:
    with pytest.raises(WebhookSignatureError, match="no v1 entry"):
        verify_signature(VECTOR_BODY, header, VECTOR_SECRET)


@pytest.mark.parametrize(
    "value",
    [
        "",  # v1= with nothing
        VECTOR_V1[:-1],  # too short
        VECTOR_V1 + "0",  # too long
        "z" + VECTOR_V1[1:],  # not hex
        "0x" + VECTOR_V1[2:],  # a prefix
        "é" * 64,  # not ASCII
    ],
)
def test_a_malformed_v1_value_is_refused(value: str) -> None:
    with pytest.raises(WebhookSignatureError, match="not 64 hexadecimal digits"):
        verify_signature(VECTOR_BODY, f"v1={value}", VECTOR_SECRET)


def test_a_wrong_digest_is_refused() -> None:
    expected = _v1(BODY, SECRET)
    with pytest.raises(WebhookSignatureError, match="does not match") as refused:
        verify_signature(BODY, f"v1={_v1(BODY, 'another secret')}", SECRET)
    assert isinstance(refused.value, CircleCIError)
    # Neither the secret nor the expected digest is told.
    assert SECRET not in str(refused.value)
    assert expected not in str(refused.value)


def test_a_changed_body_is_refused() -> None:
    header = f"v1={_v1(BODY, SECRET)}"
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(BODY + b" ", header, SECRET)
    reserialised = b'{"id": "3888f21b-eaa7-38e3-8f3d-75a63bba8895", "type": "workflow-completed"}'
    with pytest.raises(WebhookSignatureError, match="raw bytes"):
        verify_signature(reserialised, header, SECRET)


def test_a_wrong_secret_is_refused_with_a_valid_entry_of_another_version() -> None:
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature(BODY, f"v1={'0' * 64},v2={_v1(BODY, SECRET)}", SECRET)


def test_an_empty_secret_is_refused() -> None:
    with pytest.raises(WebhookSignatureError, match="signing secret is empty"):
        verify_signature(VECTOR_BODY, f"v1={VECTOR_V1}", "")
    with pytest.raises(WebhookSignatureError, match="signing secret is empty"):
        verify_signature(VECTOR_BODY, f"v1={VECTOR_V1}", b"")


def test_a_decoded_body_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="raw request body as bytes, got str"):
        verify_signature("hello world", f"v1={VECTOR_V1}", VECTOR_SECRET)  # type: ignore[arg-type]
