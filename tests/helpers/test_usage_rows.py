"""circleci_api.usage.read_rows: the 48 report fields, typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from circleci_api.usage import REPORT_FIELDS, UsageRow, UsageRowError, read_rows

from .test_usage_export import HEADER, row

UTC = dt.UTC


def write(tmp_path: Path, text: str, name: str = "usage.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_48_report_fields() -> None:
    names = [f.name for f in REPORT_FIELDS]
    assert len(names) == len(set(names)) == 48
    assert names == [f.name for f in dataclasses.fields(UsageRow) if f.name != "extra"]
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
        ("is_unregistered_user", "maybe", "Y or N"),
        ("job_run_queued_at", "last tuesday", "ISO 8601"),
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
