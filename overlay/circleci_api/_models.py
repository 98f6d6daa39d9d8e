"""The runtime behind every generated model: lazy, lenient parsing and strict checking in one place.

A generated model is a thin typed view over the JSON object it was built from.  Parsing a response
only wraps the decoded dict (``Model.from_dict``); a field is converted the first time it is read
and then cached.  Conversion is lenient: it never raises because the server deviated from the
spec.  A missing field reads as None, an unknown enum value becomes a pseudo-member that keeps its
raw value, and a value of an unexpected type is returned as it came.

``check`` walks a JSON value against the same field descriptions and lists every deviation with
its JSON path.  The client runs it for ``strict=True`` (raising at the first deviation) and, in
lenient mode, only when DEBUG logging is on (logging each deviation once per model and field).
Values that users pass into request models go through ``to_json``, which is strict and raises
``RequestValidationError`` (a ``ValueError``) naming the offending field before anything is sent.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Self, TypeVar, overload

from circleci_api._base_error import CircleCIError
from circleci_api._warnings import warn_deprecated

__all__ = [
    "UNSET",
    "Converter",
    "Deviation",
    "Field",
    "Model",
    "OpenEnum",
    "RequestValidationError",
    "Unset",
    "check",
]

T = TypeVar("T")
_MISSING: Any = object()
_UNKNOWN_CACHE_LIMIT = 256


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


UNSET: Any = Unset()


class RequestValidationError(CircleCIError, ValueError):
    """A value given for a request does not fit the API's schema.  ``path`` names the field.

    Raised before anything is sent.  It is a ``ValueError`` too.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


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


# --------------------------------------------------------------------------- converters


class Converter:
    """How one schema maps between JSON and Python.  Subclasses are small and stateless."""

    name = "any"

    def load(self, raw: Any) -> Any:
        """JSON -> Python, leniently: return ``raw`` unchanged when it cannot be converted."""
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        """Append every deviation of ``raw`` from the schema to ``out``."""

    def to_json(self, value: Any, path: str) -> Any:
        """Python (or already-JSON) value -> JSON, strictly.  Raises RequestValidationError."""
        return value


class AnyConverter(Converter):
    """A schema without a type: anything goes."""


class PrimitiveConverter(Converter):
    """string, integer, number or boolean."""

    def __init__(self, name: str, types: tuple[type, ...]) -> None:
        self.name = name
        self.types = types

    def _accepts(self, raw: Any) -> bool:
        if isinstance(raw, bool) and bool not in self.types:
            return False
        return isinstance(raw, self.types)

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not self._accepts(raw):
            out.append(Deviation(path, f"expected {self.name}, got {_describe(raw)}"))

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, enum.Enum):
            value = value.value
        if not self._accepts(value):
            raise RequestValidationError(path, f"expected {self.name}, got {_describe(value)}")
        return value


def _parse_datetime(raw: str) -> _dt.datetime:
    try:
        return _dt.datetime.fromisoformat(raw)
    except ValueError:
        from dateutil import parser as _dateutil_parser

        return _dateutil_parser.isoparse(raw)


class DateTimeConverter(Converter):
    """RFC 3339 timestamps, with or without fractional seconds."""

    name = "date-time"

    def load(self, raw: Any) -> Any:
        if isinstance(raw, str):
            try:
                return _parse_datetime(raw)
            except (ValueError, OverflowError):
                return raw
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, str):
            out.append(Deviation(path, f"expected date-time string, got {_describe(raw)}"))
            return
        try:
            parsed = _parse_datetime(raw)
        except (ValueError, OverflowError):
            out.append(Deviation(path, f"not an RFC 3339 date-time: {raw[:40]!r}"))
            return
        if parsed.tzinfo is None:
            out.append(Deviation(path, f"date-time without a time zone: {raw[:40]!r}"))

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, _dt.datetime):
            if value.tzinfo is None or value.utcoffset() is None:
                raise RequestValidationError(
                    path, "datetime must be timezone-aware (e.g. tzinfo=timezone.utc)"
                )
            text = value.isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text
        if isinstance(value, str):
            problems: list[Deviation] = []
            self.check(value, path, problems)
            if problems:
                raise RequestValidationError(path, problems[0].problem)
            return value
        raise RequestValidationError(path, f"expected datetime, got {_describe(value)}")


class DateConverter(Converter):
    """Calendar dates (``YYYY-MM-DD``)."""

    name = "date"

    def load(self, raw: Any) -> Any:
        if isinstance(raw, str):
            try:
                return _dt.date.fromisoformat(raw)
            except ValueError:
                return raw
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, str) or self.load(raw) is raw:
            out.append(Deviation(path, f"expected date string, got {_describe(raw)}"))

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, _dt.datetime):
            raise RequestValidationError(path, "expected a date, got a datetime")
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str) and self.load(value) is not value:
            return value
        raise RequestValidationError(path, f"expected date, got {_describe(value)}")


class EnumConverter(Converter):
    """A string enum; unknown values load as pseudo-members (see ``OpenEnum``)."""

    def __init__(self, enum_type: type[OpenEnum]) -> None:
        self.enum_type = enum_type
        self.name = enum_type.__name__

    def load(self, raw: Any) -> Any:
        member = self.enum_type._value2member_map_.get(raw) if isinstance(raw, str) else None
        if member is not None:
            return member
        if isinstance(raw, str):
            return self.enum_type(raw)
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, str):
            out.append(Deviation(path, f"expected {self.name} string, got {_describe(raw)}"))
        elif raw not in self.enum_type._value2member_map_:
            out.append(Deviation(path, f"unknown {self.name} value {raw[:60]!r}"))

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

    @property
    def model(self) -> type[Model]:
        if self._model is None:
            found: type[Model] = getattr(importlib.import_module(self.module), self.name)
            self._model = found
            return found
        return self._model

    def load(self, raw: Any) -> Any:
        if isinstance(raw, dict):
            return self.model.from_dict(raw)
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        self.model._check(raw, path, out)

    def to_json(self, value: Any, path: str) -> Any:
        model = self.model
        if isinstance(value, model):
            return value._raw
        if isinstance(value, Model):
            raise RequestValidationError(path, f"expected {model.__name__}, got {type(value).__name__}")
        if isinstance(value, Mapping):
            return model._coerce_mapping(value, path)
        raise RequestValidationError(path, f"expected {model.__name__} or a dict, got {_describe(value)}")


class ListConverter(Converter):
    """A JSON array."""

    def __init__(self, items: Converter) -> None:
        self.items = items
        self.name = f"list[{items.name}]"

    def load(self, raw: Any) -> Any:
        if isinstance(raw, list):
            load = self.items.load
            return [None if item is None else load(item) for item in raw]
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, list):
            out.append(Deviation(path, f"expected array, got {_describe(raw)}"))
            return
        for index, item in enumerate(raw):
            if item is None:
                if not isinstance(self.items, AnyConverter):  # an untyped schema accepts null
                    out.append(Deviation(f"{path}[{index}]", "null not allowed"))
            else:
                self.items.check(item, f"{path}[{index}]", out)

    def to_json(self, value: Any, path: str) -> Any:
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise RequestValidationError(path, f"expected a list, got {_describe(value)}")
        return [self.items.to_json(item, f"{path}[{index}]") for index, item in enumerate(value)]


class MapConverter(Converter):
    """A JSON object used as a dictionary (``additionalProperties`` with a schema)."""

    def __init__(self, values: Converter) -> None:
        self.values = values
        self.name = f"dict[str, {values.name}]"

    def load(self, raw: Any) -> Any:
        if isinstance(raw, dict):
            load = self.values.load
            return {key: None if item is None else load(item) for key, item in raw.items()}
        return raw

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, dict):
            out.append(Deviation(path, f"expected object, got {_describe(raw)}"))
            return
        for key, item in raw.items():
            if item is None:
                if not isinstance(self.values, AnyConverter):  # an untyped schema accepts null
                    out.append(Deviation(f"{path}.{key}", "null not allowed"))
            else:
                self.values.check(item, f"{path}.{key}", out)

    def to_json(self, value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise RequestValidationError(path, f"expected a dict, got {_describe(value)}")
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise RequestValidationError(path, f"keys must be strings, got {_describe(key)}")
            out[key] = self.values.to_json(item, f"{path}.{key}")
        return out


class UnionConverter(Converter):
    """``oneOf`` / ``anyOf``: the first branch the value fits."""

    def __init__(self, *branches: Converter) -> None:
        self.branches = branches
        self.name = " | ".join(branch.name for branch in branches)

    def _fitting(self, raw: Any) -> Converter | None:
        for branch in self.branches:
            problems: list[Deviation] = []
            branch.check(raw, "", problems)
            if not problems:
                return branch
        return None

    def load(self, raw: Any) -> Any:
        branch = self._fitting(raw)
        if branch is None:
            return raw
        return branch.load(raw)

    def check(self, raw: Any, path: str, out: list[Deviation]) -> None:
        if self._fitting(raw) is None:
            out.append(Deviation(path, f"matches none of {self.name}"))

    def to_json(self, value: Any, path: str) -> Any:
        errors = []
        for branch in self.branches:
            if isinstance(branch, ModelConverter) and isinstance(value, Model):
                if isinstance(value, branch.model):
                    return value._raw
                continue
            try:
                return branch.to_json(value, path)
            except RequestValidationError as exc:
                where = exc.path[len(path) :].lstrip(".") if exc.path.startswith(path) else exc.path
                errors.append(f"as {branch.name}: {where + ': ' if where else ''}{exc.problem}")
        raise RequestValidationError(path, f"matches none of {self.name} ({'; '.join(errors)})")


STRING = PrimitiveConverter("string", (str,))
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


class Field(Generic[T]):
    """A typed, lazily converted attribute of a model, backed by one key of the JSON object."""

    __slots__ = ("aliases", "attr", "conv", "deprecated", "identity", "key", "nullable", "required")

    def __init__(
        self,
        key: str,
        conv: Converter,
        *,
        required: bool = False,
        nullable: bool = False,
        aliases: tuple[str, ...] = (),
        deprecated: bool | str = False,
    ) -> None:
        self.key = key
        self.conv = conv
        # Strings, numbers, booleans and untyped values load as they are: skip the call.
        self.identity = type(conv).load is Converter.load
        self.required = required
        self.nullable = nullable
        self.aliases = aliases
        self.deprecated = deprecated
        self.attr = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Field[T]: ...

    @overload
    def __get__(self, obj: Model, owner: type | None = None) -> T: ...

    def __get__(self, obj: Model | None, owner: type | None = None) -> Field[T] | T:
        if obj is None:
            return self
        # The hot path of every parsed response: no exceptions, no helper calls on a cache hit.
        cache = obj._cache
        value: Any = cache.get(self.attr, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[no-any-return]
        raw = obj._raw.get(self.key, _MISSING)
        if raw is _MISSING and self.aliases:
            raw = self.raw_value(obj._raw)
        if raw is None or raw is _MISSING:
            value = None
        elif self.identity:
            value = raw
        else:
            value = self.conv.load(raw)
        cache[self.attr] = value
        return value  # type: ignore[no-any-return]

    def raw_value(self, data: Mapping[str, Any]) -> Any:
        """The JSON value for this field (trying documented aliases), or a missing marker."""
        raw = data.get(self.key, _MISSING)
        if raw is _MISSING:
            for alias in self.aliases:
                raw = data.get(alias, _MISSING)
                if raw is not _MISSING:
                    break
        return raw

    def __set__(self, obj: Model, value: T) -> None:
        path = f"{type(obj).__name__}.{self.attr}"
        obj._cache.pop(self.attr, None)
        if value is UNSET:
            obj._raw.pop(self.key, None)
            return
        if self.deprecated:
            hint = f"; use {self.deprecated} instead" if isinstance(self.deprecated, str) else ""
            warn_deprecated(f"{path} is deprecated in the CircleCI API{hint}")
        if value is None:
            if not self.nullable:
                raise RequestValidationError(path, "may not be None")
            obj._raw[self.key] = None
            return
        obj._raw[self.key] = self.conv.to_json(value, path)


class Model:
    """Base of every generated model.  See the module docstring."""

    __slots__ = ("_cache", "_raw")

    _fields_: ClassVar[dict[str, Field[Any]]] = {}
    _keys_: ClassVar[frozenset[str]] = frozenset()
    #: How keys the schema does not describe are checked in responses (None: they are deviations).
    _additional_: ClassVar[Converter | None] = None
    #: How such keys are checked in dicts users pass for requests (None: they are rejected as typos).
    _input_additional_: ClassVar[Converter | None] = None

    _raw: dict[str, Any]
    _cache: dict[str, Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, Field[Any]] = {}
        for base in reversed(cls.__mro__):
            for name, value in vars(base).items():
                if isinstance(value, Field):
                    fields[name] = value
        cls._fields_ = fields
        cls._keys_ = frozenset(k for f in fields.values() for k in (f.key, *f.aliases))

    def _init(self, values: dict[str, Any]) -> None:
        """Used by generated ``__init__`` methods: set every given field, strictly."""
        self._raw = {}
        self._cache = {}
        for attr, value in values.items():
            if value is not UNSET:
                setattr(self, attr, value)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object.  Never raises; fields are converted when first read."""
        obj = cls.__new__(cls)
        obj._raw = data if isinstance(data, dict) else dict(data) if isinstance(data, Mapping) else {}
        obj._cache = {}
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model (a deep copy, safe to modify)."""
        return copy_json(self._raw)

    @property
    def raw_json(self) -> dict[str, Any]:
        """The JSON object this model was built from, unchanged (do not modify it)."""
        return self._raw

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys the schema does not describe, with their raw JSON values."""
        keys = self._keys_
        return {k: v for k, v in self._raw.items() if k not in keys}

    def __getitem__(self, key: str) -> Any:
        """The raw JSON value of ``key``, described by the schema or not."""
        return self._raw[key]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model) or type(other) is not type(self):
            return NotImplemented
        return self._raw == other._raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for name, field_ in self._fields_.items():
            if field_.raw_value(self._raw) is not _MISSING:
                parts.append(f"{name}={getattr(self, name)!r}")
        extra = len(self._raw.keys() - self._keys_)
        if extra:
            parts.append(f"+{extra} more")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __copy__(self) -> Self:
        return type(self).from_dict(dict(self._raw))

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        return type(self).from_dict(copy_json(self._raw))

    def __getstate__(self) -> dict[str, Any]:
        return self._raw

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._raw = state
        self._cache = {}

    # ------------------------------------------------------------------ checking

    @classmethod
    def _check(cls, raw: Any, path: str, out: list[Deviation]) -> None:
        if not isinstance(raw, dict):
            out.append(Deviation(path, f"expected {cls.__name__} object, got {_describe(raw)}"))
            return
        for field_ in cls._fields_.values():
            value = field_.raw_value(raw)
            where = f"{path}.{field_.key}"
            if value is _MISSING:
                if field_.required:
                    out.append(Deviation(where, "missing"))
            elif value is None:
                if not field_.nullable:
                    out.append(Deviation(where, "null not allowed"))
            else:
                field_.conv.check(value, where, out)
        extra = raw.keys() - cls._keys_
        if extra:
            if cls._additional_ is not None:
                for key in sorted(extra):
                    if raw[key] is not None:
                        cls._additional_.check(raw[key], f"{path}.{key}", out)
            else:
                for key in sorted(extra):
                    out.append(Deviation(f"{path}.{key}", "field not in the spec"))

    @classmethod
    def _coerce_mapping(cls, value: Mapping[str, Any], path: str) -> dict[str, Any]:
        """Check a plain dict given for this model and return its JSON form."""
        out: dict[str, Any] = {}
        by_key = {f.key: f for f in cls._fields_.values()}
        by_attr = cls._fields_
        for key, item in value.items():
            field_ = by_key.get(key) or by_attr.get(key)
            where = f"{path}.{key}"
            if field_ is None:
                if cls._input_additional_ is not None:
                    out[key] = cls._input_additional_.to_json(item, where)
                    continue
                known = ", ".join(sorted(by_key))
                raise RequestValidationError(where, f"unknown field (expected one of: {known})")
            if item is None:
                if not field_.nullable:
                    raise RequestValidationError(where, "may not be None")
                out[field_.key] = None
            elif item is not UNSET:
                out[field_.key] = field_.conv.to_json(item, where)
        for field_ in cls._fields_.values():
            if field_.required and field_.key not in out:
                raise RequestValidationError(f"{path}.{field_.key}", "missing")
        return out


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
    if isinstance(value, Model):
        yield value
        for name in value._fields_:
            yield from iter_models(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            yield from iter_models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_models(item)
