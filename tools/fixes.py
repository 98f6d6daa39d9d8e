"""Apply the spec corrections in ``openapi/fixes/`` to the vendored OpenAPI document.

Every fix is a JSON file with a ``reason`` and one kind of change:

``patch``
    A list of JSON-pointer operations (``add``, ``replace``, ``remove``, ``merge``, ``rename``,
    ``test``).  A pointer is absolute (``/components/schemas/...``) unless the operation names an
    ``operation`` (an operationId), in which case it is relative to that operation object.
``transform``
    The name of a generic, whole-document correction implemented below (``TRANSFORMS``), with
    optional arguments.

Fixes are applied in file-name order.  A fix whose target no longer exists fails the build with the
fix's name and the pointer, so a spec update that makes a fix stale is noticed, not silently skipped.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JSON = Any
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class FixError(Exception):
    """A fix could not be applied; the message names the fix and what was wrong."""


@dataclass(frozen=True)
class Fix:
    """One correction, as read from a file in ``openapi/fixes/``."""

    name: str
    reason: str
    patch: list[dict[str, Any]] = field(default_factory=list)
    transform: str | None = None
    args: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Fix:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise FixError(f"{path.name}: cannot read fix: {exc}") from exc
        if not isinstance(data, dict):
            raise FixError(f"{path.name}: a fix must be a JSON object")
        reason = data.get("reason")
        if not isinstance(reason, str) or len(reason.strip()) < 20:
            raise FixError(f"{path.name}: every fix needs a 'reason' that explains the real-world problem")
        patch = data.get("patch", [])
        transform = data.get("transform")
        if bool(patch) == bool(transform):
            raise FixError(f"{path.name}: give exactly one of 'patch' or 'transform'")
        if not isinstance(patch, list) or not all(isinstance(op, dict) for op in patch):
            raise FixError(f"{path.name}: 'patch' must be a list of operation objects")
        if transform is not None and transform not in TRANSFORMS:
            raise FixError(f"{path.name}: unknown transform {transform!r}; known: {sorted(TRANSFORMS)}")
        args = data.get("args", {})
        if not isinstance(args, dict):
            raise FixError(f"{path.name}: 'args' must be an object")
        return cls(name=path.stem, reason=reason, patch=patch, transform=transform, args=args)


def load_fixes(directory: Path) -> list[Fix]:
    """All fixes in ``directory``, in the order they are applied."""
    return [Fix.load(path) for path in sorted(directory.glob("*.json"))]


def apply_fixes(spec: JSON, fixes: list[Fix], *, skip: frozenset[str] = frozenset()) -> JSON:
    """Return a corrected deep copy of ``spec``.  ``skip`` names fixes to leave out (for tests)."""
    doc = copy.deepcopy(spec)
    applied: list[str] = []
    for fix in fixes:
        if fix.name in skip:
            continue
        try:
            if fix.transform is not None:
                TRANSFORMS[fix.transform](doc, fix.args)
            else:
                for op in fix.patch:
                    _apply_operation(doc, op)
        except FixError as exc:
            raise FixError(f"fix {fix.name}: {exc}") from exc
        applied.append(fix.name)
    doc.setdefault("x-circleci-api-fixes", [])
    doc["x-circleci-api-fixes"] = applied
    return doc


# --------------------------------------------------------------------------- JSON pointers


def split_pointer(pointer: str) -> list[str]:
    """Split an RFC 6901 pointer into unescaped tokens."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise FixError(f"pointer {pointer!r} must start with '/'")
    return [token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/")]


def escape_token(token: str) -> str:
    """Escape one pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def _step(node: JSON, token: str, pointer: str) -> JSON:
    if isinstance(node, dict):
        if token not in node:
            raise FixError(f"{pointer}: no key {token!r}")
        return node[token]
    if isinstance(node, list):
        try:
            return node[int(token)]
        except (ValueError, IndexError) as exc:
            raise FixError(f"{pointer}: bad list index {token!r}") from exc
    raise FixError(f"{pointer}: cannot descend into a {type(node).__name__}")


def resolve_pointer(doc: JSON, pointer: str) -> JSON:
    """The value at ``pointer``; raises FixError if it does not exist."""
    node = doc
    for token in split_pointer(pointer):
        node = _step(node, token, pointer)
    return node


def find_operation(doc: JSON, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation object) for an operationId."""
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise FixError(f"no operation with operationId {operation_id!r}")


def _apply_operation(doc: JSON, op: dict[str, Any]) -> None:
    kind = op.get("op")
    pointer = op.get("path")
    if not isinstance(pointer, str):
        raise FixError(f"operation {op!r} has no 'path'")
    root: JSON = doc
    if "operation" in op:
        _, _, root = find_operation(doc, str(op["operation"]))
    tokens = split_pointer(pointer)
    if kind == "test":
        actual = resolve_pointer(root, pointer)
        if actual != op.get("value"):
            raise FixError(f"{pointer}: expected {op.get('value')!r}, found {actual!r}")
        return
    if not tokens:
        raise FixError("cannot replace the document root")
    parent_pointer = "/" + "/".join(escape_token(t) for t in tokens[:-1]) if tokens[:-1] else ""
    try:
        parent = resolve_pointer(root, parent_pointer)
    except FixError as exc:
        raise FixError(f"{pointer}: parent not found ({exc})") from None
    last = tokens[-1]
    if kind == "add":
        _require("value", op)
        if isinstance(parent, list):
            parent.insert(len(parent) if last == "-" else int(last), copy.deepcopy(op["value"]))
        elif isinstance(parent, dict):
            if last in parent:
                raise FixError(f"{pointer}: already exists; use 'replace' or 'merge'")
            parent[last] = copy.deepcopy(op["value"])
        else:
            raise FixError(f"{pointer}: parent is not a container")
    elif kind == "replace":
        _require("value", op)
        _step(parent, last, pointer)
        if isinstance(parent, list):
            parent[int(last)] = copy.deepcopy(op["value"])
        else:
            parent[last] = copy.deepcopy(op["value"])
    elif kind == "remove":
        _step(parent, last, pointer)
        del parent[int(last) if isinstance(parent, list) else last]
    elif kind == "merge":
        _require("value", op)
        target = _step(parent, last, pointer)
        if not isinstance(target, dict) or not isinstance(op["value"], dict):
            raise FixError(f"{pointer}: 'merge' needs an object target and value")
        target.update(copy.deepcopy(op["value"]))
    elif kind == "rename":
        new = op.get("to")
        if not isinstance(new, str) or not isinstance(parent, dict):
            raise FixError(f"{pointer}: 'rename' needs an object parent and a 'to' key")
        value = _step(parent, last, pointer)
        if new in parent:
            raise FixError(f"{pointer}: cannot rename to {new!r}, which exists")
        items = [(new if k == last else k, value if k == last else v) for k, v in parent.items()]
        parent.clear()
        parent.update(items)
    else:
        raise FixError(f"unknown operation {kind!r}")


def _require(key: str, op: dict[str, Any]) -> None:
    if key not in op:
        raise FixError(f"operation {op.get('op')!r} at {op.get('path')!r} needs {key!r}")


# --------------------------------------------------------------------------- schema walking


def iter_schemas(doc: JSON) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object in the document, with its pointer (parents before children)."""
    seen: set[int] = set()

    def schema(node: JSON, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if not isinstance(node, dict) or id(node) in seen or "$ref" in node:
            return
        seen.add(id(node))
        yield pointer, node
        for key, value in (node.get("properties") or {}).items():
            yield from schema(value, f"{pointer}/properties/{escape_token(key)}")
        for key in ("items", "not"):
            if key in node:
                yield from schema(node[key], f"{pointer}/{key}")
        if isinstance(node.get("additionalProperties"), dict):
            yield from schema(node["additionalProperties"], f"{pointer}/additionalProperties")
        for key in ("oneOf", "anyOf", "allOf"):
            for index, value in enumerate(node.get(key) or []):
                yield from schema(value, f"{pointer}/{key}/{index}")

    def content(node: JSON, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for media, media_obj in (node.get("content") or {}).items():
            if isinstance(media_obj, dict) and "schema" in media_obj:
                yield from schema(media_obj["schema"], f"{pointer}/content/{escape_token(media)}/schema")

    def parameter(node: JSON, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if isinstance(node, dict) and "schema" in node:
            yield from schema(node["schema"], f"{pointer}/schema")

    components = doc.get("components", {})
    for name, value in components.get("schemas", {}).items():
        yield from schema(value, f"/components/schemas/{escape_token(name)}")
    for name, value in components.get("parameters", {}).items():
        yield from parameter(value, f"/components/parameters/{escape_token(name)}")
    for section in ("responses", "requestBodies"):
        for name, value in components.get(section, {}).items():
            yield from content(value, f"/components/{section}/{escape_token(name)}")
    for path, item in doc.get("paths", {}).items():
        base = f"/paths/{escape_token(path)}"
        for index, param in enumerate(item.get("parameters") or []):
            yield from parameter(param, f"{base}/parameters/{index}")
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            opp = f"{base}/{method}"
            for index, param in enumerate(op.get("parameters") or []):
                yield from parameter(param, f"{opp}/parameters/{index}")
            if isinstance(op.get("requestBody"), dict):
                yield from content(op["requestBody"], f"{opp}/requestBody")
            for code, response in (op.get("responses") or {}).items():
                if isinstance(response, dict):
                    yield from content(response, f"{opp}/responses/{escape_token(code)}")


# --------------------------------------------------------------------------- transforms


def transform_x_nullable(doc: JSON, args: dict[str, Any]) -> None:
    """Turn every Swagger-2 ``x-nullable: true`` into OpenAPI 3's ``nullable: true``."""
    count = 0
    for _, node in iter_schemas(doc):
        if "x-nullable" in node:
            if node.pop("x-nullable") is True:
                node["nullable"] = True
            count += 1
    _expect_count(args, count, "x-nullable properties")


def transform_object_type(doc: JSON, args: dict[str, Any]) -> None:
    """Give ``type: object`` to schemas that list properties but no type."""
    count = 0
    for _, node in iter_schemas(doc):
        if "properties" in node and "type" not in node and not any(k in node for k in ("oneOf", "anyOf")):
            node["type"] = "object"
            count += 1
    _expect_count(args, count, "untyped object schemas")


def transform_misplaced_additional_properties(doc: JSON, args: dict[str, Any]) -> None:
    """Remove ``additionalProperties`` from schemas that are not objects (arrays, strings)."""
    count = 0
    for _, node in iter_schemas(doc):
        kind = node.get("type")
        if "additionalProperties" in node and kind is not None and kind != "object":
            del node["additionalProperties"]
            count += 1
    _expect_count(args, count, "misplaced additionalProperties")


def transform_merge_scalar_allof(doc: JSON, args: dict[str, Any]) -> None:
    """Collapse ``allOf`` lists whose members are all plain scalar schemas of one type into one schema."""
    count = 0
    for _, node in iter_schemas(doc):
        members = node.get("allOf")
        if not isinstance(members, list) or not members:
            continue
        if not all(isinstance(m, dict) and "$ref" not in m and "properties" not in m for m in members):
            continue
        types = {m.get("type") for m in members}
        if len(types) != 1 or types == {None} or types & {"object", "array"}:
            continue
        merged: dict[str, Any] = {}
        for member in members:
            merged.update(member)
        del node["allOf"]
        node.update(merged)
        count += 1
    _expect_count(args, count, "scalar allOf lists")


PAGE_TOKEN_REF = {"$ref": "#/components/parameters/page_token"}


def _has_next_page_token(doc: JSON, op: dict[str, Any]) -> bool:
    for code, response in (op.get("responses") or {}).items():
        if not str(code).startswith("2") or not isinstance(response, dict):
            continue
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        while isinstance(schema, dict) and "$ref" in schema:
            schema = resolve_pointer(doc, schema["$ref"][1:])
        if isinstance(schema, dict) and "next_page_token" in (schema.get("properties") or {}):
            return True
    return False


def transform_page_token(doc: JSON, args: dict[str, Any]) -> None:
    """Declare the ``page-token`` query parameter on list operations whose responses carry next_page_token."""
    operations = args.get("operations")
    if not isinstance(operations, list) or not operations:
        raise FixError("'operations' must be a non-empty list of operationIds")
    resolve_pointer(doc, PAGE_TOKEN_REF["$ref"][1:])
    for operation_id in operations:
        path, _, op = find_operation(doc, str(operation_id))
        if not _has_next_page_token(doc, op):
            raise FixError(f"{operation_id}: its response has no next_page_token; is this fix still needed?")
        declared = [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
        names = {(resolve_pointer(doc, p["$ref"][1:]) if "$ref" in p else p).get("name") for p in declared}
        if "page-token" in names:
            raise FixError(f"{operation_id} already declares page-token; remove it from this fix")
        op.setdefault("parameters", []).append(dict(PAGE_TOKEN_REF))


ALIASES_KEY = "x-circleci-api-aliases"


def transform_respell_properties(doc: JSON, args: dict[str, Any]) -> None:
    """Rename property keys to the spelling the API really sends, keeping the documented one as an alias.

    ``args.targets`` is a list of ``{"operation": opId (optional), "path": pointer to an object schema,
    "keys": {"documented-key": "sent_key", ...} or "snake_case"}``.  Renamed properties keep their
    position, ``required`` is updated, and the old key goes to ``x-circleci-api-aliases`` so the
    models accept both spellings.
    """
    targets = args.get("targets")
    if not isinstance(targets, list) or not targets:
        raise FixError("'targets' must be a non-empty list")
    for target in targets:
        root: JSON = doc
        if "operation" in target:
            _, _, root = find_operation(doc, str(target["operation"]))
        schema = resolve_pointer(root, str(target["path"]))
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict):
            raise FixError(f"{target['path']}: not an object schema with properties")
        keys = target.get("keys")
        if keys == "snake_case":
            mapping = {key: key.replace("-", "_") for key in props if "-" in key}
        elif isinstance(keys, dict):
            mapping = {str(k): str(v) for k, v in keys.items()}
        else:
            raise FixError(f"{target['path']}: 'keys' must be a mapping or 'snake_case'")
        if not mapping:
            raise FixError(f"{target['path']}: nothing to respell; is this fix still needed?")
        for old in mapping:
            if old not in props:
                raise FixError(f"{target['path']}: no property {old!r}")
        renamed: dict[str, Any] = {}
        for key, value in props.items():
            if key in mapping:
                respelled = dict(value)
                respelled[ALIASES_KEY] = [*value.get(ALIASES_KEY, []), key]
                renamed[mapping[key]] = respelled
            else:
                renamed[key] = value
        schema["properties"] = renamed
        if isinstance(schema.get("required"), list):
            schema["required"] = [mapping.get(key, key) for key in schema["required"]]


def _expect_count(args: dict[str, Any], count: int, what: str) -> None:
    """Fail when the spec changed so much that a transform no longer matches what it was written for."""
    minimum = args.get("min_count", 1)
    if count < minimum:
        raise FixError(f"expected at least {minimum} {what}, found {count}; is this fix still needed?")


TRANSFORMS: dict[str, Callable[[JSON, dict[str, Any]], None]] = {
    "x-nullable-to-nullable": transform_x_nullable,
    "infer-object-type": transform_object_type,
    "drop-misplaced-additional-properties": transform_misplaced_additional_properties,
    "respell-properties": transform_respell_properties,
    "merge-scalar-allof": transform_merge_scalar_allof,
    "declare-page-token": transform_page_token,
}


def register_transform(name: str) -> Callable[[Callable[[JSON, dict[str, Any]], None]], Any]:
    """Decorator used by other tool modules to add a transform."""

    def decorate(func: Callable[[JSON, dict[str, Any]], None]) -> Callable[[JSON, dict[str, Any]], None]:
        TRANSFORMS[name] = func
        return func

    return decorate


def pascal_case(text: str) -> str:
    """``context_project_restrictions-list`` -> ``ContextProjectRestrictionsList``."""
    words = re.split(r"[^0-9A-Za-z]+", text)
    out = []
    for word in words:
        if not word:
            continue
        out.append(word[0].upper() + word[1:])
    return "".join(out)
