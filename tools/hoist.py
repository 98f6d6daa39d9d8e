"""Hoist inline schemas into named components, so generated models get names a person would write.

CircleCI's document defines most response bodies inline.  Left alone, openapi-python-client names
them after the operation and status code (``ListPipelinesForProjectResponse200Item...``) and emits one
class per occurrence, even when five operations return the same ``Pipeline``.  This transform:

* renames snake_case / camelCase component schemas to PascalCase model names (``rename``);
* folds every ``{"message": string}`` body into one ``MessageResponse`` component (``message_shape``):
  the components listed in ``fold``, any other component of that shape, and inline bodies;
* moves inline objects into ``components/schemas`` — request and response bodies, array items of
  those bodies, object branches of ``oneOf``/``anyOf``, and any inline object that carries a
  ``title`` — naming each from the ``names`` table (JSON pointer -> name), else its ``title``;
* shares one component between inline objects whose structure is identical.

Names come, in this order, from the ``names`` table, the shared message model, the schema's
``title``, an identical shape hoisted before, and otherwise automatically from the operation and the
schema's role: ``CreateOtelExporterRequest`` for a request body, ``GetJobResponse`` for a success
body, ``GetJobError`` for an error body, ``ListOtelExportersResponseItem`` for the items of an array
body, ``<Parent>Option<N>`` for a branch of a union, ``<Parent><Property>`` below a property.  Names
in the table are reserved, so an automatic or title name never takes one.  When two different shapes
want the same title or automatic name, the one visited later gets the next free ``<Name><N>`` (the
walk order is the document's, so the result is deterministic).  Every automatic name is recorded in
the fix's outcome, for the change report.  Two different shapes given one name by the table stop the
build, naming both places.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from tools.fixes import (
    METHODS,
    FixError,
    FixOutcome,
    escape_token,
    pascal_case,
    register_transform,
    resolve_pointer,
    split_pointer,
)

JSON = Any
REF_PREFIX = "#/components/schemas/"


@dataclass
class _Hoister:
    doc: JSON
    names: dict[str, str]
    message_shape: str | None
    by_shape: dict[str, str] = field(default_factory=dict)
    shape_of: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    used_names: set[str] = field(default_factory=set)
    used_pointers: set[str] = field(default_factory=set)
    reserved: set[str] = field(default_factory=set)
    auto_named: dict[str, str] = field(default_factory=dict)  # name -> pointer
    hoisted: int = 0

    @property
    def schemas(self) -> dict[str, Any]:
        return self.doc.setdefault("components", {}).setdefault("schemas", {})  # type: ignore[no-any-return]

    # ------------------------------------------------------------------ shapes

    @staticmethod
    def shape(schema: JSON) -> str:
        """A canonical string for structural comparison (titles ignored)."""
        stripped = {k: v for k, v in schema.items() if k != "title"}
        return json.dumps(stripped, sort_keys=True, separators=(",", ":"))

    def is_message_shape(self, schema: JSON) -> bool:
        props = schema.get("properties")
        if not isinstance(props, dict) or set(props) != {"message"}:
            return False
        message = props["message"]
        return isinstance(message, dict) and message.get("type") == "string" and "format" not in message

    # ------------------------------------------------------------------ registering

    def register(self, name: str, schema: JSON, pointer: str, *, from_table: bool = False) -> str:
        """Add ``schema`` as component ``name`` (or reuse an identical one); return the name used.

        A name that is taken by a different shape is an error when it comes from the table, else
        the next free ``<name><N>`` is used and recorded as automatic.
        """
        key = self.shape(schema)
        if key in self.by_shape:
            return self.by_shape[key]
        existing = self.schemas.get(name)
        if isinstance(existing, dict) and self.shape(existing) == key:
            existing.pop("title", None)  # an inline copy of a component: share the component
            self.by_shape[key] = name
            return name
        if name in self.used_names or (not from_table and name in self.reserved):
            if from_table:
                raise FixError(
                    f"two different schemas want the model name {name!r}: {self.origin[name]} and {pointer}; "
                    "give one of them another name in the 'names' table of the hoisting fix"
                )
            name = self.free_name(name)
            self.auto_named[name] = pointer
        schema.pop("title", None)  # the generator would name the class after the title, not the component
        self.schemas[name] = schema
        self.used_names.add(name)
        self.by_shape[key] = name
        self.shape_of[name] = key
        self.origin[name] = pointer
        self.hoisted += 1
        return name

    def free_name(self, base: str) -> str:
        """``base``, or ``base2``, ``base3`` ...: the first not used and not reserved by the table."""
        candidate, number = base, 1
        while candidate in self.used_names or candidate in self.reserved:
            number += 1
            candidate = f"{base}{number}"
        return candidate

    def auto_name(self, pointer: str) -> str:
        """A name from the operation (or component) and the role of the schema at ``pointer``."""
        tokens = split_pointer(pointer)
        rest: list[str]
        if tokens[:1] == ["paths"] and len(tokens) >= 3:
            op = self.doc["paths"].get(tokens[1], {}).get(tokens[2], {})
            base = pascal_case(str(op.get("operationId") or f"{tokens[2]} {tokens[1]}"))
            rest = tokens[3:]
        elif tokens[:2] in (["components", "responses"], ["components", "requestBodies"]):
            base = pascal_case(tokens[2]) + ("Response" if tokens[1] == "responses" else "Request")
            rest = tokens[5:]  # content/<media>/schema
        else:
            base = tokens[2] if len(tokens) > 2 else "Model"
            rest = tokens[3:]
        words = [base]
        index = 0
        while index < len(rest):
            token = rest[index]
            if token == "requestBody":
                words.append("Request")
                index += 4  # requestBody/content/<media>/schema
                continue
            if token == "responses":
                code = rest[index + 1] if index + 1 < len(rest) else ""
                words.append("Response" if code.startswith("2") else "Error")
                index += 5  # responses/<code>/content/<media>/schema
                continue
            if token == "properties" and index + 1 < len(rest):
                words.append(pascal_case(rest[index + 1]))
                index += 2
                continue
            if token in ("oneOf", "anyOf", "allOf") and index + 1 < len(rest):
                words.append(f"Option{int(rest[index + 1]) + 1}")
                index += 2
                continue
            words.append({"items": "Item", "additionalProperties": "Value"}.get(token, pascal_case(token)))
            index += 1
        name = "".join(words)
        return name if name[:1].isalpha() else f"Model{name}"

    def automatic(self, pointer: str) -> str:
        """An automatic name for ``pointer``, recorded for the change report."""
        name = self.free_name(self.auto_name(pointer))
        self.auto_named[name] = pointer
        return name

    def reserve_components(self) -> None:
        for name in self.schemas:
            self.used_names.add(name)
            self.origin[name] = f"/components/schemas/{escape_token(name)}"

    def index_components(self) -> None:
        for name, schema in self.schemas.items():
            self.used_names.add(name)
            self.origin[name] = f"/components/schemas/{escape_token(name)}"
            if isinstance(schema, dict) and "$ref" not in schema:
                self.by_shape.setdefault(self.shape(schema), name)

    # ------------------------------------------------------------------ walking

    def candidate_name(self, schema: JSON, pointer: str, *, top_level: bool) -> tuple[str, bool] | None:
        """The model name for an inline schema and whether the table gave it, or None to leave it inline."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return None
        is_object = schema.get("type") == "object" and bool(schema.get("properties"))
        if pointer in self.names:
            self.used_pointers.add(pointer)
            return self.names[pointer], True
        if not is_object:
            return None
        if self.message_shape and self.is_message_shape(schema):
            return self.message_shape, True
        if isinstance(schema.get("title"), str) and schema["title"].strip():
            return pascal_case(schema["title"]), False
        if top_level and self.shape(schema) in self.by_shape:
            return self.by_shape[self.shape(schema)], False
        if top_level:
            return self.automatic(pointer), False
        return None

    def visit(self, schema: JSON, pointer: str, *, top_level: bool = False) -> JSON:
        """Hoist nested candidates first, then this schema; return what should replace it."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        self.visit_children(schema, pointer, top_level=top_level)
        candidate = self.candidate_name(schema, pointer, top_level=top_level)
        if candidate is None:
            return schema
        name, from_table = candidate
        if name == self.message_shape and name in self.schemas:
            return {"$ref": REF_PREFIX + name}
        return {"$ref": REF_PREFIX + self.register(name, schema, pointer, from_table=from_table)}

    def visit_children(self, schema: JSON, pointer: str, *, top_level: bool = False) -> None:
        """Hoist the candidates nested in ``schema`` (but not ``schema`` itself)."""
        for key, value in list((schema.get("properties") or {}).items()):
            schema["properties"][key] = self.visit(value, f"{pointer}/properties/{escape_token(key)}")
        if isinstance(schema.get("items"), dict):
            items_top = top_level and schema.get("type") == "array"
            schema["items"] = self.visit(schema["items"], f"{pointer}/items", top_level=items_top)
        if isinstance(schema.get("additionalProperties"), dict):
            schema["additionalProperties"] = self.visit(
                schema["additionalProperties"], f"{pointer}/additionalProperties"
            )
        for union in ("oneOf", "anyOf", "allOf"):
            for index, branch in enumerate(schema.get(union) or []):
                branch_pointer = f"{pointer}/{union}/{index}"
                replaced = self.visit(branch, branch_pointer)
                if replaced is branch and isinstance(branch, dict) and branch.get("properties"):
                    from_table = branch_pointer in self.names
                    if from_table:
                        self.used_pointers.add(branch_pointer)
                    name = self.names.get(branch_pointer) or self.by_shape.get(self.shape(branch))
                    if name is None:
                        name = self.automatic(branch_pointer)
                    replaced = {
                        "$ref": REF_PREFIX
                        + self.register(name, branch, branch_pointer, from_table=from_table)
                    }
                schema[union][index] = replaced

    def visit_content(self, holder: JSON, pointer: str) -> None:
        for media, media_obj in (holder.get("content") or {}).items():
            if isinstance(media_obj, dict) and isinstance(media_obj.get("schema"), dict):
                where = f"{pointer}/content/{escape_token(media)}/schema"
                media_obj["schema"] = self.visit(media_obj["schema"], where, top_level=True)


def _rename_components(doc: JSON, rename: dict[str, str], outcome: FixOutcome) -> int:
    schemas = doc.get("components", {}).get("schemas", {})
    live: dict[str, str] = {}
    for old, new in rename.items():
        if old not in schemas:
            outcome.stale.append(f"rename {old!r}: no such component")
            continue
        if new in schemas:
            raise FixError(f"cannot rename component {old!r} to {new!r}: the name is taken")
        live[old] = new
    renamed = {live.get(name, name): value for name, value in schemas.items()}
    schemas.clear()
    schemas.update(renamed)
    _retarget_refs(doc, {REF_PREFIX + old: REF_PREFIX + new for old, new in live.items()})
    return len(live)


def _fold_into(doc: JSON, folded: list[str], target: str, outcome: FixOutcome) -> int:
    """Point every ref to the ``folded`` components at ``target`` and delete them."""
    schemas = doc["components"]["schemas"]
    refs = {}
    for name in folded:
        if name not in schemas:
            outcome.stale.append(f"fold {name!r}: no such component")
            continue
        del schemas[name]
        refs[REF_PREFIX + name] = REF_PREFIX + target
    _retarget_refs(doc, refs)
    return len(refs)


def _retarget_refs(node: JSON, targets: dict[str, str]) -> None:
    """Rewrite every ``$ref`` found in ``targets`` to its new value, anywhere below ``node``."""
    if not targets:
        return
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref in targets:
                current["$ref"] = targets[ref]
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


AUTO_NAMED_NOTE = "auto-named "
CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")


def _class_case_components(hoister: _Hoister) -> int:
    """Rename components the table leaves alone to the PascalCase name the model class gets.

    ``workflow`` and an inline ``title: Workflow`` would otherwise both become class ``Workflow``.
    A component whose PascalCase name is an identical component is folded into it; a different
    one gets the next free name.  Each rename is recorded as automatic.
    """
    schemas = hoister.schemas
    renames: dict[str, str] = {}
    folds: dict[str, str] = {}
    taken = set(schemas) | hoister.reserved
    for name in list(schemas):
        if CLASS_NAME.fullmatch(name):
            continue
        target = pascal_case(name)
        if not target[:1].isalpha():
            target = f"Model{target}"
        other = schemas.get(target)
        if other is not None and hoister.shape(other) == hoister.shape(schemas[name]):
            folds[name] = target
            continue
        candidate, number = target, 1
        while candidate in taken:
            number += 1
            candidate = f"{target}{number}"
        taken.add(candidate)
        renames[name] = candidate
    for name, target in {**renames, **folds}.items():
        hoister.auto_named[target] = f"/components/schemas/{escape_token(name)}"
    renamed = {renames.get(name, name): value for name, value in schemas.items() if name not in folds}
    schemas.clear()
    schemas.update(renamed)
    _retarget_refs(
        hoister.doc, {REF_PREFIX + old: REF_PREFIX + new for old, new in {**renames, **folds}.items()}
    )
    return len(renames) + len(folds)


def _resolves(doc: JSON, pointer: str) -> bool:
    """Whether ``pointer`` still finds an inline schema (not a ``$ref``) the table can name."""
    try:
        target = resolve_pointer(doc, pointer)
    except FixError:
        return False
    return isinstance(target, dict) and "$ref" not in target


@register_transform("hoist-inline-models")
def hoist_inline_models(doc: JSON, args: dict[str, Any], outcome: FixOutcome) -> None:
    """See the module docstring.  Stale ``rename``/``fold``/``names`` entries are recorded, not fatal."""
    names = args.get("names", {})
    rename = args.get("rename", {})
    message = args.get("message_model")
    if not isinstance(names, dict) or not isinstance(rename, dict):
        raise FixError("'names' and 'rename' must be objects")
    changed = _rename_components(doc, rename, outcome)
    hoister = _Hoister(doc=doc, names=dict(names), message_shape=message.get("name") if message else None)
    hoister.reserved = {name for pointer, name in names.items() if _resolves(doc, pointer)}
    hoister.reserved |= {message["name"]} if message else set()
    schemas = hoister.schemas
    if message:
        if message["name"] in schemas:
            raise FixError(f"message model {message['name']!r} already exists")
        schemas[message["name"]] = message["schema"]
        changed += _fold_into(doc, list(message.get("fold", [])), message["name"], outcome)
        protected = set(rename.values()) | {message["name"]}
        more = [
            name
            for name, schema in schemas.items()
            if name not in protected and isinstance(schema, dict) and hoister.is_message_shape(schema)
        ]
        changed += _fold_into(doc, more, message["name"], outcome)
        outcome.notes += [f"folded {name} into {message['name']} (a {{message}} body)" for name in more]
    changed += _class_case_components(hoister)
    hoister.reserve_components()
    # Components first: hoist what is nested inside them, then index them by shape.
    for name in list(schemas):
        if isinstance(schemas[name], dict):
            hoister.visit_children(schemas[name], f"/components/schemas/{escape_token(name)}")
    hoister.index_components()
    components = doc.get("components", {})
    for section in ("responses", "requestBodies"):
        for name, holder in components.get(section, {}).items():
            hoister.visit_content(holder, f"/components/{section}/{escape_token(name)}")
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            base = f"/paths/{escape_token(path)}/{method}"
            if isinstance(op.get("requestBody"), dict):
                hoister.visit_content(op["requestBody"], f"{base}/requestBody")
            for code, response in (op.get("responses") or {}).items():
                if isinstance(response, dict):
                    hoister.visit_content(response, f"{base}/responses/{escape_token(code)}")
    for pointer in sorted(set(names) - hoister.used_pointers):
        outcome.stale.append(f"names entry {pointer} ({names[pointer]}): matched nothing")
    for name, pointer in sorted(hoister.auto_named.items()):
        if name in schemas:
            outcome.notes.append(f"{AUTO_NAMED_NOTE}{name} <- {pointer}")
    outcome.applied += changed + hoister.hoisted
