"""Generated from the OpenAPI schema of ``FlakyTestsReport``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

if TYPE_CHECKING:
    from .flaky_tests_report_flaky_tests_item import FlakyTestsReportFlakyTestsItem

__all__ = ["FlakyTestsReport"]


# Converters for the fields that are lists, maps, unions or nested objects.
_C_flaky_tests = _m.list_of(
    _m.model(
        "circleci_api_generated.models.flaky_tests_report_flaky_tests_item", "FlakyTestsReportFlakyTestsItem"
    )
)
_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class FlakyTestsReport(_m.Model):
    """A ``FlakyTestsReport`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``flaky_tests``: ``list[FlakyTestsReportFlakyTestsItem]``, required
    * ``total_flaky_tests``: ``float``, required

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    flaky_tests: list[FlakyTestsReportFlakyTestsItem]
    total_flaky_tests: float
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None) -> FlakyTestsReport:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("flaky_tests")
        if v0 is None and "flaky_tests" not in d:
            v0 = g("flaky-tests")
        if v0 is not None:
            v0 = _C_flaky_tests.parse(v0, p + ".flaky_tests" if e is not None else "", e)
        elif e is not None:
            _m.absent(
                d,
                (
                    "flaky_tests",
                    "flaky-tests",
                ),
                p,
                e,
                True,
                False,
            )
        v1 = g("total_flaky_tests")
        if v1 is None and "total_flaky_tests" not in d:
            v1 = g("total-flaky-tests")
        if v1.__class__ is not float and v1.__class__ is not int and (v1 is not None or e is not None):
            v1 = _m.bad(
                v1,
                d,
                (
                    "total_flaky_tests",
                    "total-flaky-tests",
                ),
                p,
                e,
                "number",
                True,
                False,
            )
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.flaky_tests = v0
        o.total_flaky_tests = v1
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    FlakyTestsReport,
    (
        _m.FieldSpec("flaky_tests", "flaky_tests", _C_flaky_tests, required=True, aliases=("flaky-tests",)),
        _m.FieldSpec(
            "total_flaky_tests", "total_flaky_tests", _m.NUMBER, required=True, aliases=("total-flaky-tests",)
        ),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
FlakyTestsReport._additional_ = _m.ANY
FlakyTestsReport._input_additional_ = None
_KEYS = FlakyTestsReport._keys_
