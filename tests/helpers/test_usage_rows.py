"""circleci_api.usage.read_rows: the 48 report fields, typed, in CircleCI's format and in RFC 4180."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circleci_api import RequestValidationError
from circleci_api.usage import REPORT_FIELDS, UsageRow, UsageRowError, read_rows, sniff_dialect

from .test_usage_export import HEADER, REAL_HEADER, real_row, row

UTC = dt.UTC


def write(tmp_path: Path, text: str, name: str = "usage.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_48_report_fields() -> None:
    names = [f.name for f in REPORT_FIELDS]
    assert len(names) == len(set(names)) == 48
    assert names == [name for name in UsageRow._fields if name != "extra"]
    assert all(f.description and f.kind in ("text", "int", "number", "flag", "time") for f in REPORT_FIELDS)


def test_a_row_is_typed(tmp_path: Path) -> None:
    (result,) = read_rows(write(tmp_path, HEADER + row("org-1")))

    assert result.organization_id == "org-1"
    assert result.organization_created_date == dt.datetime(2020, 1, 1, tzinfo=UTC)
    assert result.project_created_date == dt.datetime(2020, 1, 2, tzinfo=UTC)  # a bare date: midnight UTC
    assert result.pipeline_number == 42
    assert result.is_unregistered_user is False
    assert result.is_workflow_successful is True
    assert result.job_run_number == 7
    assert result.job_run_date == dt.datetime(2025, 9, 1, tzinfo=UTC)
    assert result.job_run_stopped_at == dt.datetime(2025, 9, 1, 10, 4, tzinfo=UTC)
    assert result.parallelism == 1
    assert result.job_run_seconds == 238.0
    assert result.median_cpu_utilization_pct == 41.5
    assert result.total_credits == 12.7
    assert result.vcs_url == "https://github.com/acme/api"
    assert result.extra == {}
    for spec in REPORT_FIELDS:
        value = getattr(result, spec.name)
        expected = {"text": str, "int": int, "number": float, "flag": bool, "time": dt.datetime}[spec.kind]
        assert type(value) is expected, spec.name
        if spec.kind == "time":
            assert isinstance(value, dt.datetime)
            assert value.tzinfo is not None, spec.name


def test_empty_cells_are_none_and_missing_columns_too(tmp_path: Path) -> None:
    text = "job_name,total_credits,is_workflow_successful,job_run_started_at\nbuild,,,\n"
    (result,) = read_rows(write(tmp_path, text))
    assert result.job_name == "build"
    assert result.total_credits is None
    assert result.is_workflow_successful is None
    assert result.job_run_started_at is None
    assert result.organization_id is None  # not in the file at all


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-09-01T10:00:00Z", dt.datetime(2025, 9, 1, 10, tzinfo=UTC)),
        ("2025-09-01T12:00:00+02:00", dt.datetime(2025, 9, 1, 10, tzinfo=UTC)),
        ("2025-09-01 10:00:00.250", dt.datetime(2025, 9, 1, 10, 0, 0, 250000, tzinfo=UTC)),
        ("2025-09-01 10:00:00 UTC", dt.datetime(2025, 9, 1, 10, tzinfo=UTC)),
        ("2025-09-01", dt.datetime(2025, 9, 1, tzinfo=UTC)),
    ],
)
def test_timestamps_become_aware_datetimes(tmp_path: Path, text: str, expected: dt.datetime) -> None:
    (result,) = read_rows(write(tmp_path, f"job_run_started_at\n{text}\n"))
    assert result.job_run_started_at == expected
    assert result.job_run_started_at is not None
    assert result.job_run_started_at.utcoffset() is not None


def test_headers_match_case_insensitively_and_unknown_columns_are_kept(tmp_path: Path) -> None:
    text = '\ufeffJOB_NAME,Total_Credits,FUTURE_COLUMN\n"build, then test",3,x\n'
    (result,) = read_rows(write(tmp_path, text))
    assert result.job_name == "build, then test"
    assert result.total_credits == 3.0
    assert result.extra == {"FUTURE_COLUMN": "x"}


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("pipeline_number", "forty-two", "whole number"),
        ("parallelism", "2.5", "whole number"),
        ("total_credits", "lots", "number"),
        ("is_unregistered_user", "maybe", "Y/N or true/false"),
        ("job_run_queued_at", "last tuesday", "YYYY-MM-DD HH:MM:SS"),
    ],
)
def test_bad_cells_name_the_line_and_column(tmp_path: Path, column: str, value: str, problem: str) -> None:
    path = write(tmp_path, f"job_name,{column}\nok,\nbad,{value}\n")
    rows = read_rows(path)
    assert next(rows).job_name == "ok"
    with pytest.raises(UsageRowError) as caught:
        next(rows)
    error = caught.value
    assert (error.line, error.column, error.value) == (3, column, value)
    assert problem in str(error)
    assert str(path) in str(error)
    assert isinstance(error, ValueError)


def test_empty_file_yields_nothing(tmp_path: Path) -> None:
    assert list(read_rows(write(tmp_path, ""))) == []
    assert list(read_rows(write(tmp_path, HEADER, "header-only.csv"))) == []


# --------------------------------------------------------------------------- CircleCI's own format

KINDS = {"text": str, "int": int, "number": float, "flag": bool, "time": dt.datetime}


def real_line(values: dict[str, str]) -> str:
    """One CircleCI-style line with ``values`` (already escaped) and ``\\N`` everywhere else."""
    return ",".join(values.get(f.name, "\\N") for f in REPORT_FIELDS) + "\n"


def test_null_is_none_in_every_column_kind(tmp_path: Path) -> None:
    path = write(tmp_path, REAL_HEADER + real_line({}) + real_line({"job_name": "x"}))
    blank, named = read_rows(path)
    assert all(getattr(blank, f.name) is None for f in REPORT_FIELDS)
    assert {f.kind for f in REPORT_FIELDS} == set(KINDS)  # every kind was exercised
    assert named.job_name == "x"
    assert named.total_credits is None


def test_a_real_row_is_typed_and_escapes_are_undone(tmp_path: Path) -> None:
    (result,) = read_rows(write(tmp_path, REAL_HEADER + real_row("org-1")))
    assert result.organization_name == "acme, inc"  # \, is a literal comma ...
    assert result.workflow_name == "build\\nightly"  # ... and \\ a backslash
    assert result.project_name == "api"  # nothing after them shifted
    assert result.total_credits == 12.7
    assert result.pipeline_created_at == dt.datetime(2025, 9, 1, 10, 0, 0, 250000, tzinfo=UTC)
    assert result.workflow_first_job_queued_at == dt.datetime(2025, 9, 1, 10, 0, 1, tzinfo=UTC)
    assert result.job_run_date == dt.datetime(2025, 9, 1, tzinfo=UTC)
    assert result.last_build_finished_at is None
    assert result.workflow_stopped_at is None  # a running workflow
    assert result.median_cpu_utilization_pct is None
    assert (result.is_unregistered_user, result.is_workflow_successful) == (False, True)
    for spec in REPORT_FIELDS:
        value = getattr(result, spec.name)
        if value is not None:
            assert type(value) is KINDS[spec.kind], spec.name


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("a\\,b", "a,b"),
        ("a\\\\", "a\\"),
        ("\\\\N", "\\N"),  # an escaped backslash and an N: text, not null
        ("\\N\\,x", "N,x"),  # \N inside a field is just an escaped N
        ("\\,", ","),
        ('"quoted"', '"quoted"'),  # double quotes mean nothing in this format
    ],
)
def test_escapes_never_shift_columns(tmp_path: Path, cell: str, expected: str | None) -> None:
    text = "JOB_NAME,WORKFLOW_NAME,TOTAL_CREDITS\n" + f"{cell},wf,3.5\n" + "\\N,\\N,\\N\n"
    first, second = read_rows(write(tmp_path, text), dialect="circleci")
    assert (first.job_name, first.workflow_name, first.total_credits) == (expected, "wf", 3.5)
    assert (second.job_name, second.total_credits) == (None, None)


def test_an_escaped_backslash_ends_a_field_before_a_null(tmp_path: Path) -> None:
    text = "JOB_NAME,WORKFLOW_NAME,TOTAL_CREDITS\nx\\\\,\\N,3.5\n"
    (result,) = read_rows(write(tmp_path, text))
    assert (result.job_name, result.workflow_name, result.total_credits) == ("x\\", None, 3.5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-09-01 10:00:00", dt.datetime(2025, 9, 1, 10, tzinfo=UTC)),
        ("2025-09-01 10:00:00.123456", dt.datetime(2025, 9, 1, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2025-09-01T10:00:00.5Z", dt.datetime(2025, 9, 1, 10, 0, 0, 500000, tzinfo=UTC)),
        ("2025-09-01T12:00:00+02:00", dt.datetime(2025, 9, 1, 10, tzinfo=UTC)),
        ("2025-09-01", dt.datetime(2025, 9, 1, tzinfo=UTC)),
    ],
)
def test_both_timestamp_forms_in_one_column(tmp_path: Path, text: str, expected: dt.datetime) -> None:
    # The first row decides how the column is parsed fast; any other form must still be right.
    lines = "JOB_RUN_STARTED_AT,JOB_RUN_DATE\n2025-09-01 09:00:00,2025-09-01\n" + f"{text},{text[:10]}\n"
    first, second = read_rows(write(tmp_path, lines))
    assert first.job_run_started_at == dt.datetime(2025, 9, 1, 9, tzinfo=UTC)
    assert second.job_run_started_at == expected
    assert second.job_run_started_at is not None
    assert second.job_run_started_at.utcoffset() is not None
    assert second.job_run_date == dt.datetime(2025, 9, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("flag", "expected"),
    [("Y", True), ("N", False), ("true", True), ("false", False), ("TRUE", True), ("False", False)],
)
def test_both_flag_styles(tmp_path: Path, flag: str, expected: bool) -> None:
    (result,) = read_rows(write(tmp_path, f"IS_WORKFLOW_SUCCESSFUL,IS_UNREGISTERED_USER\n{flag},\\N\n"))
    assert result.is_workflow_successful is expected
    assert result.is_unregistered_user is None


def test_an_escaped_newline_stays_inside_its_field(tmp_path: Path) -> None:
    text = "JOB_NAME,TOTAL_CREDITS\nfirst\\\nsecond,1.5\nnext,2\r\nlast,3"
    rows = list(read_rows(write(tmp_path, text)))
    assert [(r.job_name, r.total_credits) for r in rows] == [
        ("first\nsecond", 1.5),
        ("next", 2.0),
        ("last", 3.0),
    ]


def test_bad_cells_in_the_real_format_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, REAL_HEADER + real_row("a") + real_row("b").replace(",238,", ",2x8,"))
    rows = read_rows(path)
    assert next(rows).organization_id == "a"
    with pytest.raises(UsageRowError) as caught:
        next(rows)
    assert (caught.value.line, caught.value.column, caught.value.value) == (3, "job_run_seconds", "2x8")


def test_a_gzip_part_reads_like_the_plain_file(tmp_path: Path) -> None:
    import gzip

    text = REAL_HEADER + real_row("a") + real_row("b")
    plain = write(tmp_path, text)
    packed = tmp_path / "part-1.csv.gz"
    packed.write_bytes(gzip.compress(text.encode()))
    assert list(read_rows(packed)) == list(read_rows(plain))
    assert [r.organization_id for r in read_rows(packed)] == ["a", "b"]


def test_short_and_long_rows_keep_their_columns(tmp_path: Path) -> None:
    text = "JOB_NAME,TOTAL_CREDITS,NEW_COLUMN\nshort\nlong,2,x,extra\n"
    short, long = read_rows(write(tmp_path, text))
    assert (short.job_name, short.total_credits, short.extra) == ("short", None, {})
    assert (long.job_name, long.total_credits, long.extra) == ("long", 2.0, {"NEW_COLUMN": "x"})


# --------------------------------------------------------------------------- which style


def test_rfc4180_files_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "written-by-csv.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([f.name for f in REPORT_FIELDS[:5]])
        writer.writerow(["o-1", 'acme, "the" inc', "2020-01-01T00:00:00Z", "p\\1", "api"])
    (result,) = read_rows(path)
    assert result.organization_name == 'acme, "the" inc'
    assert result.project_id == "p\\1"  # a backslash is just a backslash here
    assert result.project_name == "api"


@pytest.mark.parametrize(
    ("sample", "style"),
    [
        (REAL_HEADER + real_row("a"), "circleci"),
        ("JOB_NAME,TOTAL_CREDITS\nbuild,1\n", "circleci"),  # no evidence: an UPPERCASE header decides
        ("job_name,total_credits\nbuild,1\n", "rfc4180"),
        ('JOB_NAME,TOTAL_CREDITS\n"build, test",1\n', "rfc4180"),
        ("job_name,total_credits\nbuild\\,test,1\n", "circleci"),
        ('JOB_NAME,TOTAL_CREDITS\n"x",\\N\n', "circleci"),  # \N cells are never written by csv.writer
        ('JOB_NAME,TOTAL_CREDITS\n",1\n', "circleci"),  # a lone quote is text, not RFC 4180 quoting
        ('job_name,total_credits\n"a\nb",1\n', "rfc4180"),  # a quoted field over two lines
    ],
)
def test_the_style_is_sniffed_from_the_first_lines(sample: str, style: str) -> None:
    assert sniff_dialect(sample) == style


def test_dialect_overrides_the_sniffing(tmp_path: Path) -> None:
    path = write(tmp_path, 'job_name,total_credits\n"a\\,b",1\n')
    (auto,) = read_rows(path)
    assert auto.job_name == "a\\,b"
    (real,) = read_rows(path, dialect="circleci")
    assert real.job_name == '"a,b"'
    with pytest.raises(RequestValidationError, match="dialect"):
        list(read_rows(path, dialect="excel"))  # type: ignore[arg-type]


def test_the_fakes_export_parts_are_in_the_real_format(tmp_path: Path) -> None:
    import gzip

    from circleci_api.testing._usage_csv import UsageOrg, UsageProject, gzip_csv, usage_rows

    org = UsageOrg("o-1", "acme, inc", dt.date(2020, 1, 1))
    projects = [UsageProject("p-1", "api", dt.date(2020, 1, 2), "github", "https://github.com/acme/api")]
    start = dt.datetime(2025, 9, 1, tzinfo=UTC)
    generated = list(usage_rows(3, org, projects, start, start + dt.timedelta(days=2), 300))
    data = gzip.decompress(gzip_csv(generated)).decode()
    assert data.startswith("ORGANIZATION_ID,ORGANIZATION_NAME,")
    for written in ("\\N", "acme\\, inc", "build\\\\windows"):
        assert written in data
    assert sniff_dialect(data) == "circleci"
    path = tmp_path / "fake.csv"
    path.write_text(data, encoding="utf-8")
    rows = list(read_rows(path))
    assert len(rows) == 300
    assert {r.organization_name for r in rows} == {"acme, inc"}
    assert {"test, shard 2", "build\\windows"} <= {r.job_name for r in rows}
    assert any(r.pipeline_trigger_user_id is None for r in rows)  # \\N for unregistered committers
    assert all((r.median_cpu_utilization_pct is None) == ((r.job_run_seconds or 0) < 15) for r in rows)
    assert sum(r.total_credits or 0 for r in rows) == pytest.approx(
        sum(float(g["total_credits"] or 0) for g in generated)
    )


# --------------------------------------------------------------------------- round trip

TEXT = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from(list(',\\N\n\r"x é')), max_size=8),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(TEXT, TEXT, TEXT, st.integers(0, 10**6)), min_size=1, max_size=6))
def test_whatever_the_text_escaping_round_trips(tmp_path: Path, rows: list[tuple[str | None, ...]]) -> None:
    from circleci_api.testing._usage_csv import encode_row

    text = "JOB_NAME,WORKFLOW_NAME,VCS_BRANCH,PIPELINE_NUMBER\n"
    text += "".join(encode_row([a, b, c, str(n)]) for a, b, c, n in rows)  # type: ignore[list-item]
    path = tmp_path / "round-trip.csv"
    path.write_bytes(text.encode("utf-8"))
    read = read_rows(path, dialect="circleci")
    got = [(r.job_name, r.workflow_name, r.vcs_branch, r.pipeline_number) for r in read]
    assert got == [(a or None, b or None, c or None, n) for a, b, c, n in rows]
