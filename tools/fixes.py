"""Apply the spec corrections in ``openapi/fixes/`` to the vendored OpenAPI document.

Every fix is a JSON file with a ``reason`` and one kind of change:

``patch``
    A list of JSON-pointer operations (``add``, ``replace``, ``remove``, ``merge``, ``rename``,
    ``test``).  A pointer is absolute (``/components/schemas/...``) unless the operation names an
    ``operation`` (an operationId), in which case it is relative to that operation object.
``transform``
    The name of a generic, whole-document correction implemented below (``TRANSFORMS``), with
    optional arguments.

Fixes are applied in file-name order.  Every fix names what it targets: JSON pointers (``patch``),
operationIds and pointers (``declare-page-token``, ``respell-properties``, ``carry-operation``), or a
rule over the whole document (``x-nullable-to-nullable`` ...).  Each target is checked where the fix
points: a ``test`` whose value no longer matches skips the operations it guards, a pointer or operation
that no longer exists is skipped.  Either is recorded as a *stale* target in the fix's
:class:`FixOutcome`; a fix that changed nothing at all is *obsolete*.  Neither stops the build:
``make check-fixes`` and the update's change report list them so a maintainer can prune the fix.
A fix that is malformed, or whose change cannot be made where it points (adding a key that exists,
renaming onto a taken name), still fails the build with the fix's name and the pointer.
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


class StaleTarget(FixError):
    """What a fix points at is not (or no longer) in the document: the fix does not apply there."""


@dataclass
class FixOutcome:
    """What one fix did to the document: how many places it changed, and which targets were stale."""

    name: str
    applied: int = 0
    stale: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. schemas named automatically

    @property
    def obsolete(self) -> bool:
        """True when the fix changed nothing: it no longer applies anywhere and can be pruned."""
        return self.applied == 0

    def describe(self) -> str:
        """One line for reports: ``010-x-nullable: applied at 97 places`` or ``...: obsolete (...)``."""
        if self.obsolete:
            why = "; ".join(self.stale) or "nothing in the document matches it"
            return f"{self.name}: obsolete, applies nowhere ({why})"
        text = f"{self.name}: applied at {self.applied} place{'s' if self.applied != 1 else ''}"
        if self.stale:
            text += f"; stale targets: {'; '.join(self.stale)}"
        return text


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


def apply_fixes(
    spec: JSON,
    fixes: list[Fix],
    *,
    skip: frozenset[str] = frozenset(),
    outcomes: list[FixOutcome] | None = None,
) -> JSON:
    """Return a corrected deep copy of ``spec``.  ``skip`` names fixes to leave out (for tests).

    ``outcomes``, when given, receives one :class:`FixOutcome` per fix applied or found obsolete.
    ``x-circleci-api-fixes`` in the result lists the fixes that changed something.
    """
    doc = copy.deepcopy(spec)
    applied: list[str] = []
    for fix in fixes:
        if fix.name in skip:
            continue
        outcome = FixOutcome(fix.name)
        try:
            if fix.transform is not None:
                TRANSFORMS[fix.transform](doc, fix.args, outcome)
            else:
                _apply_patch(doc, fix.patch, outcome)
        except FixError as exc:
            raise FixError(f"fix {fix.name}: {exc}") from exc
        if outcomes is not None:
            outcomes.append(outcome)
        if not outcome.obsolete:
            applied.append(fix.name)
    doc["x-circleci-api-fixes"] = applied
    return doc


def _apply_patch(doc: JSON, patch: list[dict[str, Any]], outcome: FixOutcome) -> None:
    """Apply patch operations.  A run of ``test`` operations guards the operations after it, up to the
    next test: if any test of the run fails, they are skipped (and the failure recorded as stale)."""
    guarded_off = False
    previous_was_test = False
    for op in patch:
        where = f"{op.get('operation', '')}{op.get('path', '')}"
        if op.get("op") == "test":
            if not previous_was_test:
                guarded_off = False  # a new run of tests guards the operations after it
            previous_was_test = True
            try:
                _apply_operation(doc, op)
            except StaleTarget as exc:
                guarded_off = True
                outcome.stale.append(f"{where}: {exc}")
            continue
        previous_was_test = False
        if guarded_off:
            continue
        try:
            _apply_operation(doc, op)
        except StaleTarget as exc:
            outcome.stale.append(f"{where}: {exc}")
            continue
        outcome.applied += 1


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
            raise StaleTarget(f"{pointer}: no key {token!r}")
        return node[token]
    if isinstance(node, list):
        try:
            return node[int(token)]
        except ValueError as exc:
            raise FixError(f"{pointer}: bad list index {token!r}") from exc
        except IndexError as exc:
            raise StaleTarget(f"{pointer}: no list index {token!r}") from exc
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
    raise StaleTarget(f"no operation with operationId {operation_id!r}")


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
            raise StaleTarget(f"{pointer}: expected {op.get('value')!r}, found {actual!r}")
        return
    if not tokens:
        if kind == "merge" and "operation" in op and isinstance(op.get("value"), dict):
            root.update(copy.deepcopy(op["value"]))  # merge into the operation object itself
            return
        raise FixError("cannot replace the document root")
    parent_pointer = "/" + "/".join(escape_token(t) for t in tokens[:-1]) if tokens[:-1] else ""
    try:
        parent = resolve_pointer(root, parent_pointer)
    except StaleTarget as exc:
        raise StaleTarget(f"{pointer}: parent not found ({exc})") from None
    last = tokens[-1]
    if kind == "add":
        _require("value", op)
        if isinstance(parent, list):
            parent.insert(len(parent) if last == "-" else int(last), copy.deepcopy(op["value"]))
        elif isinstance(parent, dict):
            if last in parent and parent[last] == op["value"]:
                raise StaleTarget(f"{pointer}: the document already has this value")
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


def transform_x_nullable(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Turn every Swagger-2 ``x-nullable: true`` into OpenAPI 3's ``nullable: true``."""
    count = 0
    for _, node in iter_schemas(doc):
        if "x-nullable" in node:
            if node.pop("x-nullable") is True:
                node["nullable"] = True
            count += 1
    outcome.applied += count


def transform_object_type(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Give ``type: object`` to schemas that list properties but no type."""
    count = 0
    for _, node in iter_schemas(doc):
        if "properties" in node and "type" not in node and not any(k in node for k in ("oneOf", "anyOf")):
            node["type"] = "object"
            count += 1
    outcome.applied += count


def transform_misplaced_additional_properties(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Remove ``additionalProperties`` from schemas that are not objects (arrays, strings)."""
    count = 0
    for _, node in iter_schemas(doc):
        kind = node.get("type")
        if "additionalProperties" in node and kind is not None and kind != "object":
            del node["additionalProperties"]
            count += 1
    outcome.applied += count


def transform_unwrap_single_ref_allof(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Replace ``{"allOf": [{"$ref": X}]}`` (nothing beside it) by ``{"$ref": X}``: the same schema."""
    for _, node in iter_schemas(doc):
        for key, value in list((node.get("properties") or {}).items()):
            if _single_ref_allof(value):
                node["properties"][key] = dict(value["allOf"][0])
                outcome.applied += 1
        for key in ("items", "additionalProperties"):
            if _single_ref_allof(node.get(key)):
                node[key] = dict(node[key]["allOf"][0])
                outcome.applied += 1


def _single_ref_allof(node: JSON) -> bool:
    if not isinstance(node, dict) or set(node) != {"allOf"} or not isinstance(node["allOf"], list):
        return False
    members = node["allOf"]
    return len(members) == 1 and isinstance(members[0], dict) and set(members[0]) == {"$ref"}


def transform_merge_scalar_allof(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
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
    outcome.applied += count


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


def transform_page_token(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Declare the ``page-token`` query parameter on list operations whose responses carry next_page_token.

    An operation that is gone, no longer returns ``next_page_token`` or now declares ``page-token``
    itself is a stale target of the fix.
    """
    operations = args.get("operations")
    if not isinstance(operations, list) or not operations:
        raise FixError("'operations' must be a non-empty list of operationIds")
    resolve_pointer(doc, PAGE_TOKEN_REF["$ref"][1:])
    for operation_id in operations:
        try:
            path, _, op = find_operation(doc, str(operation_id))
        except StaleTarget as exc:
            outcome.stale.append(str(exc))
            continue
        if not _has_next_page_token(doc, op):
            outcome.stale.append(f"{operation_id}: its response has no next_page_token")
            continue
        declared = [*doc["paths"][path].get("parameters", []), *op.get("parameters", [])]
        names = {(resolve_pointer(doc, p["$ref"][1:]) if "$ref" in p else p).get("name") for p in declared}
        if "page-token" in names:
            outcome.stale.append(f"{operation_id} already declares page-token")
            continue
        op.setdefault("parameters", []).append(dict(PAGE_TOKEN_REF))
        outcome.applied += 1


ALIASES_KEY = "x-circleci-api-aliases"


def transform_respell_properties(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Rename property keys to the spelling the API really sends, keeping the documented one as an alias.

    ``args.targets`` is a list of ``{"operation": opId (optional), "path": pointer to an object schema,
    "keys": {"documented-key": "sent_key", ...} or "snake_case"}``.  Renamed properties keep their
    position, ``required`` is updated, and the old key goes to ``x-circleci-api-aliases`` so the
    models accept both spellings.

    A target with ``"aliases": {"documented_key": "other-spelling", ...}`` instead keeps the
    documented keys and only adds the other spelling to ``x-circleci-api-aliases``: for keys the
    document has respelled while older servers still send the previous spelling.  Such a target is
    stale when a property is gone, or when its other spelling is a property or an alias already.
    """
    targets = args.get("targets")
    if not isinstance(targets, list) or not targets:
        raise FixError("'targets' must be a non-empty list")
    for target in targets:
        where = f"{target.get('operation', '')}{target.get('path', '')}"
        root: JSON = doc
        try:
            if "operation" in target:
                _, _, root = find_operation(doc, str(target["operation"]))
            schema = resolve_pointer(root, str(target["path"]))
        except StaleTarget as exc:
            outcome.stale.append(f"{where}: {exc}")
            continue
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict):
            outcome.stale.append(f"{where}: not an object schema with properties")
            continue
        if "aliases" in target:
            _add_aliases(props, target["aliases"], where, outcome)
            continue
        keys = target.get("keys")
        if keys == "snake_case":
            mapping = {key: key.replace("-", "_") for key in props if "-" in key}
        elif isinstance(keys, dict):
            mapping = {str(k): str(v) for k, v in keys.items()}
        else:
            raise FixError(f"{target['path']}: 'keys' must be a mapping or 'snake_case'")
        missing = [old for old in mapping if old not in props]
        if not mapping or missing:
            outcome.stale.append(
                f"{where}: no property {missing[0]!r}" if missing else f"{where}: nothing to respell"
            )
            continue
        outcome.applied += 1
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


def _add_aliases(props: dict[str, Any], aliases: Any, where: str, outcome: FixOutcome) -> None:
    """Add ``aliases`` (documented key -> other spelling) to ``props``, or record why it is stale."""
    if not isinstance(aliases, dict) or not aliases:
        raise FixError(f"{where}: 'aliases' must be a non-empty mapping of documented key to spelling")
    wanted = {str(k): str(v) for k, v in aliases.items()}
    for key, spelling in wanted.items():
        prop = props.get(key)
        if not isinstance(prop, dict):
            outcome.stale.append(f"{where}: no property {key!r}")
            return
        if spelling in props or spelling in prop.get(ALIASES_KEY, []):
            outcome.stale.append(f"{where}: {spelling!r} is already a property or an alias")
            return
    outcome.applied += 1
    for key, spelling in wanted.items():
        props[key] = {**props[key], ALIASES_KEY: [*props[key].get(ALIASES_KEY, []), spelling]}


REMOVED_KEY = "x-circleci-api-removed-from-document"
REPLACED_BY_KEY = "x-circleci-api-replaced-by"


def transform_carry_operation(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """Put back an operation CircleCI dropped from its document, as the previous document had it.

    ``args``: ``operation_id``, ``method``, ``path``, ``operation`` (the facts-only operation object
    copied from the previous vendored document), optionally ``path_parameters`` (the path item's
    shared parameters), ``components`` (JSON pointer -> value for components the operation refers
    to, added only where the document lacks them), ``replaced_by`` (an operationId), and ``evidence``
    (why the service still answers it).  The operation is marked ``deprecated`` and
    ``x-circleci-api-removed-from-document``, so the client warns when it is called.

    The fix is stale (and, carrying one operation, obsolete) when the document has the operation
    again; a different operation on the same method and path is an error.
    """
    for key in ("operation_id", "method", "path", "evidence"):
        if not isinstance(args.get(key), str) or not args[key]:
            raise FixError(f"carry-operation needs a non-empty string {key!r}")
    operation = args.get("operation")
    if not isinstance(operation, dict) or operation.get("operationId") != args["operation_id"]:
        raise FixError("'operation' must be the operation object whose operationId is 'operation_id'")
    method, path, operation_id = args["method"], args["path"], args["operation_id"]
    if method not in METHODS:
        raise FixError(f"{method!r} is not an HTTP method")
    try:
        find_operation(doc, operation_id)
    except StaleTarget:
        pass
    else:
        outcome.stale.append(f"{operation_id}: the document has this operation again")
        return
    item = doc.setdefault("paths", {}).setdefault(path, {})
    if method in item:
        raise FixError(
            f"{method.upper()} {path} is now {item[method].get('operationId')!r}; "
            f"cannot carry {operation_id} there"
        )
    shared = args.get("path_parameters")
    if shared and "parameters" not in item:
        item["parameters"] = copy.deepcopy(shared)
    for pointer, value in (args.get("components") or {}).items():
        tokens = split_pointer(pointer)
        if len(tokens) != 3 or tokens[0] != "components":
            raise FixError(f"{pointer}: carried components must be /components/<section>/<name>")
        section = doc.setdefault("components", {}).setdefault(tokens[1], {})
        section.setdefault(tokens[2], copy.deepcopy(value))
    carried = copy.deepcopy(operation)
    carried["deprecated"] = True
    carried[REMOVED_KEY] = True
    if isinstance(args.get("replaced_by"), str):
        carried[REPLACED_BY_KEY] = args["replaced_by"]
    item[method] = carried
    _check_refs(doc, carried, operation_id)
    outcome.applied += 1


def local_refs(node: JSON) -> list[str]:
    """Every ``$ref`` below ``node`` that points into this document (``#/...``), as written."""
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                found.append(ref)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _check_refs(doc: JSON, node: JSON, where: str) -> None:
    """Every local ``$ref`` below ``node`` must resolve (a carried operation must be whole)."""
    for ref in local_refs(node):
        try:
            resolve_pointer(doc, ref[1:])
        except FixError:
            raise FixError(f"{where}: {ref} does not resolve; carry it under 'components'") from None


Transform = Callable[[JSON, dict[str, Any], FixOutcome], None]

TRANSFORMS: dict[str, Transform] = {
    "x-nullable-to-nullable": transform_x_nullable,
    "infer-object-type": transform_object_type,
    "drop-misplaced-additional-properties": transform_misplaced_additional_properties,
    "respell-properties": transform_respell_properties,
    "merge-scalar-allof": transform_merge_scalar_allof,
    "unwrap-single-ref-allof": transform_unwrap_single_ref_allof,
    "declare-page-token": transform_page_token,
    "carry-operation": transform_carry_operation,
}


def register_transform(name: str) -> Callable[[Transform], Transform]:
    """Decorator used by other tool modules to add a transform."""

    def decorate(func: Transform) -> Transform:
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
