"""Read every field of a parsed result and check it came out as its declared Python type.

The client's strict mode checks the JSON against the schema; this checks the other half: that the
lazy conversion turned each value into what the model promises (a ``datetime`` for a date-time, a
known enum member, a model for a nested object...), field by field, through the public attributes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from circleci_api._models import (
    AnyConverter,
    Converter,
    DateConverter,
    DateTimeConverter,
    EnumConverter,
    ListConverter,
    MapConverter,
    Model,
    ModelConverter,
    PrimitiveConverter,
    UnionConverter,
)


def untyped_values(conv: Converter, value: Any, path: str) -> list[str]:
    """Every place inside ``value`` whose Python type does not match ``conv`` (empty when all match).

    Reads each field of each model through its attribute, so every lazy conversion runs.  ``None``
    is accepted anywhere: whether null was allowed is the strict check's job.
    """
    out: list[str] = []
    _walk(conv, value, path, out)
    return out


def _walk(conv: Converter, value: Any, path: str, out: list[str]) -> None:
    if value is None or isinstance(conv, AnyConverter):
        return
    if isinstance(conv, ModelConverter):
        if not isinstance(value, conv.model):
            out.append(f"{path}: expected {conv.model.__name__}, got {type(value).__name__}")
            return
        _walk_model(value, path, out)
    elif isinstance(conv, ListConverter):
        if not isinstance(value, list):
            out.append(f"{path}: expected list, got {type(value).__name__}")
            return
        for index, item in enumerate(value):
            _walk(conv.items, item, f"{path}[{index}]", out)
    elif isinstance(conv, MapConverter):
        if not isinstance(value, dict):
            out.append(f"{path}: expected dict, got {type(value).__name__}")
            return
        for key, item in value.items():
            _walk(conv.values, item, f"{path}.{key}", out)
    elif isinstance(conv, UnionConverter):
        for branch in conv.branches:
            problems: list[str] = []
            _walk(branch, value, path, problems)
            if not problems:
                return
        out.append(f"{path}: {type(value).__name__} {value!r:.60} fits none of {conv.name}")
    elif isinstance(conv, EnumConverter):
        if not isinstance(value, conv.enum_type) or not value.is_known:
            out.append(f"{path}: expected a known {conv.enum_type.__name__} member, got {value!r:.60}")
    elif isinstance(conv, DateTimeConverter):
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            out.append(f"{path}: expected an aware datetime, got {value!r:.60}")
    elif isinstance(conv, DateConverter):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            out.append(f"{path}: expected a date, got {value!r:.60}")
    elif isinstance(conv, PrimitiveConverter):
        if (isinstance(value, bool) and bool not in conv.types) or not isinstance(value, conv.types):
            out.append(f"{path}: expected {conv.name}, got {type(value).__name__} {value!r:.60}")
    else:
        out.append(f"{path}: no check for converter {type(conv).__name__}")


def _walk_model(model: Model, path: str, out: list[str]) -> None:
    for name, field_ in type(model)._fields_.items():
        _walk(field_.conv, getattr(model, name), f"{path}.{name}", out)
