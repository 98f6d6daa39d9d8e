"""Hoist inline schemas into named components, so generated models get names a person would write.

CircleCI's document defines most response bodies inline.  Left alone, openapi-python-client names
them after the operation and status code (``ListPipelinesForProjectResponse200Item...``) and emits one
class per occurrence, even when five operations return the same ``Pipeline``.  This transform:

* renames snake_case / camelCase component schemas to PascalCase model names (``rename``);
* folds every ``{"message": string}`` body into one ``MessageResponse`` component (``message_shape``);
* moves inline objects into ``components/schemas`` — request and response bodies, array items of
  those bodies, object branches of ``oneOf``/``anyOf``, and any inline object that carries a
  ``title`` — naming each from the ``names`` table (JSON pointer -> name), else its ``title``;
* shares one component between inline objects whose structure is identical.

Two different shapes that want the same name stop the build, naming both places, so the maintainer
adds an entry to the ``names`` table instead of getting ``Pipeline2``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tools.fixes import METHODS, FixError, escape_token, pascal_case, register_transform

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

    def register(self, name: str, schema: JSON, pointer: str) -> str:
        """Add ``schema`` as component ``name`` (or reuse an identical one); return the name used."""
        key = self.shape(schema)
        if key in self.by_shape:
            return self.by_shape[key]
        if name in self.used_names:
            raise FixError(
                f"two different schemas want the model name {name!r}: {self.origin[name]} and {pointer}; "
                "give one of them a name in the 'names' table of the hoisting fix"
            )
        schema.pop("title", None)  # the generator would name the class after the title, not the component
        self.schemas[name] = schema
        self.used_names.add(name)
        self.by_shape[key] = name
        self.shape_of[name] = key
        self.origin[name] = pointer
        return name

    def index_components(self) -> None:
        for name, schema in self.schemas.items():
            self.used_names.add(name)
            self.origin[name] = f"/components/schemas/{escape_token(name)}"
            if isinstance(schema, dict) and "$ref" not in schema:
                self.by_shape.setdefault(self.shape(schema), name)

    # ------------------------------------------------------------------ walking

    def candidate_name(self, schema: JSON, pointer: str, *, top_level: bool) -> str | None:
        """The model name for an inline schema, or None to leave it inline."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return None
        is_object = schema.get("type") == "object" and bool(schema.get("properties"))
        if pointer in self.names:
            self.used_pointers.add(pointer)
            return self.names[pointer]
        if not is_object:
            return None
        if self.message_shape and self.is_message_shape(schema):
            return self.message_shape
        if isinstance(schema.get("title"), str):
            return pascal_case(schema["title"])
        if top_level and self.shape(schema) in self.by_shape:
            return self.by_shape[self.shape(schema)]
        if top_level:
            raise FixError(
                f"inline schema at {pointer} has no title and no entry in the 'names' table; "
                "add a human model name for it"
            )
        return None

    def visit(self, schema: JSON, pointer: str, *, top_level: bool = False) -> JSON:
        """Hoist nested candidates first, then this schema; return what should replace it."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        self.visit_children(schema, pointer, top_level=top_level)
        name = self.candidate_name(schema, pointer, top_level=top_level)
        if name is None:
            return schema
        if name == self.message_shape and name in self.schemas:
            return {"$ref": REF_PREFIX + name}
        return {"$ref": REF_PREFIX + self.register(name, schema, pointer)}

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
                    if branch_pointer in self.names:
                        self.used_pointers.add(branch_pointer)
                    name = self.names.get(branch_pointer) or self.by_shape.get(self.shape(branch))
                    if name is None:
                        raise FixError(f"object branch at {branch_pointer} needs a name in the 'names' table")
                    replaced = {"$ref": REF_PREFIX + self.register(name, branch, branch_pointer)}
                schema[union][index] = replaced

    def visit_content(self, holder: JSON, pointer: str) -> None:
        for media, media_obj in (holder.get("content") or {}).items():
            if isinstance(media_obj, dict) and isinstance(media_obj.get("schema"), dict):
                where = f"{pointer}/content/{escape_token(media)}/schema"
                media_obj["schema"] = self.visit(media_obj["schema"], where, top_level=True)


def _rename_components(doc: JSON, rename: dict[str, str]) -> None:
    schemas = doc.get("components", {}).get("schemas", {})
    for old, new in rename.items():
        if old not in schemas:
            raise FixError(f"cannot rename component {old!r}: it does not exist")
        if new in schemas:
            raise FixError(f"cannot rename component {old!r} to {new!r}: the name is taken")
    renamed = {rename.get(name, name): value for name, value in schemas.items()}
    schemas.clear()
    schemas.update(renamed)
    _retarget_refs(doc, {REF_PREFIX + old: REF_PREFIX + new for old, new in rename.items()})


def _fold_into(doc: JSON, folded: list[str], target: str) -> None:
    """Point every ref to the ``folded`` components at ``target`` and delete them."""
    schemas = doc["components"]["schemas"]
    refs = {}
    for name in folded:
        if name not in schemas:
            raise FixError(f"cannot fold component {name!r}: it does not exist")
        del schemas[name]
        refs[REF_PREFIX + name] = REF_PREFIX + target
    _retarget_refs(doc, refs)


def _retarget_refs(node: JSON, targets: dict[str, str]) -> None:
    """Rewrite every ``$ref`` found in ``targets`` to its new value, anywhere below ``node``."""
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


@register_transform("hoist-inline-models")
def hoist_inline_models(doc: JSON, args: dict[str, Any]) -> None:
    """See the module docstring."""
    names = args.get("names", {})
    rename = args.get("rename", {})
    message = args.get("message_model")
    if not isinstance(names, dict) or not isinstance(rename, dict):
        raise FixError("'names' and 'rename' must be objects")
    _rename_components(doc, rename)
    hoister = _Hoister(doc=doc, names=dict(names), message_shape=message.get("name") if message else None)
    schemas = hoister.schemas
    if message:
        if message["name"] in schemas:
            raise FixError(f"message model {message['name']!r} already exists")
        schemas[message["name"]] = message["schema"]
        _fold_into(doc, list(message.get("fold", [])), message["name"])
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
    unused = sorted(set(names) - hoister.used_pointers)
    if unused:
        raise FixError(f"names table entries that matched nothing (stale?): {unused}")
