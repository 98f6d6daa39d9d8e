"""The runtime behind every generated model: attrs classes, parsed in one lenient/strict pass.

Generated models are ``attrs`` classes (slotted, keyword-only, compared by value).  Each one has a
generated ``_parse(data, path, errors)`` classmethod that builds the instance eagerly from decoded
JSON in a single pass:

* ``errors is None`` (lenient, the default) never raises for a server deviation.  A missing field
  reads None, an unknown enum value becomes an open-enum member (``is_known == False``), a value of
  an unexpected type is kept as sent and keys the schema does not describe go to
  ``additional_properties``.
* ``errors`` a list (strict mode, and DEBUG logging): the same instance is built and every
  deviation is appended with its JSON path, so one pass both parses and checks.

``to_dict()`` is computed from the attributes, so a changed attribute (or a list or dict inside
one) is what every request sends.  ``raw_json`` is the JSON object a parsed model was built from.

Request values go through the converters' ``to_json``, which is strict: a bad value raises
``RequestValidationError`` (a ``ValueError``) naming the field before anything is sent.  ``None``
for a field the schema does not mark nullable means "leave it out"; for a nullable one it sends
null.  A model of another type with a compatible shape (a response model handed back into a
request) is accepted and checked against the request schema.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import math
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from circleci_api._base_error import CircleCIError

__all__ = [
    "UNSET",
    "Converter",
    "Deviation",
    "Field",
    "FieldSpec",
    "Model",
    "OpenEnum",
    "RequestValidationError",
    "Unset",
    "check",
]

_MISSING: Any = object()
_UNKNOWN_CACHE_LIMIT = 256
_fromiso = _dt.datetime.fromisoformat
_date_fromiso = _dt.date.fromisoformat


class Unset:
    """Marker for "argument not given" (distinct from an explicit ``None``)."""

    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self


UNSET: Any = Unset()


class RequestValidationError(CircleCIError, ValueError):
    """A value given for a request does not fit the API's schema.  ``path`` names the field.

    Raised before anything is sent.  It is a ``ValueError`` too.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        # Pickling: CircleCIError.__reduce__ rebuilds it (and subclasses with other constructors).


@dataclass(frozen=True)
class Deviation:
    """One place where a JSON value differs from its schema."""

    path: str
    problem: str

    @property
    def field_path(self) -> str:
        """The path without list indices, e.g. ``Pipeline.errors[].type`` (used to log once per field)."""
        out = []
        depth = 0
        for char in self.path:
            if char == "[":
                depth += 1
                out.append("[]")
            elif char == "]":
                depth -= 1
            elif depth == 0:
                out.append(char)
        return "".join(out)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


# --------------------------------------------------------------------------- enums


class OpenEnum(str, enum.Enum):
    """Base of generated string enums.  Unknown values do not raise: they become pseudo-members.

    ``WorkflowStatus("paused")`` returns a member whose ``value`` is ``"paused"``, whose ``name`` is
    ``"UNKNOWN"`` and whose ``is_known`` is False; it compares equal to the string.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        cache: dict[str, Any] = cls.__dict__.get("_unknown_members_", None) or {}
        if value in cache:
            return cache[value]
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        if len(cache) < _UNKNOWN_CACHE_LIMIT:
            cache[value] = member
            type.__setattr__(cls, "_unknown_members_", cache)
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the vendored spec does not list."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self._value_)

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        # Unknown members are not attributes of the class; rebuild every member from its value.
        return (type(self), (self._value_,))


# --------------------------------------------------------------------------- deviations (slow paths)
#
# Generated ``_parse`` methods inline the common case (the value has the expected JSON type) and
# call these only when it does not, so a clean response costs no function calls per field.


def _present(data: Mapping[str, Any], key: str | tuple[str, ...]) -> bool:
    if isinstance(key, tuple):
        return any(k in data for k in key)
    return key in data


def _first_key(key: str | tuple[str, ...]) -> str:
    return key[0] if isinstance(key, tuple) else key


def bad(
    value: Any,
    data: Mapping[str, Any],
    key: str | tuple[str, ...],
    path: str,
    errors: list[Deviation] | None,
    expected: str,
    required: bool,
    nullable: bool,
) -> Any:
    """A field whose JSON value is missing, null or of another type: record it, keep it as sent."""
    if errors is not None:
        where = f"{path}.{_first_key(key)}"
        if value is None:
            if not _present(data, key):
                if required:
                    errors.append(Deviation(where, "missing"))
            elif not nullable:
                errors.append(Deviation(where, "null not allowed"))
        else:
            errors.append(Deviation(where, f"expected {expected}, got {_describe(value)}"))
    return value


def absent(
    data: Mapping[str, Any],
    key: str | tuple[str, ...],
    path: str,
    errors: list[Deviation],
    required: bool,
    nullable: bool,
) -> None:
    """A complex field that is missing or null (strict bookkeeping only)."""
    bad(None, data, key, path, errors, "", required, nullable)


def _parse_datetime(raw: str) -> _dt.datetime:
    try:
        return _fromiso(raw)
    except ValueError:
        from dateutil import parser as _dateutil_parser

        return _dateutil_parser.isoparse(raw)


def bad_datetime(raw: str, path: str, key: str, errors: list[Deviation] | None) -> Any:
    """A date-time string ``fromisoformat`` refused: try the full ISO 8601 grammar, else keep it."""
    return _datetime_fallback(raw, f"{path}.{key}" if errors is not None else "", errors)


def _datetime_fallback(raw: str, where: str, errors: list[Deviation] | None) -> Any:
    try:
        value = _parse_datetime(raw)
    except (ValueError, OverflowError):
        if errors is not None:
            errors.append(Deviation(where, f"not an RFC 3339 date-time: {raw[:40]!r}"))
        return raw
    if errors is not None and value.tzinfo is None:
        errors.append(Deviation(where, f"date-time without a time zone: {raw[:40]!r}"))
    return value


def naive_datetime(raw: str, path: str, key: str, errors: list[Deviation]) -> None:
    errors.append(Deviation(f"{path}.{key}", f"date-time without a time zone: {raw[:40]!r}"))


def unknown_enum(
    enum_type: type[OpenEnum], raw: str, path: str, key: str, errors: list[Deviation] | None
) -> Any:
    """A value the spec's enum does not list: an open-enum member keeping it."""
    if errors is not None:
        errors.append(Deviation(f"{path}.{key}", f"unknown {enum_type.__name__} value {raw[:60]!r}"))
    return enum_type(raw)


def extras(
    model: type[Model], data: dict[str, Any], path: str, errors: list[Deviation] | None
) -> dict[str, Any]:
    """Keys of ``data`` that ``model`` does not describe, checked in strict mode."""
    keys = model._keys_
    out = {k: v for k, v in data.items() if k not in keys}
    if errors is not None:
        additional = model._additional_
        for key in sorted(out):
            if additional is None:
                errors.append(Deviation(f"{path}.{key}", "field not in the spec"))
            elif out[key] is not None:
                additional.check(out[key], f"{path}.{key}", errors)
    return out


# --------------------------------------------------------------------------- converters


class Converter:
    """How one schema maps between JSON and Python.  Subclasses are small and stateless.

    ``parse`` turns JSON into Python in one pass, recording deviations when ``errors`` is a list;
    ``check`` only records them; ``dump`` is the lenient way back (for ``to_dict``); ``to_json``
    is the strict way back for request values.
    """

    name = "any"
    #: Lenient parsing keeps the JSON value as it is (strings, numbers, booleans, untyped values and
    #: arrays, maps or unions of those): only containers are copied, one level deep.
    plain = True

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        """JSON -> Python; never raises; appends deviations to ``errors`` when it is a list."""
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        """Append every deviation of ``raw`` from the schema to ``out``."""
        self.parse(raw, path, out)

    def dump(self, value: Any) -> Any:
        """Python -> JSON, leniently (values kept as sent stay as they are)."""
        return value

    def to_json(self, value: Any, path: str) -> Any:
        """Python (or already-JSON) value -> JSON, strictly.  Raises RequestValidationError."""
        return value


class AnyConverter(Converter):
    """A schema without a type: any JSON value (checked to be JSON when sent)."""

    def dump(self, value: Any) -> Any:
        return copy_json_value(value)

    def to_json(self, value: Any, path: str) -> Any:
        return json_value(value, path)


def json_value(value: Any, path: str) -> Any:
    """``value`` as plain JSON, or ``RequestValidationError`` naming the first part that is not JSON.

    Strings, finite numbers, booleans, None, lists/tuples and dicts with string keys are JSON; enum
    members send their value and models their ``to_dict()``.  Anything else (dates, sets, bytes,
    NaN, arbitrary objects) is refused, since the API would receive something other than intended.
    """
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any, str]] = [(value, root, 0, path)]
    while stack:
        item, target, slot, where = stack.pop()
        if isinstance(item, enum.Enum):
            item = item.value
        if isinstance(item, Model):
            item = item.to_dict()
        if item is None or isinstance(item, (str, bool, int)):
            target[slot] = item
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise RequestValidationError(where, f"{item!r} is not a JSON number")
            target[slot] = item
        elif isinstance(item, dict):
            out: dict[str, Any] = {}
            target[slot] = out
            for key, child in item.items():
                if not isinstance(key, str):
                    raise RequestValidationError(where, f"keys must be strings, got {_describe(key)}")
                out[key] = None
                stack.append((child, out, key, f"{where}.{key}"))
        elif isinstance(item, (list, tuple)):
            seq: list[Any] = [None] * len(item)
            target[slot] = seq
            for index, child in enumerate(item):
                stack.append((child, seq, index, f"{where}[{index}]"))
        else:
            hint = ""
            if isinstance(item, (_dt.date, _dt.datetime)):
                hint = " (pass .isoformat())"
            elif isinstance(item, (set, frozenset)):
                hint = " (pass a list)"
            raise RequestValidationError(where, f"a {type(item).__name__} is not a JSON value{hint}")
    return root[0]


class PrimitiveConverter(Converter):
    """string, integer, number or boolean."""

    def __init__(self, name: str, types: tuple[type, ...]) -> None:
        self.name = name
        self.types = types

    def _accepts(self, raw: Any) -> bool:
        if isinstance(raw, bool) and bool not in self.types:
            return False
        if isinstance(raw, float) and float in self.types and not math.isfinite(raw):
            return False
        return isinstance(raw, self.types)

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if errors is not None and not self._accepts(raw):
            errors.append(Deviation(path, f"expected {self.name}, got {_describe(raw)}"))
        return raw

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, enum.Enum):
            value = value.value
        if not self._accepts(value):
            raise RequestValidationError(path, f"expected {self.name}, got {_describe(value)}")
        return value


class UuidConverter(PrimitiveConverter):
    """A string with ``format: uuid``: ``uuid.UUID`` values are accepted and sent as text."""

    def __init__(self) -> None:
        super().__init__("string", (str,))

    def to_json(self, value: Any, path: str) -> Any:
        uuid_module = sys.modules.get("uuid")  # not imported eagerly: it costs ~3 ms at startup
        if uuid_module is not None and isinstance(value, uuid_module.UUID):
            return str(value)
        return super().to_json(value, path)


class DateTimeConverter(Converter):
    """RFC 3339 timestamps, with or without fractional seconds."""

    name = "date-time"
    plain = False

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if raw.__class__ is str:
            try:
                value = _fromiso(raw)
            except ValueError:
                return _datetime_fallback(raw, path, errors)
            if errors is not None and value.tzinfo is None:
                errors.append(Deviation(path, f"date-time without a time zone: {raw[:40]!r}"))
            return value
        if errors is not None:
            errors.append(Deviation(path, f"expected date-time string, got {_describe(raw)}"))
        return raw

    def dump(self, value: Any) -> Any:
        if isinstance(value, _dt.datetime):
            return _format_datetime(value)
        return value

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, _dt.datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                raise RequestValidationError(
                    path, "datetime must be timezone-aware (e.g. tzinfo=timezone.utc)"
                )
            return _format_datetime(value)
        if isinstance(value, str):
            problems: list[Deviation] = []
            self.parse(value, path, problems)
            if problems:
                raise RequestValidationError(path, problems[0].problem)
            return value
        raise RequestValidationError(path, f"expected datetime, got {_describe(value)}")


def _format_datetime(value: _dt.datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


class DateConverter(Converter):
    """Calendar dates (``YYYY-MM-DD``)."""

    name = "date"
    plain = False

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if raw.__class__ is str:
            try:
                return _date_fromiso(raw)
            except ValueError:
                pass
        if errors is not None:
            errors.append(Deviation(path, f"expected date string, got {_describe(raw)}"))
        return raw

    def dump(self, value: Any) -> Any:
        if isinstance(value, _dt.date):
            return value.isoformat()
        return value

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, _dt.datetime):
            raise RequestValidationError(path, "expected a date, got a datetime")
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                _date_fromiso(value)
            except ValueError:
                pass
            else:
                return value
        raise RequestValidationError(path, f"expected date, got {_describe(value)}")


class EnumConverter(Converter):
    """A string enum; unknown values load as pseudo-members (see ``OpenEnum``)."""

    def __init__(self, enum_type: type[OpenEnum]) -> None:
        self.enum_type = enum_type
        self.name = enum_type.__name__
        self.plain = False

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if raw.__class__ is str:
            member = self.enum_type._value2member_map_.get(raw)
            if member is not None:
                return member
            if errors is not None:
                errors.append(Deviation(path, f"unknown {self.name} value {raw[:60]!r}"))
            return self.enum_type(raw)
        if errors is not None:
            errors.append(Deviation(path, f"expected {self.name} string, got {_describe(raw)}"))
        return raw

    def dump(self, value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value

    def to_json(self, value: Any, path: str) -> Any:
        raw = value.value if isinstance(value, enum.Enum) else value
        if not isinstance(raw, str) or raw not in self.enum_type._value2member_map_:
            allowed = ", ".join(repr(v) for v in self.enum_type._value2member_map_)
            raise RequestValidationError(path, f"{raw!r} is not one of {allowed}")
        return raw


class ModelConverter(Converter):
    """A nested object described by a generated model class, resolved lazily by import path."""

    def __init__(self, module: str, class_name: str) -> None:
        self.module = module
        self.name = class_name
        self._model: type[Model] | None = None
        self.plain = False

    @property
    def model(self) -> type[Model]:
        found = self._model
        if found is None:
            found = getattr(importlib.import_module(self.module), self.name)
            self._model = found
        return found

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        model = self._model or self.model
        if raw.__class__ is dict:
            return model._parse(raw, path, errors)
        if errors is not None:
            errors.append(Deviation(path, f"expected {model.__name__} object, got {_describe(raw)}"))
        return raw

    def dump(self, value: Any) -> Any:
        if isinstance(value, Model):
            return value.to_dict()
        return copy_json_value(value)

    def to_json(self, value: Any, path: str) -> Any:
        model = self.model
        if isinstance(value, model):
            return value._to_json(path)
        if isinstance(value, Model):
            return model._coerce_model(value, path)
        if isinstance(value, Mapping):
            return model._coerce_mapping(value, path)
        raise RequestValidationError(path, f"expected {model.__name__} or a dict, got {_describe(value)}")


class ListConverter(Converter):
    """A JSON array."""

    def __init__(self, items: Converter) -> None:
        self.items = items
        self.name = f"list[{items.name}]"
        self.plain = items.plain

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if raw.__class__ is not list:
            if errors is not None:
                errors.append(Deviation(path, f"expected array, got {_describe(raw)}"))
            return raw
        items = self.items
        if errors is None:
            if self.plain:
                return list(raw)
            parse = items.parse
            return [None if item is None else parse(item, "", None) for item in raw]
        out: list[Any] = []
        untyped = isinstance(items, AnyConverter)
        for index, item in enumerate(raw):
            if item is None:
                if not untyped:  # an untyped schema accepts null
                    errors.append(Deviation(f"{path}[{index}]", "null not allowed"))
                out.append(None)
            else:
                out.append(items.parse(item, f"{path}[{index}]", errors))
        return out

    def dump(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            dump = self.items.dump
            return [None if item is None else dump(item) for item in value]
        return copy_json_value(value)

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise RequestValidationError(path, f"expected a list, got {_describe(value)}")
        if isinstance(value, (set, frozenset)):
            raise RequestValidationError(path, "expected a list, got a set (its order is arbitrary)")
        out = []
        for index, item in enumerate(value):
            if item is None:
                raise RequestValidationError(f"{path}[{index}]", "null not allowed")
            out.append(self.items.to_json(item, f"{path}[{index}]"))
        return out


class MapConverter(Converter):
    """A JSON object used as a dictionary (``additionalProperties`` with a schema)."""

    def __init__(self, values: Converter) -> None:
        self.values = values
        self.name = f"dict[str, {values.name}]"
        self.plain = values.plain

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if raw.__class__ is not dict:
            if errors is not None:
                errors.append(Deviation(path, f"expected object, got {_describe(raw)}"))
            return raw
        values = self.values
        untyped = isinstance(values, AnyConverter)
        if errors is None:
            if self.plain:
                return dict(raw)
            return {k: None if v is None else values.parse(v, "", None) for k, v in raw.items()}
        out: dict[str, Any] = {}
        for key, item in raw.items():
            if item is None:
                if not untyped:
                    errors.append(Deviation(f"{path}.{key}", "null not allowed"))
                out[key] = None
            else:
                out[key] = values.parse(item, f"{path}.{key}", errors)
        return out

    def dump(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            dump = self.values.dump
            return {k: None if v is None else dump(v) for k, v in value.items()}
        return copy_json_value(value)

    def to_json(self, value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise RequestValidationError(path, f"expected a dict, got {_describe(value)}")
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise RequestValidationError(path, f"keys must be strings, got {_describe(key)}")
            if item is None:
                if not isinstance(self.values, AnyConverter):
                    raise RequestValidationError(f"{path}.{key}", "null not allowed")
                out[key] = None
                continue
            out[key] = self.values.to_json(item, f"{path}.{key}")
        return out


class UnionConverter(Converter):
    """``oneOf`` / ``anyOf``: the first branch the value fits, else the closest one, leniently."""

    def __init__(self, *branches: Converter) -> None:
        self.branches = branches
        self.name = " | ".join(branch.name for branch in branches)
        self._by_class: dict[type, tuple[Converter, ...]] = {}
        self.plain = all(branch.plain for branch in branches)

    def _candidates(self, kind: type) -> tuple[Converter, ...]:
        """The branches whose JSON type can hold a value of Python class ``kind`` (cached per class)."""
        found = self._by_class.get(kind)
        if found is None:
            found = tuple(b for b in self.branches if _fits_kind(b, kind))
            if len(self._by_class) < 16:
                self._by_class[kind] = found
        return found

    def parse(self, raw: Any, path: str, errors: list[Deviation] | None) -> Any:
        if errors is None and self.plain:
            kind = raw.__class__
            return dict(raw) if kind is dict else list(raw) if kind is list else raw
        candidates = self._candidates(raw.__class__)
        if len(candidates) == 1:
            # One branch of this JSON type (the usual oneOf of a string, a number and an object):
            # parse with it directly; its own deviations are the precise ones.
            return candidates[0].parse(raw, path, errors)
        best: tuple[int, Any, list[Deviation], Converter] | None = None
        for branch in candidates or self.branches:
            problems: list[Deviation] = []
            value = branch.parse(raw, path, problems)
            if not problems:
                return value
            # Prefer a branch of the right JSON kind (an object for a model) with the fewest problems.
            kind_ok = not (isinstance(branch, ModelConverter) and raw.__class__ is not dict)
            score = len(problems) + (0 if kind_ok else 10_000)
            if best is None or score < best[0]:
                best = (score, value, problems, branch)
        if best is None:  # pragma: no cover - generated unions have at least two branches
            return raw
        _, value, problems, branch = best
        if errors is not None:
            detail = "; ".join(
                f"{p.path[len(path) :].lstrip('.') or '(value)'}: {p.problem}" for p in problems[:2]
            )
            errors.append(Deviation(path, f"matches none of {self.name} (closest {branch.name}: {detail})"))
        if isinstance(branch, ModelConverter) and raw.__class__ is not dict:
            return raw
        return value

    def dump(self, value: Any) -> Any:
        if isinstance(value, Model):
            return value.to_dict()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, _dt.datetime):
            return _format_datetime(value)
        if isinstance(value, _dt.date):
            return value.isoformat()
        return copy_json_value(value)

    def to_json(self, value: Any, path: str) -> Any:
        errors = []
        exact = [b for b in self.branches if isinstance(b, ModelConverter) and isinstance(value, b.model)]
        for branch in exact or self.branches:
            try:
                return branch.to_json(value, path)
            except RequestValidationError as exc:
                where = exc.path[len(path) :].lstrip(".") if exc.path.startswith(path) else exc.path
                errors.append(f"as {branch.name}: {where + ': ' if where else ''}{exc.problem}")
        raise RequestValidationError(path, f"matches none of {self.name} ({'; '.join(errors)})")


def _fits_kind(conv: Converter, kind: type) -> bool:
    accepted = _json_kind(conv)
    return accepted is None or kind in accepted


def _json_kind(conv: Converter) -> tuple[type, ...] | None:
    """The Python classes of decoded JSON that ``conv`` can accept (None: any)."""
    if isinstance(conv, PrimitiveConverter):
        return conv.types  # exact classes: a JSON true (bool) is not an integer here
    if isinstance(conv, (DateTimeConverter, DateConverter, EnumConverter)):
        return (str,)
    if isinstance(conv, (ModelConverter, MapConverter)):
        return (dict,)
    if isinstance(conv, ListConverter):
        return (list,)
    return None


STRING = PrimitiveConverter("string", (str,))
UUID_STRING = UuidConverter()
INTEGER = PrimitiveConverter("integer", (int,))
NUMBER = PrimitiveConverter("number", (int, float))
BOOLEAN = PrimitiveConverter("boolean", (bool,))
DATETIME = DateTimeConverter()
DATE = DateConverter()
ANY = AnyConverter()


def model(module: str, class_name: str) -> ModelConverter:
    """A converter for a generated model, imported on first use."""
    return ModelConverter(module, class_name)


def enum_of(enum_type: type[OpenEnum]) -> EnumConverter:
    return EnumConverter(enum_type)


def list_of(items: Converter) -> ListConverter:
    return ListConverter(items)


def map_of(values: Converter) -> MapConverter:
    return MapConverter(values)


def union(*branches: Converter) -> UnionConverter:
    return UnionConverter(*branches)


# --------------------------------------------------------------------------- fields and models


class FieldSpec:
    """What the spec says about one attribute of a model: its JSON key, converter and flags."""

    __slots__ = ("aliases", "attr", "conv", "deprecated", "key", "nullable", "required")

    def __init__(
        self,
        attr: str,
        key: str,
        conv: Converter,
        *,
        required: bool = False,
        nullable: bool = False,
        aliases: tuple[str, ...] = (),
        deprecated: bool | str = False,
    ) -> None:
        self.attr = attr
        self.key = key
        self.conv = conv
        self.required = required
        self.nullable = nullable
        self.aliases = aliases
        self.deprecated = deprecated

    def __repr__(self) -> str:
        return f"<field {self.attr} ({self.key}: {self.conv.name})>"


Field = FieldSpec


class Model:
    """Base of every generated model (each one an ``attrs`` class).  See the module docstring."""

    __slots__ = ("_raw_json",)

    #: attribute name -> FieldSpec, in schema order (set by ``fields``)
    _fields_: ClassVar[dict[str, FieldSpec]] = {}
    #: JSON keys the schema describes (aliases included)
    _keys_: ClassVar[frozenset[str]] = frozenset()
    #: How keys the schema does not describe are checked in responses (None: they are deviations).
    _additional_: ClassVar[Converter | None] = None
    #: How such keys are checked in dicts users pass for requests (None: they are rejected as typos).
    _input_additional_: ClassVar[Converter | None] = None

    additional_properties: dict[str, Any]
    _raw_json: dict[str, Any]

    @classmethod
    def _parse(cls, data: dict[str, Any], path: str, errors: list[Deviation] | None) -> Self:
        raise NotImplementedError  # pragma: no cover - every generated model defines it

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON, leniently (never raises for a deviation)."""
        if data.__class__ is not dict:
            data = dict(data) if isinstance(data, Mapping) else {}
        return cls._parse(data, cls.__name__, None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model as it is now (a new object, safe to modify)."""
        out: dict[str, Any] = {}
        for attr, spec in self._fields_.items():
            value = getattr(self, attr)
            if value is UNSET:
                continue
            if value is None:
                if spec.nullable:
                    out[spec.key] = None
                continue
            out[spec.key] = spec.conv.dump(value)
        for key, value in self.additional_properties.items():
            if key not in out:
                out[key] = copy_json_value(value)
        return out

    @property
    def raw_json(self) -> dict[str, Any]:
        """The JSON object this model was parsed from (do not modify it); for a model built in
        Python, or changed copies made with ``attrs.evolve``, the same as ``to_dict()``."""
        try:
            return self._raw_json
        except AttributeError:
            return self.to_dict()

    def __getitem__(self, key: str) -> Any:
        """The JSON value of ``key``, described by the schema or not (``KeyError`` when absent)."""
        if key in self.additional_properties:
            return self.additional_properties[key]
        for spec in self._fields_.values():
            if spec.key == key or key in spec.aliases:
                value = getattr(self, spec.attr)
                if value is None or value is UNSET:
                    break
                return spec.conv.dump(value)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    # ------------------------------------------------------------------ checking and requests

    @classmethod
    def _check(cls, raw: Any, path: str, out: list[Deviation]) -> None:
        if raw.__class__ is not dict:
            out.append(Deviation(path, f"expected {cls.__name__} object, got {_describe(raw)}"))
            return
        cls._parse(raw, path, out)

    def _to_json(self, path: str) -> dict[str, Any]:
        """This instance as request JSON, strictly: every attribute is checked (it may have changed)."""
        out: dict[str, Any] = {}
        for attr, spec in self._fields_.items():
            value = getattr(self, attr)
            where = f"{path}.{spec.key}"
            if value is UNSET:
                continue
            if value is None:
                if spec.nullable:
                    out[spec.key] = None
                continue
            if spec.deprecated:
                _warn_deprecated(type(self).__name__, attr, spec)
            out[spec.key] = spec.conv.to_json(value, where)
        for spec in self._fields_.values():
            if spec.required and spec.key not in out:
                raise RequestValidationError(f"{path}.{spec.key}", "missing")
        for key, value in self.additional_properties.items():
            if key not in out:
                out[key] = json_value(value, f"{path}.{key}")
        return out

    @classmethod
    def _coerce_model(cls, value: Model, path: str) -> dict[str, Any]:
        """A model of another type given for this one: its fields, checked against this schema.

        Fields this schema does not describe are dropped when they are typed fields of the other
        model (read-only response fields such as a repository's ``full_name``); nested models are
        converted the same way, so a response object can be handed back into a request.
        """
        keys = cls._keys_
        given: dict[str, Any] = {}
        for spec in value._fields_.values():
            if spec.key in keys:
                given[spec.key] = getattr(value, spec.attr)
        for key, item in value.additional_properties.items():
            if key in keys or cls._input_additional_ is not None:
                given[key] = item
        return cls._coerce_mapping(given, path)

    @classmethod
    def _coerce_mapping(cls, value: Mapping[str, Any], path: str) -> dict[str, Any]:
        """Check a plain dict given for this model and return its JSON form."""
        out: dict[str, Any] = {}
        by_key = {f.key: f for f in cls._fields_.values()}
        for spec in cls._fields_.values():
            for alias in spec.aliases:
                by_key.setdefault(alias, spec)
        by_attr = cls._fields_
        for key, item in value.items():
            if not isinstance(key, str):
                raise RequestValidationError(path, f"keys must be strings, got {_describe(key)}")
            found = by_key.get(key) or by_attr.get(key)
            where = f"{path}.{key}"
            if found is None:
                if cls._input_additional_ is not None:
                    out[key] = cls._input_additional_.to_json(item, where)
                    continue
                known = ", ".join(sorted(f.key for f in cls._fields_.values()))
                raise RequestValidationError(where, f"unknown field (expected one of: {known})")
            spec = found
            if item is UNSET:
                continue
            if item is None:
                if spec.nullable:
                    out[spec.key] = None
                continue
            if spec.deprecated:
                _warn_deprecated(cls.__name__, spec.attr, spec)
            out[spec.key] = spec.conv.to_json(item, f"{path}.{spec.key}")
        for spec in cls._fields_.values():
            if spec.required and spec.key not in out:
                raise RequestValidationError(f"{path}.{spec.key}", "missing")
        return out


def _warn_deprecated(model_name: str, attr: str, spec: FieldSpec) -> None:
    from circleci_api._warnings import warn_deprecated

    hint = f"; use {spec.deprecated} instead" if isinstance(spec.deprecated, str) else ""
    warn_deprecated(f"{model_name}.{attr} is deprecated in the CircleCI API{hint}")


def fields(cls: type[Model], specs: Iterable[FieldSpec]) -> None:
    """Attach the field table of a generated model (called once, right after the class)."""
    table = {spec.attr: spec for spec in specs}
    cls._fields_ = table
    cls._keys_ = frozenset(k for f in table.values() for k in (f.key, *f.aliases))


def body(model_type: type[Model], values: Mapping[str, Any], path: str = "body") -> dict[str, Any]:
    """The JSON body for a flattened request model from keyword arguments (UNSET ones left out)."""
    return model_type._coerce_mapping({k: v for k, v in values.items() if v is not UNSET}, path)


def extras_repr(value: dict[str, Any]) -> str:
    """How ``additional_properties`` shows in a model's repr: the keys only (values may be huge)."""
    keys = list(value)
    shown = ", ".join(f"{key[:40]!r}: …" for key in keys[:8])
    more = f", +{len(keys) - 8} more" if len(keys) > 8 else ""
    return "{" + shown + more + "}"


def copy_json_value(value: Any) -> Any:
    """A deep copy of a decoded JSON value (dicts and lists copied; anything else shared)."""
    if isinstance(value, dict):
        return copy_json(value)
    if isinstance(value, list):
        return copy_json({"": value})[""]
    return value


def copy_json(value: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of decoded JSON, without recursion (responses may nest deeper than the stack)."""
    root: dict[str, Any] = {}
    stack: list[tuple[Any, Any]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, dict):
                child: Any = {}
            elif isinstance(item, list):
                child = [None] * len(item)
            elif isinstance(item, Model):
                child = item.to_dict()
            else:
                child = item
            target[key] = child
            if isinstance(item, (dict, list)):
                stack.append((item, child))
    return root


def check(model_type: type[Model], raw: Any) -> list[Deviation]:
    """Every deviation of ``raw`` from ``model_type``'s schema, with JSON paths."""
    out: list[Deviation] = []
    model_type._check(raw, model_type.__name__, out)
    return out


def check_value(conv: Converter, raw: Any, root: str) -> list[Deviation]:
    """Like ``check`` for any converter (lists of models, unions…)."""
    out: list[Deviation] = []
    conv.check(raw, root, out)
    return out


def iter_models(value: Any) -> Iterator[Model]:
    """Every model instance inside a loaded value (used by tests and fuzzing)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Model):
            yield item
            stack.extend(getattr(item, name) for name in item._fields_)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
