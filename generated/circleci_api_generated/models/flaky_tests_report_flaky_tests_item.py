"""Generated from the OpenAPI schema of ``FlakyTestsReportFlakyTestsItem``; edit the spec, fixes or templates instead."""

from __future__ import annotations

import datetime  # noqa: F401
from typing import TYPE_CHECKING, Any  # noqa: F401

import attrs as _attrs
from circleci_api import _models as _m

from ..types import UNSET, Unset  # noqa: F401

__all__ = ["FlakyTestsReportFlakyTestsItem"]


_fromiso = datetime.datetime.fromisoformat
_new = object.__new__


@_attrs.define(kw_only=True, weakref_slot=False)
class FlakyTestsReportFlakyTestsItem(_m.Model):
    """A ``FlakyTestsReportFlakyTestsItem`` object of the CircleCI API (an ``attrs`` class).

    Attributes (JSON key, type; required ones are always sent by CircleCI):

    * ``workflow_created_at``: ``str``, required
    * ``workflow_id``: ``Any``, required, may be null
    * ``classname``: ``str``, required, may be null
    * ``pipeline_number``: ``int``, required
    * ``workflow_name``: ``str``, required
    * ``test_name``: ``str``, required
    * ``job_name``: ``str``, required
    * ``job_number``: ``int``, required
    * ``times_flaked``: ``int``, required
    * ``source``: ``str``, required, may be null
    * ``file``: ``str``, required, may be null
    * ``time_wasted``: ``int``

    Keys the schema does not describe are kept in ``additional_properties``.
    """

    workflow_created_at: str
    workflow_id: Any | None
    classname: str | None
    pipeline_number: int
    workflow_name: str
    test_name: str
    job_name: str
    job_number: int
    times_flaked: int
    source: str | None
    file: str | None
    time_wasted: int | None = None
    additional_properties: dict[str, Any] = _attrs.field(factory=dict, repr=_m.extras_repr)

    @classmethod
    def _parse(
        cls, d: dict[str, Any], p: str, e: list[_m.Deviation] | None
    ) -> FlakyTestsReportFlakyTestsItem:
        """Build from decoded JSON in one pass; deviations go to ``e`` when it is a list."""
        g = d.get
        v0 = g("workflow_created_at")
        if v0 is None and "workflow_created_at" not in d:
            v0 = g("workflow-created-at")
        if v0.__class__ is not str and (v0 is not None or e is not None):
            v0 = _m.bad(
                v0,
                d,
                (
                    "workflow_created_at",
                    "workflow-created-at",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v1 = g("workflow_id")
        if v1 is None and "workflow_id" not in d:
            v1 = g("workflow-id")
        if v1 is None and e is not None:
            _m.absent(
                d,
                (
                    "workflow_id",
                    "workflow-id",
                ),
                p,
                e,
                True,
                True,
            )
        v2 = g("classname")
        if v2.__class__ is not str and (v2 is not None or e is not None):
            v2 = _m.bad(v2, d, "classname", p, e, "string", True, True)
        v3 = g("pipeline_number")
        if v3 is None and "pipeline_number" not in d:
            v3 = g("pipeline-number")
        if v3.__class__ is not int and (v3 is not None or e is not None):
            v3 = _m.bad(
                v3,
                d,
                (
                    "pipeline_number",
                    "pipeline-number",
                ),
                p,
                e,
                "integer",
                True,
                False,
            )
        v4 = g("workflow_name")
        if v4 is None and "workflow_name" not in d:
            v4 = g("workflow-name")
        if v4.__class__ is not str and (v4 is not None or e is not None):
            v4 = _m.bad(
                v4,
                d,
                (
                    "workflow_name",
                    "workflow-name",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v5 = g("test_name")
        if v5 is None and "test_name" not in d:
            v5 = g("test-name")
        if v5.__class__ is not str and (v5 is not None or e is not None):
            v5 = _m.bad(
                v5,
                d,
                (
                    "test_name",
                    "test-name",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v6 = g("job_name")
        if v6 is None and "job_name" not in d:
            v6 = g("job-name")
        if v6.__class__ is not str and (v6 is not None or e is not None):
            v6 = _m.bad(
                v6,
                d,
                (
                    "job_name",
                    "job-name",
                ),
                p,
                e,
                "string",
                True,
                False,
            )
        v7 = g("job_number")
        if v7 is None and "job_number" not in d:
            v7 = g("job-number")
        if v7.__class__ is not int and (v7 is not None or e is not None):
            v7 = _m.bad(
                v7,
                d,
                (
                    "job_number",
                    "job-number",
                ),
                p,
                e,
                "integer",
                True,
                False,
            )
        v8 = g("times_flaked")
        if v8 is None and "times_flaked" not in d:
            v8 = g("times-flaked")
        if v8.__class__ is not int and (v8 is not None or e is not None):
            v8 = _m.bad(
                v8,
                d,
                (
                    "times_flaked",
                    "times-flaked",
                ),
                p,
                e,
                "integer",
                True,
                False,
            )
        v9 = g("source")
        if v9.__class__ is not str and (v9 is not None or e is not None):
            v9 = _m.bad(v9, d, "source", p, e, "string", True, True)
        v10 = g("file")
        if v10.__class__ is not str and (v10 is not None or e is not None):
            v10 = _m.bad(v10, d, "file", p, e, "string", True, True)
        v11 = g("time_wasted")
        if v11 is None and "time_wasted" not in d:
            v11 = g("time-wasted")
        if v11.__class__ is not int and (v11 is not None or e is not None):
            v11 = _m.bad(
                v11,
                d,
                (
                    "time_wasted",
                    "time-wasted",
                ),
                p,
                e,
                "integer",
                False,
                False,
            )
        # Every attribute is set here, so the keyword-only __init__ (and its argument parsing) is skipped.
        o = _new(cls)
        o.workflow_created_at = v0
        o.workflow_id = v1
        o.classname = v2
        o.pipeline_number = v3
        o.workflow_name = v4
        o.test_name = v5
        o.job_name = v6
        o.job_number = v7
        o.times_flaked = v8
        o.source = v9
        o.file = v10
        o.time_wasted = v11
        o.additional_properties = {} if _KEYS.issuperset(d) else _m.extras(cls, d, p, e)
        o._raw_json = d
        return o


_m.fields(
    FlakyTestsReportFlakyTestsItem,
    (
        _m.FieldSpec(
            "workflow_created_at",
            "workflow_created_at",
            _m.STRING,
            required=True,
            aliases=("workflow-created-at",),
        ),
        _m.FieldSpec(
            "workflow_id", "workflow_id", _m.ANY, required=True, nullable=True, aliases=("workflow-id",)
        ),
        _m.FieldSpec("classname", "classname", _m.STRING, required=True, nullable=True),
        _m.FieldSpec(
            "pipeline_number", "pipeline_number", _m.INTEGER, required=True, aliases=("pipeline-number",)
        ),
        _m.FieldSpec("workflow_name", "workflow_name", _m.STRING, required=True, aliases=("workflow-name",)),
        _m.FieldSpec("test_name", "test_name", _m.STRING, required=True, aliases=("test-name",)),
        _m.FieldSpec("job_name", "job_name", _m.STRING, required=True, aliases=("job-name",)),
        _m.FieldSpec("job_number", "job_number", _m.INTEGER, required=True, aliases=("job-number",)),
        _m.FieldSpec("times_flaked", "times_flaked", _m.INTEGER, required=True, aliases=("times-flaked",)),
        _m.FieldSpec("source", "source", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("file", "file", _m.STRING, required=True, nullable=True),
        _m.FieldSpec("time_wasted", "time_wasted", _m.INTEGER, aliases=("time-wasted",)),
    ),
)
# The schema does not restrict other keys: responses may carry them; request dicts may not.
FlakyTestsReportFlakyTestsItem._additional_ = _m.ANY
FlakyTestsReportFlakyTestsItem._input_additional_ = None
_KEYS = FlakyTestsReportFlakyTestsItem._keys_
