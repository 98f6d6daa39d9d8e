"""Usage data: reading export CSVs as typed rows, summarizing them, and what the export helpers return.

* ``read_rows(path)`` streams a usage export (CircleCI's own format or RFC 4180) as ``UsageRow``
  objects with the 48 report fields typed (see ``REPORT_FIELDS``).
* ``summarize(rows, by=("project",))`` adds credits, job runs and run time up per group in one
  streaming pass and returns a ``UsageSummary`` (``circleci-api usage-report`` prints it).
* ``UsageExportResult`` is what ``client.usage.export`` / ``download_export`` return;
  ``HeaderMismatchError`` and ``ExportFormatError`` are what they raise for parts that do not fit.
"""

from __future__ import annotations

from circleci_api.usage._csvmerge import ExportFormatError, HeaderMismatchError
from circleci_api.usage._export import UsageExportResult
from circleci_api.usage._report import GROUP_BY, GroupBy, UsageGroup, UsageSummary, summarize
from circleci_api.usage._rows import (
    DIALECTS,
    REPORT_FIELDS,
    Dialect,
    ReportField,
    UsageRow,
    UsageRowError,
    read_rows,
    sniff_dialect,
)

__all__ = [
    "DIALECTS",
    "GROUP_BY",
    "REPORT_FIELDS",
    "Dialect",
    "ExportFormatError",
    "GroupBy",
    "HeaderMismatchError",
    "ReportField",
    "UsageExportResult",
    "UsageGroup",
    "UsageRow",
    "UsageRowError",
    "UsageSummary",
    "read_rows",
    "sniff_dialect",
    "summarize",
]
