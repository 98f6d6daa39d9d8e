"""The usage report as one self-contained HTML page: the table and two inline SVG bar charts.

The page loads nothing: no scripts, no fonts, no images from elsewhere; its style is inline CSS and
its charts are SVG written here (credits per group, horizontal bars; credits per day, columns).
Every piece of text from the CSV is HTML-escaped.
"""

from __future__ import annotations

import datetime as _dt
from html import escape

from circleci_api.usage._report import UsageGroup, UsageSummary, table_rows

__all__ = ["render_html", "svg_credits_by_day", "svg_credits_by_group"]

_STYLE = """
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #1d1d1f; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 1em 0 2em; }
th, td { padding: 0.25em 0.8em; border-bottom: 1px solid #ddd; }
th { text-align: left; background: #f3f4f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; border-top: 2px solid #999; }
svg text { font: 12px system-ui, sans-serif; fill: #1d1d1f; }
svg .bar { fill: #3b82f6; }
svg .axis { stroke: #999; stroke-width: 1; }
"""

_WIDTH = 760
_LABEL = 260
_BAR_HEIGHT = 20
_GAP = 6


def _fmt(value: float) -> str:
    return f"{value:,.2f}"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def svg_credits_by_group(groups: tuple[UsageGroup, ...]) -> str:
    """Horizontal bars, one per group, longest for the most credits; each labelled with its value."""
    top = max((group.credits for group in groups), default=0.0)
    span = _WIDTH - _LABEL - 110
    height = max(1, len(groups)) * (_BAR_HEIGHT + _GAP) + _GAP
    parts = [
        f'<svg class="chart" id="chart-groups" width="{_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_WIDTH} {height}" role="img" aria-label="Credits per group">'
    ]
    for index, group in enumerate(groups):
        y = _GAP + index * (_BAR_HEIGHT + _GAP)
        width = 0.0 if top <= 0 else max(group.credits, 0.0) / top * span
        label = escape(_short(group.label))
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + _BAR_HEIGHT * 0.7:.1f}" text-anchor="end">{label}</text>'
            f'<rect class="bar" x="{_LABEL}" y="{y}" width="{width:.1f}" height="{_BAR_HEIGHT}">'
            f"<title>{escape(group.label)}: {_fmt(group.credits)} credits</title></rect>"
            f'<text x="{_LABEL + width + 6:.1f}" y="{y + _BAR_HEIGHT * 0.7:.1f}">{_fmt(group.credits)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def svg_credits_by_day(days: tuple[tuple[_dt.date, float], ...]) -> str:
    """One column per day (days without runs stay empty), with the first, last and peak labelled."""
    height, top_pad, bottom = 240, 24, 40
    left, right = 70, 20
    plot_w, plot_h = _WIDTH - left - right, height - top_pad - bottom
    peak = max((credits for _, credits in days), default=0.0)
    step = plot_w / max(1, len(days))
    parts = [
        f'<svg class="chart" id="chart-days" width="{_WIDTH}" '
        f'height="{height}" viewBox="0 0 {_WIDTH} {height}" role="img" aria-label="Credits per day">',
        f'<line class="axis" x1="{left}" y1="{top_pad + plot_h}" x2="{left + plot_w}" '
        f'y2="{top_pad + plot_h}"/>',
        f'<line class="axis" x1="{left}" y1="{top_pad}" x2="{left}" y2="{top_pad + plot_h}"/>',
        f'<text x="{left - 6}" y="{top_pad + 4}" text-anchor="end">{_fmt(peak)}</text>',
        f'<text x="{left - 6}" y="{top_pad + plot_h}" text-anchor="end">0</text>',
    ]
    for index, (day, credits) in enumerate(days):
        bar_h = 0.0 if peak <= 0 else max(credits, 0.0) / peak * plot_h
        x = left + index * step + step * 0.1
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{top_pad + plot_h - bar_h:.1f}" '
            f'width="{max(step * 0.8, 0.5):.1f}" '
            f'height="{bar_h:.1f}"><title>{day.isoformat()}: {_fmt(credits)} credits</title></rect>'
        )
    if days:
        labelled = {0, len(days) - 1}
        labelled.update(range(0, len(days), max(1, len(days) // 6)))
        for index in sorted(labelled):
            x = left + index * step + step / 2
            parts.append(
                f'<text x="{x:.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">'
                f"{days[index][0]:%m-%d}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def _table(summary: UsageSummary, top: int | None, credit_price: float | None) -> str:
    header, body, total = table_rows(summary, top=top, credit_price=credit_price)
    keys = len(summary.by)

    def cells(line: list[str], tag: str) -> str:
        return "".join(
            f"<{tag}{'' if index < keys else ' class=num'}>{escape(cell)}</{tag}>"
            for index, cell in enumerate(line)
        )

    rows = [f"<thead><tr>{cells(header, 'th')}</tr></thead>", "<tbody>"]
    rows += [f"<tr>{cells(line, 'td')}</tr>" for line in body]
    rows += ["</tbody>", f'<tfoot><tr class="total">{cells(total, "td")}</tr></tfoot>']
    return '<table id="usage-table">' + "".join(rows) + "</table>"


def render_html(
    summary: UsageSummary,
    *,
    top: int | None = None,
    credit_price: float | None = None,
    source: str = "usage export",
) -> str:
    """The whole page as a string (UTF-8, no external resources)."""
    by = ", ".join(summary.by)
    days = summary.credits_by_day
    period = f"{days[0][0].isoformat()} to {days[-1][0].isoformat()}" if days else "no dated rows"
    meta = f"{escape(source)}: {summary.jobs:,} job runs, {_fmt(summary.total_credits)} credits, {period}"
    if credit_price is not None:
        meta += f", ${summary.total_credits * credit_price:,.2f} at ${credit_price:g} per credit"
    groups = summary.top(top)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>CircleCI usage by {escape(by)}</title>",
            f"<style>{_STYLE}</style></head><body>",
            f"<h1>CircleCI usage by {escape(by)}</h1>",
            f'<p class="meta">{meta}</p>',
            _table(summary, top, credit_price),
            f"<h2>Credits per {escape(by)}</h2>",
            svg_credits_by_group(groups),
            "<h2>Credits per day</h2>",
            svg_credits_by_day(days),
            "</body></html>",
            "",
        ]
    )
