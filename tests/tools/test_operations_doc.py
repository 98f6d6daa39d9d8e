"""docs/operations.md: the per-operation "raises" column (tools/gen_client.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from circleci_api import errors
from tools import gen_client

ROOT = Path(__file__).resolve().parents[2]


def rows() -> dict[str, list[str]]:
    """operationId -> the cells of its row in docs/operations.md."""
    found = {}
    for line in (ROOT / "docs" / "operations.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [cell.strip() for cell in line.strip("|").split(" | ")]
            found[cells[0].strip("`")] = cells
    return found


def test_status_names_follow_the_client() -> None:
    client = {status: cls.__name__ for status, cls in errors.STATUS_ERRORS.items()}
    assert {**gen_client.STATUS_ERRORS, **{s: client[s] for s in gen_client.COMMON_STATUSES}} == client


def test_documented_errors_leave_out_the_common_ones() -> None:
    responses = {key: {} for key in ("200", "400", "401", "404", "413", "429", "500", "default")}
    assert gen_client.documented_errors({"responses": responses}) == [
        "`BadRequestError` (400)",
        "`NotFoundError` (404)",
        "`APIStatusError` (413)",
    ]
    assert gen_client.documented_errors({"responses": {"200": {}, "default": {}}}) == []


def test_every_row_lists_what_its_operation_documents(built_spec: dict[str, Any]) -> None:
    from circleci_api_generated._operations import OPERATIONS

    table = rows()
    assert len(table) == len(OPERATIONS) == 115  # 2026-08: 111 operations, 4 carried over by fixes
    header = next(
        line for line in (ROOT / "docs" / "operations.md").read_text().splitlines() if "operationId" in line
    )
    raises_column = [cell.strip() for cell in header.strip("|").split("|")].index("raises")
    checked = 0
    for item in built_spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                cell = table[operation["operationId"]][raises_column]
                assert cell == ", ".join(gen_client.documented_errors(operation)), operation["operationId"]
                checked += 1
    assert checked == len(OPERATIONS)
    assert "`ConflictError` (409)" in table["createContextRestriction"][raises_column]
