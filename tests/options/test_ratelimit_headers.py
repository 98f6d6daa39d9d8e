"""Rate-limit headers: both families, per-window variants, the stricter wins, garbage never raises."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from circleci_api import RateLimit
from circleci_api.ratelimit import parse_rate_limit

NOW = 1_750_000_000.0


def parse(**headers: str) -> RateLimit | None:
    return parse_rate_limit(httpx.Headers({k.replace("_", "-"): v for k, v in headers.items()}), now=NOW)


def test_no_rate_limit_headers_means_none() -> None:
    assert parse(content_type="application/json", retry_after="3") is None
    assert parse_rate_limit(httpx.Headers()) is None


def test_x_family() -> None:
    limit = parse(X_RateLimit_Limit="100", X_RateLimit_Remaining="42", X_RateLimit_Reset="30")
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after, limit.window) == (100, 42, 30.0, None)
    assert limit.headers == {
        "x-ratelimit-limit": "100",
        "x-ratelimit-remaining": "42",
        "x-ratelimit-reset": "30",
    }
    assert not limit.exhausted


def test_ietf_family_with_its_policy_header() -> None:
    limit = parse(
        RateLimit_Limit="10", RateLimit_Remaining="0", RateLimit_Reset="7", RateLimit_Policy="10;w=60"
    )
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after, limit.window) == (10, 0, 7.0, 60.0)
    assert limit.exhausted


def test_ietf_limit_listing_its_quota_policies() -> None:
    limit = parse(RateLimit_Limit="100, 100;w=60, 1000;w=3600", RateLimit_Remaining="99")
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.window) == (100, 99, None)


def test_policy_alone_gives_limit_and_window() -> None:
    limit = parse(RateLimit_Policy="100;w=60", RateLimit_Remaining="5")
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.window) == (100, 5, 60.0)


def test_combined_ratelimit_header_with_named_policy() -> None:
    limit = parse(RateLimit='"default";r=50;t=30', RateLimit_Policy='"default";q=100;w=60')
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after, limit.window) == (100, 50, 30.0, 60.0)


def test_combined_ratelimit_header_in_the_earlier_dictionary_form() -> None:
    limit = parse(RateLimit="limit=100, remaining=50, reset=50")
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after) == (100, 50, 50.0)
    stricter = parse(RateLimit="limit=100, remaining=50, reset=50", X_RateLimit_Remaining="7")
    assert stricter is not None
    assert stricter.remaining == 7
    garbled = parse(RateLimit="limit=lots, remaining=, reset=soon")
    assert garbled is not None
    assert (garbled.limit, garbled.remaining, garbled.reset_after) == (None, None, None)
    assert garbled.headers == {"ratelimit": "limit=lots, remaining=, reset=soon"}


def test_where_both_families_are_present_the_lower_remaining_wins() -> None:
    limit = parse(
        X_RateLimit_Limit="1000",
        X_RateLimit_Remaining="900",
        X_RateLimit_Reset="40",
        RateLimit_Limit="60",
        RateLimit_Remaining="3",
        RateLimit_Reset="12",
    )
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after) == (60, 3, 12.0)
    # the other way round too: the winner is chosen by value, not by family
    limit = parse(
        X_RateLimit_Limit="10", X_RateLimit_Remaining="1", RateLimit_Limit="60", RateLimit_Remaining="30"
    )
    assert limit is not None
    assert (limit.limit, limit.remaining) == (10, 1)
    assert set(limit.headers) == {
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "ratelimit-limit",
        "ratelimit-remaining",
    }


def test_per_window_variants_the_tightest_window_wins() -> None:
    limit = parse(
        X_RateLimit_Limit_Minute="60",
        X_RateLimit_Remaining_Minute="58",
        X_RateLimit_Limit_Hour="1000",
        X_RateLimit_Remaining_Hour="4",
        X_RateLimit_Reset_Hour="1800",
    )
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.reset_after, limit.window) == (1000, 4, 1800.0, 3600.0)
    limit = parse(RateLimit_Limit_Second="5", RateLimit_Remaining_Second="0", X_RateLimit_Remaining="500")
    assert limit is not None
    assert (limit.limit, limit.remaining, limit.window) == (5, 0, 1.0)


def test_a_tie_on_remaining_takes_the_longer_reset() -> None:
    limit = parse(
        X_RateLimit_Remaining="2", X_RateLimit_Reset="5", RateLimit_Remaining="2", RateLimit_Reset="50"
    )
    assert limit is not None
    assert limit.reset_after == 50.0


def test_reset_as_unix_timestamp_and_as_http_date() -> None:
    limit = parse(X_RateLimit_Remaining="1", X_RateLimit_Reset=str(int(NOW + 90)))
    assert limit is not None
    assert limit.reset_after == pytest.approx(90.0)
    limit = parse(X_RateLimit_Remaining="1", X_RateLimit_Reset=email.utils.formatdate(NOW + 120, usegmt=True))
    assert limit is not None
    assert limit.reset_after == pytest.approx(120.0)
    limit = parse(X_RateLimit_Remaining="1", X_RateLimit_Reset=str(int(NOW - 100)))  # in the past
    assert limit is not None
    assert limit.reset_after == 0.0


@pytest.mark.parametrize(
    "value", ["", "abc", "-5", "1.5", "NaN", "inf", "1e400", '"', "9" * 100, "\x00", "١٢"]
)
def test_garbled_values_read_as_none_and_keep_the_raw_value(value: str) -> None:
    headers = httpx.Headers(
        [(b"x-ratelimit-limit", value.encode("utf-8")), (b"x-ratelimit-remaining", value.encode("utf-8"))]
    )
    limit = parse_rate_limit(headers, now=NOW)
    assert limit is not None
    assert limit.limit is None
    assert limit.remaining is None
    assert "x-ratelimit-limit" in limit.headers


def test_a_garbled_family_does_not_hide_a_readable_one() -> None:
    limit = parse(X_RateLimit_Remaining="lots", RateLimit_Remaining="7", RateLimit_Reset="soon")
    assert limit is not None
    assert (limit.remaining, limit.reset_after) == (7, None)


def test_unparseable_structured_values_never_raise() -> None:
    for value in ['"unclosed;r=', ";;;,,,", "=;=;=", '"x";r=;t=', '"x";r=abc;t=-1', ",", "a=b=c"]:
        limit = parse(RateLimit=value, RateLimit_Policy=value)
        assert limit is not None
        assert limit.remaining is None


header_names = st.sampled_from(
    [
        "ratelimit",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
        "ratelimit-policy",
        "x-ratelimit-limit",
        "x-ratelimit-remaining",
        "x-ratelimit-reset",
        "x-ratelimit-remaining-minute",
        "x-ratelimit-limit-hour",
        "ratelimit-reset-60s",
        "x-ratelimit-used",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(header_names, st.text(max_size=40)), max_size=8))
def test_any_header_values_parse_without_raising(pairs: list[tuple[str, str]]) -> None:
    headers = httpx.Headers([(name.encode(), value.encode("utf-8")) for name, value in pairs])
    limit = parse_rate_limit(headers)
    if pairs:
        assert limit is not None
        assert limit.remaining is None or limit.remaining >= 0
        assert limit.reset_after is None or limit.reset_after >= 0
    else:
        assert limit is None
