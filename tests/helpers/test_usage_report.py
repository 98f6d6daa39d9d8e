"""``circleci_api.usage.summarize`` and ``circleci-api usage-report``: totals, groups, the HTML page."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import math
import shutil
import subprocess
import tracemalloc
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from circleci_api import RequestValidationError
from circleci_api.cli import main
from circleci_api.testing._usage_csv import UsageOrg, UsageProject, gzip_csv, usage_rows
from circleci_api.usage import GROUP_BY, UsageRow, read_rows, summarize

UTC = dt.UTC
START = dt.datetime(2025, 9, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def export_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A merged export in CircleCI's format: two orgs' worth of the fake's rows over 20 days."""
    org = UsageOrg("5e1d2c3b-0000-4000-8000-000000000001", "acme, inc", dt.date(2020, 1, 1))
    projects = [
        UsageProject("p-api", "api", dt.date(2020, 1, 2), "github", "https://github.com/acme/api"),
        UsageProject("p-web", "web", dt.date(2021, 5, 2), "github", "https://github.com/acme/web"),
        UsageProject("p-ios", "ios, app", dt.date(2022, 3, 9), "github", "https://github.com/acme/ios"),
    ]
    rows = list(usage_rows(5, org, projects, START, START + dt.timedelta(days=20), 2000))
    path = tmp_path_factory.mktemp("report") / "usage.csv"
    path.write_bytes(gzip.decompress(gzip_csv(rows)))
    return path


def column(path: Path, name: str) -> list[str]:
    """One column's raw cells, split by hand (the fake never escapes inside these columns)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    index = header.index(name)
    out = []
    for line in lines[1:]:
        cells = line.replace("\\,", "\0").split(",")
        assert len(cells) == len(header)
        out.append(cells[index])
    return out


def test_the_grand_total_is_the_sum_of_total_credits(export_file: Path) -> None:
    summary = summarize(read_rows(export_file), by="project")
    cells = column(export_file, "TOTAL_CREDITS")
    assert summary.total_credits == sum(float(cell) for cell in cells if cell != "\\N")
    assert summary.total_credits == pytest.approx(math.fsum(float(c) for c in cells if c != "\\N"), rel=1e-12)
    assert summary.jobs == len(cells) == 2000
    assert sum(g.jobs for g in summary.groups) == summary.jobs
    assert math.fsum(g.credits for g in summary.groups) == pytest.approx(summary.total_credits, rel=1e-12)
    assert math.fsum(g.share for g in summary.groups) == pytest.approx(1.0)
    assert {g.key for g in summary.groups} == {("api",), ("web",), ("ios, app",)}
    assert [g.credits for g in summary.groups] == sorted((g.credits for g in summary.groups), reverse=True)
    seconds = column(export_file, "JOB_RUN_SECONDS")
    assert summary.run_seconds == sum(float(s) for s in seconds)


@pytest.mark.parametrize("by", GROUP_BY)
def test_every_dimension_partitions_the_credits(export_file: Path, by: str) -> None:
    summary = summarize(read_rows(export_file), by=[by])
    assert summary.by == (by,)
    assert sum(g.jobs for g in summary.groups) == 2000
    assert math.fsum(g.credits for g in summary.groups) == pytest.approx(summary.total_credits, rel=1e-12)
    expected = {
        "project": {"api", "web", "ios, app"},
        "executor": {"docker", "machine", "macos"},
        "job": {"build", "test", "lint", "deploy", "integration-tests", "test, shard 2", "build\\windows"},
    }.get(by)
    if expected is not None:
        assert {g.key[0] for g in summary.groups} == expected
    if by == "day":
        days = [g.key[0] for g in summary.groups]
        assert sorted(days) == sorted(set(column(export_file, "JOB_RUN_DATE")))


def test_several_dimensions_and_credits_per_day(export_file: Path) -> None:
    summary = summarize(read_rows(export_file), by="project, branch")
    assert summary.by == ("project", "branch")
    assert all(len(g.key) == 2 for g in summary.groups)
    assert ("api", "main") in {g.key for g in summary.groups}
    days = summary.credits_by_day
    assert [d for d, _ in days] == [START.date() + dt.timedelta(days=n) for n in range(len(days))]
    assert math.fsum(c for _, c in days) == pytest.approx(summary.total_credits, rel=1e-12)


def test_rows_with_nulls_count_as_jobs_without_credits() -> None:
    rows = [
        UsageRow(project_name="api", total_credits=2.5, job_run_seconds=60, job_run_date=START),
        UsageRow(project_name=None, total_credits=None, job_run_seconds=None),
        UsageRow(project_name="api", total_credits=1.5, job_run_date=START + dt.timedelta(days=2)),
    ]
    summary = summarize(rows, by="project")
    assert [(g.key, g.credits, g.jobs, g.run_seconds) for g in summary.groups] == [
        (("api",), 4.0, 2, 60.0),
        (("(none)",), 0.0, 1, 0.0),
    ]
    assert summary.credits_by_day == (
        (START.date(), 2.5),
        (START.date() + dt.timedelta(days=1), 0.0),
        (START.date() + dt.timedelta(days=2), 1.5),
    )
    top = summary.top(1)
    assert [g.key for g in top] == [("api",), ("(1 more)",)]
    assert summarize([], by="job").groups == ()
    assert summarize([], by="job").total_credits == 0.0


@pytest.mark.parametrize("by", ["cost_center", "", "project,project", ["project", "nope"]])
def test_unknown_dimensions_are_refused(by: object) -> None:
    with pytest.raises(RequestValidationError) as caught:
        summarize([], by=by)  # type: ignore[arg-type]
    assert caught.value.path == "by"


def test_summarize_streams_with_flat_memory() -> None:
    def rows(count: int) -> Iterator[UsageRow]:
        for n in range(count):
            yield UsageRow(
                project_name=f"p{n % 7}",
                total_credits=float(n % 13),
                job_run_seconds=30.0,
                job_run_date=START + dt.timedelta(days=n % 30),
            )

    peaks = []
    for count in (2_000, 40_000):
        tracemalloc.start()
        summary = summarize(rows(count), by=["project", "day"])
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert summary.jobs == count
    # 20x the rows, about the same memory: nothing is kept per row.
    assert peaks[1] < peaks[0] * 1.5 + 64 * 1024, peaks


# --------------------------------------------------------------------------- the command


def report(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["usage-report", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_text_table_is_aligned_with_a_total_and_shares(export_file: Path) -> None:
    code, out, err = report(str(export_file), "--by", "project", "--credit-price", "0.0006")
    assert code == 0, err
    lines = out.rstrip("\n").splitlines()
    assert lines[0].split() == ["project", "credits", "share", "jobs", "run", "time", "(h)", "cost", "(USD)"]
    assert len({len(line) for line in lines if not line.startswith("-")}) == 1  # every column aligned
    summary = summarize(read_rows(export_file), by="project")
    total = lines[-1]
    assert total.startswith("total")
    assert f"{summary.total_credits:,.2f}" in total
    assert "100.0%" in total
    assert "2,000" in total
    assert f"${summary.total_credits * 0.0006:,.2f}" in total
    for group in summary.groups:
        (line,) = [line for line in lines if line.startswith(group.key[0] + " ")]
        assert f"{group.credits:,.2f}" in line
        assert f"{group.share * 100:.1f}%" in line


def test_top_folds_the_rest_and_csv_has_full_precision(export_file: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out.csv"
    code, out, err = report(str(export_file), "--by", "job", "--top", "3", "--csv", str(dest))
    assert code == 0, err
    body = out.splitlines()[2:-2]
    assert len(body) == 4
    assert body[-1].startswith("(4 more)")
    import csv

    with dest.open(newline="", encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert [row["job"] for row in written][-1] == "(4 more)"
    summary = summarize(read_rows(export_file), by="job")
    assert math.fsum(float(row["credits"]) for row in written) == pytest.approx(summary.total_credits)
    assert float(written[0]["credits"]) == summary.groups[0].credits  # repr: nothing rounded away
    assert "wrote" in err


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.cells: list[list[str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.cells.append([])
        if tag in ("td", "th"):
            self.cells[-1].append("")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.stack and self.stack[-1] in ("td", "th"):
            self.cells[-1][-1] += data


def test_the_html_page_is_self_contained_with_table_and_charts(export_file: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "report.html"
    code, _, err = report(str(export_file), "--by", "project", "--html", str(page_path))
    assert code == 0, err
    html = page_path.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    page.close()
    tags = [tag for tag, _ in page.tags]
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(tags)
    for _, attrs in page.tags:
        for name, value in attrs.items():
            assert name not in ("src", "href"), (name, value)
    for needle in ("http://", "https://", "url(", "@import"):
        assert needle not in html
    # The table: the same rows as the text output, the total last.
    summary = summarize(read_rows(export_file), by="project")
    table = [cells for cells in page.cells if cells]
    assert table[0][:3] == ["project", "credits", "share"]
    assert [row[0] for row in table[1:-1]] == [g.key[0] for g in summary.groups]
    assert table[-1][:2] == ["total", f"{summary.total_credits:,.2f}"]
    # Two inline SVG charts: one bar per group, one column per day.
    svgs = [attrs.get("id") for tag, attrs in page.tags if tag == "svg"]
    assert svgs == ["chart-groups", "chart-days"]
    index = tags.index("svg")
    second = tags.index("svg", index + 1)
    assert tags[index:second].count("rect") == len(summary.groups)
    assert (
        tags[second:].count("rect")
        == len(summary.credits_by_day)
        == len(set(column(export_file, "JOB_RUN_DATE")))
    )
    widths = [float(a["width"] or 0) for t, a in page.tags[index:second] if t == "rect"]
    assert widths == sorted(widths, reverse=True)
    assert widths[0] > widths[-1] > 0
    assert "ios, app" in page.text  # text from the CSV, escaped and shown


def test_the_html_page_renders_in_a_headless_browser(export_file: Path, tmp_path: Path) -> None:
    browser = next(
        (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None
    )
    if browser is None:
        pytest.skip("no headless browser: none of chromium, chromium-browser, google-chrome is on PATH")
    page_path = tmp_path / "report.html"
    assert report(str(export_file), "--by", "day", "--html", str(page_path))[0] == 0
    png = tmp_path / "report.png"
    finished = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={png}",
         "--window-size=900,1400", page_path.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert finished.returncode == 0, finished.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000  # a page with a table and bars, not a blank image


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["{missing}"], "no such file"),
        (["{file}", "--by", "cost_center"], "cannot group by 'cost_center'"),
        (["{file}", "--credit-price", "-1"], "must be a price of 0 dollars or more"),
        (["{file}", "--credit-price", "cheap"], "is not a price"),
        (["{file}", "--top", "0"], "must be at least 1"),
        (["{file}", "--html", "{nodir}/r.html"], "does not exist"),
        (["{file}", "--csv", "{nodir}/r.csv"], "does not exist"),
        (["{file}", "--csv", "{tmp}"], "is a directory"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    export_file: Path, tmp_path: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    values = {
        "file": export_file,
        "missing": tmp_path / "gone.csv",
        "nodir": tmp_path / "no" / "dir",
        "tmp": tmp_path,
    }
    code, out, err = report(*(arg.format(**values) for arg in argv))
    assert code == 2
    assert message in err + capsys.readouterr().err  # argparse's own messages go to sys.stderr
    assert out == ""
    assert list(tmp_path.iterdir()) == []


def test_a_bad_cell_exits_2_naming_the_line_and_no_page_is_written(tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("PROJECT_NAME,TOTAL_CREDITS\napi,1\napi,lots\n", encoding="utf-8")
    page = tmp_path / "r.html"
    code, _, err = report(str(source), "--html", str(page))
    assert code == 2
    assert "line 3, column total_credits" in err
    assert not page.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_the_report_needs_no_token(export_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CIRCLECI_TOKEN", raising=False)
    monkeypatch.delenv("CIRCLE_TOKEN", raising=False)
    code, out, err = report(str(export_file), "--by", "executor,resource_class", "--top", "2")
    assert code == 0, err
    assert out.splitlines()[0].split()[:2] == ["executor", "resource_class"]
