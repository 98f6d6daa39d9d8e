"""CircleCI's published OpenAPI document, for the tests that compare the vendored copy with it.

It is not part of the checkout.  ``CIRCLECI_REFERENCE_SPEC`` names it; without the variable a copy
beside the checkout (the development machines' shared folder) is used when there is one.  A test
that needs it and finds none is skipped with a reason naming only the variable.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ENV = "CIRCLECI_REFERENCE_SPEC"
#: The document the vendored copy was imported from (CircleCI's live document of 2026-08).
_BESIDE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "circleci-openapi-v2-2026-08.json"


def reference_spec() -> Path:
    """The document's path; ``pytest.skip`` when it is not available."""
    override = os.environ.get(ENV)
    if override:
        if not Path(override).is_file():
            pytest.skip(f"{ENV} is set but names no file (it should be CircleCI's OpenAPI v2 document, JSON)")
        return Path(override)
    if not _BESIDE.is_file():
        pytest.skip(
            f"set {ENV} to the path of CircleCI's published OpenAPI v2 document (JSON) "
            "to check the vendored copy against it"
        )
    return _BESIDE
