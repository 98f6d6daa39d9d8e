"""JSON documents for the response converters: valid ones, and the same documents broken on purpose.

Everything here is derived from the converter tree the generated code declares
(``circleci_api._models``), written once and applied to every model:

* ``valid_json(conv)`` is a hypothesis strategy for JSON the schema allows (it passes ``check``).
* ``sites(conv, doc)`` lists every place in a document together with the converter that describes it.
* ``Mutation`` breaks one place in a known way and says what the client must make of it:
  ``PASS`` (still valid), ``FAIL`` (strict mode must report exactly this path) or ``UNKNOWN``
  (under a ``oneOf``, where another branch may now fit).
* ``assert_loaded`` checks that a lenient parse of a valid document has the declared Python types.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from hypothesis import strategies as st

from circleci_api._endpoint import Endpoint
from circleci_api._models import (
    AnyConverter,
    Converter,
    DateConverter,
    DateTimeConverter,
    EnumConverter,
    Field,
    ListConverter,
    MapConverter,
    Model,
    ModelConverter,
    OpenEnum,
    PrimitiveConverter,
    UnionConverter,
    check_value,
)
from circleci_api_generated._operations import OPERATIONS

Path = tuple[str | int, ...]
#: hypothesis's ``data.draw``.
Draw = Callable[[st.SearchStrategy[Any]], Any]

# --------------------------------------------------------------------------- what to fuzz


@dataclass(frozen=True)
class Target:
    """One thing a response can be parsed into: a model, or a top-level list/map/union converter."""

    name: str
    converter: Converter
    #: An endpoint whose 200 response is ``converter`` (what the client's parser is given).
    endpoint: Endpoint


def _children(conv: Converter) -> Iterator[Converter]:
    if isinstance(conv, ModelConverter):
        for field_ in conv.model._fields_.values():
            yield field_.conv
        if conv.model._additional_ is not None:
            yield conv.model._additional_
    elif isinstance(conv, ListConverter):
        yield conv.items
    elif isinstance(conv, MapConverter):
        yield conv.values
    elif isinstance(conv, UnionConverter):
        yield from conv.branches


def response_targets() -> list[Target]:
    """Every model reachable from a documented response, plus each non-model response converter."""
    models: dict[type[Model], ModelConverter] = {}
    tops: dict[str, Target] = {}

    def visit(conv: Converter) -> None:
        if isinstance(conv, ModelConverter):
            if conv.model in models:
                return
            models[conv.model] = conv
        for child in _children(conv):
            visit(child)

    for info in OPERATIONS.values():
        endpoint: Endpoint = importlib.import_module(info.module).ENDPOINT
        for status, conv in sorted(endpoint.responses.items()):
            if conv is None:
                continue
            visit(conv)
            if not isinstance(conv, ModelConverter) and conv.name not in tops:
                tops[conv.name] = Target(
                    f"{info.operation_id}-{status}", conv, _endpoint_for(conv, info.module)
                )
    targets = [Target(m.__name__, conv, _endpoint_for(conv, m.__module__)) for m, conv in models.items()]
    targets.sort(key=lambda t: t.name)
    return targets + sorted(tops.values(), key=lambda t: t.name)


def _endpoint_for(conv: Converter, module: str) -> Endpoint:
    return Endpoint(module=module, method="GET", path="/fuzz", responses={200: conv})


# --------------------------------------------------------------------------- valid documents

# Hypothesis spends its time per choice it draws, so every leaf is ONE choice: a pick from a pool of
# awkward values (shrinking towards the first, plainest one) or one integer.
TEXTS = (
    "",
    "a",
    "main",
    "0",
    " ",
    "é",
    "€uro",
    "😀",
    "日本語",
    "\u202eevil",
    "\ufeffbom",
    "a\x00b",
    "line\nbreak",
    "tab\there",
    'quote"back\\slash',
    "../..",
    "%2F%00",
    "?q=1#frag",
    "<script>",
    "null",
    "true",
    "1e309",
    "x" * 300,
)
KEYS = ("k", "", "é", "a.b", "a[0]", "__proto__", "constructor", "😀", "x" * 40, "$ref")
_JSON_POOL: tuple[Any, ...] = (
    0,
    -1,
    2**63,
    -(2**70),
    1.5,
    -0.0,
    1e308,
    True,
    False,
    "",
    "text",
    "日本",
    [],
    {},
    [None],
    {"k": None},
    [1, "a", None, True],
    {"nested": {"deeper": [1, {"x": []}]}},
    [[[[[]]]]],
    {"": ""},
)
_TEXT = st.sampled_from(TEXTS)
_KEYS = st.sampled_from(KEYS)
_INTEGERS = st.integers()
_NUMBERS = st.sampled_from((0, 1, -1, 0.5, -2.25, 1e-300, 1.7976931348623157e308, 2**64))
#: Any JSON value except a top-level null (nulls appear inside containers).
ANY_NON_NULL: st.SearchStrategy[Any] = st.sampled_from(_JSON_POOL)
#: Any JSON value.
ANY_JSON: st.SearchStrategy[Any] = st.sampled_from((None, *_JSON_POOL))

_OFFSETS = ("Z", "+00:00", "+05:30", "-08:00", ".5Z", ".123456+01:00")


def _rfc3339(number: int) -> str:
    """One integer -> a timestamp between 1970 and 2191 in one of several RFC 3339 spellings."""
    seconds, style = divmod(number, len(_OFFSETS))
    moment = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)
    return moment.isoformat(timespec="seconds") + _OFFSETS[style]


_DATETIMES = st.integers(0, 7_000_000_000 * len(_OFFSETS)).map(_rfc3339)
_DATES = st.integers(0, 80_000).map(lambda days: (dt.date(1970, 1, 1) + dt.timedelta(days=days)).isoformat())

#: Models nested this deep get only their required fields, and arrays there at most one item: every
#: model is also a target of its own, so its optional fields are fuzzed there, at the top.
FULL_DEPTH = 2
_model_cache: dict[tuple[type[Model], bool], st.SearchStrategy[dict[str, Any]]] = {}


def valid_json(conv: Converter, depth: int = 0) -> st.SearchStrategy[Any]:
    """JSON that ``conv`` accepts without a single deviation (never a top-level null).

    ``depth`` counts the objects and arrays around the value (see ``FULL_DEPTH``).
    """
    inner = depth + 1
    if isinstance(conv, ModelConverter):
        model, full = conv.model, depth < FULL_DEPTH
        if (model, full) not in _model_cache:
            _model_cache[model, full] = st.deferred(lambda: _model_json(model, inner, full))
        return _model_cache[model, full]
    if isinstance(conv, ListConverter):
        return st.lists(valid_json(conv.items, inner), max_size=2 if depth < FULL_DEPTH else 1)
    if isinstance(conv, MapConverter):
        values = valid_json(conv.values, inner)
        return st.dictionaries(_KEYS, st.none() | values if null_allowed(conv) else values, max_size=2)
    if isinstance(conv, UnionConverter):
        return st.one_of([valid_json(branch, depth) for branch in conv.branches])
    if isinstance(conv, EnumConverter):
        return st.sampled_from([member.value for member in conv.enum_type])
    if isinstance(conv, DateTimeConverter):
        return _DATETIMES
    if isinstance(conv, DateConverter):
        return _DATES
    if isinstance(conv, PrimitiveConverter):
        return _primitive(conv)
    if isinstance(conv, AnyConverter):
        return ANY_NON_NULL
    raise TypeError(f"no strategy for converter {type(conv).__name__}: teach jsonfuzz about it")


def null_allowed(container: ListConverter | MapConverter) -> bool:
    """Whether the library accepts null as an item of this array or a value of this map."""
    probe: Any = [None] if isinstance(container, ListConverter) else {"k": None}
    return not check_value(container, probe, "")


def _primitive(conv: PrimitiveConverter) -> st.SearchStrategy[Any]:
    if conv.types == (bool,):
        return st.booleans()
    if conv.types == (int,):
        return _INTEGERS
    if conv.types == (str,):
        return _TEXT
    if set(conv.types) == {int, float}:
        return _NUMBERS
    raise TypeError(f"no strategy for primitive {conv.name}")


def _field_json(field_: Field[Any], depth: int) -> st.SearchStrategy[Any]:
    value = valid_json(field_.conv, depth)
    return st.none() | value if field_.nullable else value


def _model_json(model: type[Model], depth: int, full: bool) -> st.SearchStrategy[dict[str, Any]]:
    """An object for ``model`` whose fields are at ``depth``; ``full``: optional fields and extras too."""
    fields = model._fields_.values()
    required = [(f.key, _field_json(f, depth)) for f in fields if f.required]
    optional = [(f.key, _field_json(f, depth)) for f in fields if not f.required] if full else []
    # Which optional fields are present: one choice (a bit mask) rather than one per field.
    present = st.integers(0, 2 ** len(optional) - 1)
    extra_conv = model._additional_
    extras = None
    if extra_conv is not None and full:
        keys = [k for k in KEYS if k not in model._keys_]
        extras = st.dictionaries(st.sampled_from(keys), st.none() | valid_json(extra_conv, depth), max_size=2)

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        doc: dict[str, Any] = draw(extras) if extras is not None else {}
        for key, value in required:
            doc[key] = draw(value)
        mask = draw(present) if optional else 0
        for index, (key, value) in enumerate(optional):
            if mask >> index & 1:
                doc[key] = draw(value)
        return doc

    return build()


# --------------------------------------------------------------------------- where a document can break


@dataclass(frozen=True)
class Site:
    """One value inside a document and what the schema says about it."""

    path: Path
    conv: Converter
    #: How the value is held: "root", "field", "extra" (a key the model does not declare), "item", "entry".
    held_as: str
    #: A model field the schema requires.
    required: bool = False
    #: Under a oneOf: a change may make another branch fit, so the outcome is not known in advance.
    in_union: bool = False
    #: Inside a value whose schema is "anything": every change is still valid.
    in_any: bool = False
    #: Whether null is allowed in this place.
    null_ok: bool = False


def sites(conv: Converter, doc: Any) -> list[Site]:
    """Every place in ``doc`` (depth first), with the converter that describes it."""
    out: list[Site] = []
    _walk(conv, doc, Site((), conv, "root"), out)
    return out


def _walk(conv: Converter, value: Any, site: Site, out: list[Site]) -> None:
    out.append(site)
    if value is None:
        return
    if isinstance(conv, UnionConverter):
        branch = _fitting_branch(conv, value)
        if branch is not None:
            inner: list[Site] = []
            _walk(branch, value, replace(site, conv=branch, in_union=True), inner)
            out.extend(inner[1:])  # the union's own site already stands for this value
        return
    inherited = {"in_union": site.in_union, "in_any": site.in_any}
    pairs: list[tuple[str | int, Any]]
    if isinstance(conv, ModelConverter) and isinstance(value, dict):
        model = conv.model
        for field_ in model._fields_.values():
            if field_.key in value:
                path = (*site.path, field_.key)
                held = Site(path, field_.conv, "field", field_.required, **inherited, null_ok=field_.nullable)
                _walk(field_.conv, value[field_.key], held, out)
        extra_conv = model._additional_ or AnyConverter()
        extra_any = site.in_any or isinstance(extra_conv, AnyConverter)
        for key in sorted(value.keys() - model._keys_):
            extra = Site((*site.path, key), extra_conv, "extra", False, site.in_union, extra_any, True)
            _walk(extra_conv, value[key], extra, out)
        return
    if isinstance(conv, ListConverter) and isinstance(value, list):
        held_as, inner_conv, pairs = "item", conv.items, list(enumerate(value))
        null_ok = null_allowed(conv)
    elif isinstance(conv, MapConverter) and isinstance(value, dict):
        held_as, inner_conv, pairs = "entry", conv.values, list(value.items())
        null_ok = null_allowed(conv)
    elif isinstance(conv, AnyConverter) and isinstance(value, (dict, list)):
        held_as, inner_conv, null_ok = "entry", conv, True
        pairs = list(value.items()) if isinstance(value, dict) else list(enumerate(value))
        inherited["in_any"] = True
    else:
        return  # a leaf
    for key, item in pairs:
        held = Site((*site.path, key), inner_conv, held_as, False, **inherited, null_ok=null_ok)
        _walk(inner_conv, item, held, out)


def _fitting_branch(conv: UnionConverter, value: Any) -> Converter | None:
    for branch in conv.branches:
        if not check_value(branch, value, ""):
            return branch
    return None


def render(root: str, path: Path) -> str:
    """A path in the library's notation: ``Pipeline.trigger.actor``, ``list[Job][2].name``."""
    return root + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


# --------------------------------------------------------------------------- mutations

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"
_COUNTS = st.integers(1, 3)
_DEPTHS = st.sampled_from((2, 20, 150))
_SHAPES = st.sampled_from(("list", "dict"))
_HUGE_CHARS = st.sampled_from(("x", "é", "😀", "\x00", "\\", '"'))
_EXTRA_KEYS = (*KEYS, "k" * 50_000)
_index_strategies: dict[int, st.SearchStrategy[int]] = {}


def pick(draw: Draw, options: list[Any] | tuple[Any, ...]) -> Any:
    """One of ``options``, drawn as a single integer.

    Cheaper than ``st.sampled_from(options)`` for a list built per example: hypothesis builds and
    validates a new strategy for every ``sampled_from`` call.
    """
    count = len(options)
    if count not in _index_strategies:
        _index_strategies[count] = st.integers(0, count - 1)
    return options[draw(_index_strategies[count])]


#: Characters repeated into huge strings (test_models also sends one of several megabytes).
_HUGE_SIZES = st.sampled_from((20_000, 20_000, 100_000))
KINDS = ("wrong_type", "missing", "null", "unknown_enum", "extra_field", "deep_junk", "huge_string")
#: Placeholder for deeply nested junk: spliced in as text after ``json.dumps`` (which would recurse).
DEEP_MARK = "\x00deep:{depth}:{shape}\x00"


@dataclass
class Mutation:
    """One change to a document, and what strict and lenient parsing must make of it."""

    kind: str
    site: Site
    #: The new raw value (None for "missing"; a ``DEEP_MARK`` string for deep junk).
    value: Any = None
    #: For "extra_field": the key added to the object at ``site``.
    key: str | None = None
    expect: str = UNKNOWN
    #: Where strict mode must report the problem when ``expect == FAIL``.
    fail_path: Path = ()

    @property
    def path(self) -> Path:
        return (*self.site.path, self.key) if self.key is not None else self.site.path


def _json_type_ok(conv: Converter, value: Any) -> bool:
    """Whether ``value`` has a JSON type ``conv`` could accept (the content may still be wrong)."""
    if isinstance(conv, (ModelConverter, MapConverter)):
        return isinstance(value, dict)
    if isinstance(conv, ListConverter):
        return isinstance(value, list)
    if isinstance(conv, (EnumConverter, DateTimeConverter, DateConverter)):
        return isinstance(value, str)
    if isinstance(conv, PrimitiveConverter):
        return not (isinstance(value, bool) and bool not in conv.types) and isinstance(value, conv.types)
    return True


_WRONG: dict[str, st.SearchStrategy[Any]] = {
    "boolean": st.booleans(),
    "integer": st.sampled_from((0, 7, -(2**80))),
    "number": st.sampled_from((0.5, -1e300)),
    "string": _TEXT,
    "array": st.sampled_from(([], [1], [None, {}])),
    "object": st.sampled_from(({}, {"k": 1}, {"id": None})),
}


_wrong_cache: dict[frozenset[str], st.SearchStrategy[Any]] = {}


def _wrong_value(conv: Converter) -> st.SearchStrategy[Any]:
    """A non-null value of a JSON type ``conv`` does not accept (any type for oneOf and "anything")."""
    if isinstance(conv, (ModelConverter, MapConverter)):
        accepted = {"object"}
    elif isinstance(conv, ListConverter):
        accepted = {"array"}
    elif isinstance(conv, (EnumConverter, DateTimeConverter, DateConverter)):
        accepted = {"string"}
    elif isinstance(conv, PrimitiveConverter):
        accepted = {conv.name} | ({"integer"} if conv.name == "number" else set())
    else:
        accepted = set()
    key = frozenset(accepted)
    if key not in _wrong_cache:
        _wrong_cache[key] = st.one_of([strategy for name, strategy in _WRONG.items() if name not in accepted])
    return _wrong_cache[key]


def _expect(site: Site, kind: str) -> str:
    """PASS or FAIL for a change to a value outside any oneOf (``in_union`` is handled by the caller)."""
    if site.in_any:
        return PASS
    conv = site.conv
    if kind == "missing":
        return FAIL if site.required else PASS
    if kind == "null":
        return PASS if site.null_ok else FAIL
    if kind in ("wrong_type", "deep_junk"):
        return PASS if isinstance(conv, AnyConverter) else FAIL
    if kind == "huge_string":
        text_ok = isinstance(conv, PrimitiveConverter) and conv.types == (str,)
        return PASS if text_ok or isinstance(conv, AnyConverter) else FAIL
    return FAIL  # unknown enum values


def draw_mutations(draw: Draw, doc_sites: list[Site]) -> list[Mutation]:
    """One to three changes at places none of which contains another.

    ``draw`` is hypothesis's ``data.draw`` (a plain function rather than a composite strategy:
    hypothesis inspects the source of every composite it builds, far too slow per example).
    """
    chosen: list[Mutation] = []
    for _ in range(draw(_COUNTS)):
        free = [s for s in doc_sites if not any(_nested(s.path, m.site.path) for m in chosen)]
        if not free:
            break
        chosen.append(_draw_mutation(draw, pick(draw, free)))
    return chosen


def _nested(a: Path, b: Path) -> bool:
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _usable_kinds(site: Site) -> list[str]:
    kinds = ["wrong_type", "null", "deep_junk", "huge_string"]
    if site.held_as in ("field", "extra", "entry") and site.path and not site.in_any:
        kinds.append("missing")
    if isinstance(site.conv, EnumConverter):
        kinds.append("unknown_enum")
    if isinstance(site.conv, ModelConverter):
        kinds.append("extra_field")
    if isinstance(site.conv, AnyConverter) and site.held_as == "field":
        kinds.remove("wrong_type")  # every type is right for "anything"
    return kinds


def _draw_mutation(draw: Draw, site: Site) -> Mutation:
    kind = pick(draw, _usable_kinds(site))
    mutation = Mutation(kind, site)
    if kind == "wrong_type":
        mutation.value = draw(_wrong_value(site.conv))
    elif kind == "unknown_enum":
        known = {member.value for member in site.conv.enum_type}  # type: ignore[attr-defined]
        unknown = [t for t in (*TEXTS, *(k.upper() for k in known), "paused") if t not in known]
        mutation.value = pick(draw, unknown)
    elif kind == "deep_junk":
        mutation.value = DEEP_MARK.format(depth=draw(_DEPTHS), shape=draw(_SHAPES))
    elif kind == "huge_string":
        size = draw(_HUGE_SIZES)
        mutation.value = draw(_HUGE_CHARS) * size
    elif kind == "extra_field":
        model = site.conv.model  # type: ignore[attr-defined]
        mutation.key = pick(draw, [k for k in _EXTRA_KEYS if k not in model._keys_])
        mutation.value = draw(ANY_NON_NULL)
    mutation.expect, mutation.fail_path = _outcome(mutation)
    return mutation


def _outcome(mutation: Mutation) -> tuple[str, Path]:
    site = mutation.site
    if site.in_union or (isinstance(site.conv, UnionConverter) and mutation.kind not in ("null", "missing")):
        return UNKNOWN, ()
    if mutation.kind == "extra_field":
        model = site.conv.model  # type: ignore[attr-defined]
        if site.in_any or model._additional_ is not None:
            return (
                (PASS, ()) if site.in_any or isinstance(model._additional_, AnyConverter) else (UNKNOWN, ())
            )
        return FAIL, mutation.path
    if mutation.kind == "deep_junk" and not site.in_any and not isinstance(site.conv, AnyConverter):
        # A nested list where a list is expected fails one level down, a nested object where an
        # object is expected fails at whichever key the schema does not allow: near, not at, the site.
        return UNKNOWN, ()
    expect = _expect(site, mutation.kind)
    return expect, site.path if expect == FAIL else ()


def apply(doc: Any, changes: list[Mutation]) -> bytes:
    """``doc`` with every change made, as the bytes a server would send (``doc`` is not modified)."""
    result = json.loads(json.dumps(doc))
    for change in changes:
        if not change.site.path and change.kind != "extra_field":
            result = change.value if change.kind != "missing" else None
            continue
        parent = result
        for part in change.site.path[:-1] if change.kind != "extra_field" else change.site.path:
            parent = parent[part]
        if change.kind == "extra_field":
            parent[change.key] = change.value
        elif change.kind == "missing":
            del parent[change.site.path[-1]]
        else:
            parent[change.site.path[-1]] = change.value
    text = json.dumps(result)
    for change in changes:
        if change.kind == "deep_junk":
            depth, shape = change.value.split(":")[1:3]
            nest = (
                ("[" * int(depth), "]" * int(depth))
                if shape == "list"
                else ('{"a":' * int(depth), "}" * int(depth))
            )
            text = text.replace(json.dumps(change.value), f"{nest[0]}1{nest[1]}", 1)
    return text.encode()


# --------------------------------------------------------------------------- checking parsed values


def assert_loaded(conv: Converter, raw: Any, loaded: Any, where: str) -> None:
    """``loaded`` is what a valid ``raw`` must become: declared types all the way down."""
    if isinstance(conv, UnionConverter):
        branch = _fitting_branch(conv, raw)
        assert branch is not None, f"{where}: valid value fits no branch"
        assert_loaded(branch, raw, loaded, where)
    elif isinstance(conv, ModelConverter):
        model = conv.model
        assert isinstance(loaded, model), f"{where}: {type(loaded).__name__} is not {model.__name__}"
        for name, field_ in model._fields_.items():
            value = getattr(loaded, name)
            item = raw.get(field_.key)
            if item is None:
                assert value is None, f"{where}.{field_.key}: expected None, got {value!r}"
            else:
                assert_loaded(field_.conv, item, value, f"{where}.{field_.key}")
        assert loaded.additional_properties == {k: v for k, v in raw.items() if k not in model._keys_}
    elif isinstance(conv, ListConverter):
        assert isinstance(loaded, list), where
        assert len(loaded) == len(raw), where
        for index, (item, value) in enumerate(zip(raw, loaded, strict=True)):
            assert_loaded(conv.items, item, value, f"{where}[{index}]")
    elif isinstance(conv, MapConverter):
        assert isinstance(loaded, dict), where
        assert loaded.keys() == raw.keys(), where
        for key, item in raw.items():
            if item is None:
                assert loaded[key] is None, where
            else:
                assert_loaded(conv.values, item, loaded[key], f"{where}.{key}")
    elif isinstance(conv, EnumConverter):
        assert isinstance(loaded, conv.enum_type), where
        assert loaded.is_known, where
        assert loaded.value == raw, where
    elif isinstance(conv, DateTimeConverter):
        assert isinstance(loaded, dt.datetime), where
        assert loaded.tzinfo is not None, where
        assert loaded == dt.datetime.fromisoformat(raw), where
    elif isinstance(conv, DateConverter):
        assert loaded == dt.date.fromisoformat(raw), where
    else:
        assert loaded == raw, f"{where}: {loaded!r} != {raw!r}"
        assert type(loaded) is type(raw), f"{where}: {type(loaded).__name__} is not {type(raw).__name__}"


def loaded_at(conv: Converter, loaded: Any, path: Path) -> Any:
    """The parsed value at ``path``, reached through the public surface (attributes, items)."""
    for part in path:
        if isinstance(conv, ModelConverter):
            model = conv.model
            assert isinstance(loaded, model), f"{part!r}: {type(loaded).__name__} is not {model.__name__}"
            by_key = {f.key: (name, f) for name, f in model._fields_.items()}
            if part in by_key:
                name, field_ = by_key[str(part)]
                loaded, conv = getattr(loaded, name), field_.conv
            else:
                loaded, conv = loaded[str(part)], AnyConverter()
        elif isinstance(conv, (ListConverter, MapConverter)):
            loaded = loaded[part]
            conv = conv.items if isinstance(conv, ListConverter) else conv.values
        else:
            loaded = loaded[part]
    return loaded


def read_everything(value: Any) -> None:
    """Touch every attribute of every model inside ``value``, and the renderings of the outermost.

    ``repr`` and ``to_dict`` of a model cover the models inside it.
    """
    from circleci_api._models import iter_models

    for model in iter_models(value):
        for name in model._fields_:
            item = getattr(model, name)
            if isinstance(item, OpenEnum):
                _ = (item.value, item.name, item.is_known, str(item))
            elif isinstance(item, enum.Enum):  # pragma: no cover - every generated enum is open
                raise AssertionError(f"{type(item).__name__} is not an OpenEnum")
        _ = model.additional_properties
    repr(value)
    for model in value if isinstance(value, list) else [value]:
        if isinstance(model, Model):
            # to_dict() is the attributes as JSON (values kept as sent stay as sent); it serialises
            # and parses back leniently to an equal model.
            json.dumps(model.to_dict())
            assert type(model).from_dict(model.to_dict()) == type(model).from_dict(model.to_dict())
            assert model == copy.copy(model)


__all__ = [
    "ANY_JSON",
    "FAIL",
    "KINDS",
    "PASS",
    "UNKNOWN",
    "Mutation",
    "Site",
    "Target",
    "apply",
    "assert_loaded",
    "draw_mutations",
    "loaded_at",
    "read_everything",
    "render",
    "response_targets",
    "sites",
    "valid_json",
]
