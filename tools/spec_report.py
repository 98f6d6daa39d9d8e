"""Report the API changes between two OpenAPI documents.

Usage::

    python tools/spec_report.py OLD.json NEW.json [--format text|markdown|json]

Operations are matched by method and path (path parameter names ignored), then
by operationId.  Parameters, request bodies and responses are compared after
resolving their ``$ref``s; schema ``$ref``s are compared by name, and every
component schema is compared once, under its own name.

Impact rules, from the point of view of a client built from the old document:

* breaking: an operation, parameter, property, schema, request body or enum value
  removed; any type change; an operation renamed or moved; a parameter, request
  body or request property that became required; a response property that is no
  longer required or became nullable; a request property that is no longer
  nullable; an enum added to a schema that had none;
* additive: an operation, optional parameter, property, schema or enum value added;
* other: everything else (deprecations, response codes added or removed ...);
* refactor: the document says the same thing another way, so neither the Python surface of a
  client generated from it nor the wire format changes: an inline schema replaced by a ``$ref`` to
  an equivalent component, a component renamed with its shape unchanged, a path-template variable
  renamed when the URL and the Python keyword stay the same (``{webhook-id}`` -> ``{webhook_id}``),
  a ``default`` response replaced by explicit error responses.  Refactors only ask for a patch bump.

Equivalent means equal after resolving every ``$ref``, ignoring prose (``title``, ``description``,
examples), the order of enum values and ``required`` names, and spelling ``x-nullable`` as
``nullable``.

Schema types are short strings: ``string``, ``string<date-time>`` (formats are
shown for strings only), ``integer``, ``array<string>``, ``object``,
``map<integer>``, ``ref:Name``, ``oneOf[ref:A,object]``, with ``|null`` when
nullable (``nullable``, ``x-nullable`` or a ``null`` type).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"
JSON_MEDIA_TYPE = "application/json"
COMPOSITIONS = ("allOf", "oneOf", "anyOf")

BREAKING = "breaking"
ADDITIVE = "additive"
OTHER = "other"
REFACTOR = "refactor"
IMPACTS = (BREAKING, ADDITIVE, OTHER, REFACTOR)
IMPACT_TITLES = {
    BREAKING: "Breaking changes",
    ADDITIVE: "Additive changes",
    OTHER: "Other changes",
    REFACTOR: "Document refactors (same Python surface and wire format)",
}

REQUEST = "request"
RESPONSE = "response"
BOTH = "both"

KIND_LABELS = {
    "operation-added": "operation added",
    "operation-removed": "operation removed",
    "operation-renamed": "operationId renamed",
    "operation-moved": "operation moved",
    "operation-deprecated": "operation deprecated",
    "operation-undeprecated": "operation no longer deprecated",
    "parameter-added": "parameter added",
    "parameter-removed": "parameter removed",
    "parameter-retyped": "parameter type changed",
    "parameter-required-changed": "parameter required changed",
    "parameter-nullable-changed": "parameter nullable changed",
    "parameter-deprecated": "parameter deprecated",
    "property-added": "property added",
    "property-removed": "property removed",
    "property-respelled": "property key respelled on the wire, same Python name",
    "property-retyped": "type changed",
    "property-required-changed": "required changed",
    "property-nullable-changed": "nullable changed",
    "property-deprecated": "property deprecated",
    "enum-value-added": "enum value added",
    "enum-value-removed": "enum value removed",
    "enum-restricted": "enum added",
    "enum-lifted": "enum removed",
    "schema-added": "schema added",
    "schema-removed": "schema removed",
    "request-body-added": "request body added",
    "request-body-removed": "request body removed",
    "request-body-required-changed": "request body required changed",
    "response-added": "response added",
    "response-removed": "response removed",
    "schema-ref-refactor": "inline schema replaced by an equivalent $ref",
    "schema-renamed": "schema renamed, same shape",
    "path-variable-renamed": "path template variable renamed, same URL and Python name",
    "path-parameter-renamed": "path parameter renamed (Python keyword changes)",
    "default-response-replaced": "default response replaced by explicit error responses",
}

# Kinds whose single old value is a former type (shown as "was <type>").
WAS_KINDS = frozenset({"parameter-removed", "property-removed", "schema-removed", "enum-lifted"})


@dataclass(frozen=True)
class Change:
    """One difference between the two documents."""

    kind: str
    impact: str
    subject: str  # operation key ("getPipelineById", "GET /x") or "schema Name"
    where: str = ""  # place inside the subject, e.g. "200 response: trigger.actor.login"
    old: str | None = None
    new: str | None = None

    @property
    def location(self) -> str:
        """Subject and place together, e.g. ``getPipelineById 200 response: trigger.actor.login``."""
        if not self.where:
            return self.subject
        separator = ": " if self.subject.startswith("schema ") else " "
        return f"{self.subject}{separator}{self.where}"

    @property
    def detail(self) -> str:
        """Old and new values in a compact form."""
        if self.old is not None and self.new is not None:
            return f"{self.old} -> {self.new}"
        if self.new is not None:
            return self.new
        if self.old is not None:
            return f"was {self.old}" if self.kind in WAS_KINDS else self.old
        return ""

    def message(self) -> str:
        """A one-line description relative to the subject."""
        text = KIND_LABELS.get(self.kind, self.kind)
        if self.where:
            text += f": {self.where}"
        return f"{text} ({self.detail})" if self.detail else text

    def to_dict(self) -> JSON:
        """Plain-data form for JSON output."""
        return {**asdict(self), "location": self.location, "message": self.message()}


@dataclass
class Report:
    """All changes found by :func:`compare`."""

    changes: list[Change] = field(default_factory=list)
    # Notes for the maintainer, by heading (operations kept by fixes, automatic names, obsolete fixes).
    sections: dict[str, list[str]] = field(default_factory=dict)

    @property
    def bump(self) -> str:
        """Suggested semantic-version bump."""
        impacts = {change.impact for change in self.changes}
        if BREAKING in impacts:
            return "major"
        if ADDITIVE in impacts:
            return "minor"
        return "patch"  # other changes and document refactors

    def by_impact(self, impact: str) -> list[Change]:
        """Changes with the given impact, in report order."""
        return [change for change in self.changes if change.impact == impact]

    def count(self, *kinds: str) -> int:
        """Number of changes whose kind is one of ``kinds``."""
        return sum(1 for change in self.changes if change.kind in kinds)

    def to_json(self) -> str:
        """The report as a JSON document."""
        data = {
            "bump": self.bump,
            "summary": summary_line(self),
            "counts": {impact: len(self.by_impact(impact)) for impact in IMPACTS},
            "changes": [change.to_dict() for change in self.changes],
            "sections": self.sections,
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- references


def resolve(document: JSON, node: Any, limit: int = 32) -> Any:
    """Follow local ``$ref``s until a non-reference object is reached."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < limit:
        target = lookup(document, node["$ref"])
        if target is None:
            return node
        node = target
        seen += 1
    return node


def lookup(document: JSON, ref: str) -> Any:
    """Return the value a local JSON-pointer ``$ref`` points at, or None."""
    if not ref.startswith("#"):
        return None
    node: Any = document
    for raw in ref[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def ref_name(ref: str) -> str:
    """Short name of a schema reference (the component name when possible)."""
    return ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else ref


# ---------------------------------------------------------------- schema types


def is_nullable(schema: Any) -> bool:
    """Whether a schema admits null (OpenAPI 3.0, Swagger-2 style or 3.1 style)."""
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return bool(
        schema.get("nullable") is True
        or schema.get("x-nullable") is True
        or (isinstance(kind, list) and "null" in kind)
    )


def type_of(schema: Any, *, with_null: bool = True) -> str:
    """Short type string of a schema, e.g. ``array<string<uuid>>|null``."""
    base = _base_type(schema)
    return f"{base}|null" if with_null and is_nullable(schema) else base


def _base_type(schema: Any) -> str:
    """Type string without nullability."""
    if schema is True or schema == {}:
        return "any"
    if not isinstance(schema, dict):
        return "never" if schema is False else "any"
    if isinstance(schema.get("$ref"), str):
        return f"ref:{ref_name(schema['$ref'])}"
    single = _single_all_of(schema)
    if single is not None:
        return _base_type(single)
    for keyword in COMPOSITIONS:
        if isinstance(schema.get(keyword), list):
            return f"{keyword}[{','.join(type_of(member) for member in schema[keyword])}]"
    kind = schema.get("type")
    if isinstance(kind, list):
        return "|".join(str(item) for item in kind if item != "null") or "null"
    return _simple_type(kind, schema)


def _single_all_of(schema: JSON) -> Any:
    """The member of an ``allOf`` of one schema with nothing else but prose beside it, else None."""
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) != 1:
        return None
    others = set(schema) - {"allOf", "nullable", "x-nullable"} - IGNORED_KEYWORDS
    return members[0] if not others else None


def _simple_type(kind: Any, schema: JSON) -> str:
    """Type string for a schema with a single (or no) ``type``."""
    if kind == "array":
        return f"array<{type_of(schema.get('items', {}))}>"
    if kind == "string" and isinstance(schema.get("format"), str):
        return f"string<{schema['format']}>"
    additional = schema.get("additionalProperties")
    if kind in ("object", None) and isinstance(additional, dict) and "properties" not in schema:
        return f"map<{type_of(additional)}>"
    if kind == "object" or "properties" in schema:
        return "object"
    return str(kind) if kind else "any"


def show_value(value: Any) -> str:
    """Render an enum value compactly."""
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- impact rules


def _worst(*impacts: str) -> str:
    """The most severe of the given impacts."""
    return min(impacts, key=IMPACTS.index)


def _per_side(side: str, request: str, response: str) -> str:
    """Pick an impact by where a schema is used (``both`` takes the worst)."""
    if side == REQUEST:
        return request
    if side == RESPONSE:
        return response
    return _worst(request, response)


def added_property_impact(side: str, required: bool) -> str:
    """A new property breaks requests only when clients must now send it."""
    return _per_side(side, BREAKING if required else ADDITIVE, ADDITIVE)


def required_impact(side: str, now_required: bool) -> str:
    """Newly required breaks requests; no longer required breaks responses."""
    if now_required:
        return _per_side(side, BREAKING, OTHER)
    return _per_side(side, OTHER, BREAKING)


def nullable_impact(side: str, now_nullable: bool) -> str:
    """Null newly allowed breaks responses; null newly refused breaks requests."""
    if now_nullable:
        return _per_side(side, OTHER, BREAKING)
    return _per_side(side, BREAKING, OTHER)


# ---------------------------------------------------------------- schema diff


@dataclass(frozen=True)
class _Place:
    """Where a schema sits: subject, label prefix, usage side, and naming of root changes."""

    subject: str
    label: str  # "200 response", "query parameter branch", "" for components
    side: str
    root_kind: str = "property"  # "parameter" for parameter schemas


def _format_path(path: tuple[str, ...]) -> str:
    """Join property path segments: names with dots, ``[]``/``{}`` attached."""
    text = ""
    for segment in path:
        if segment.startswith(("[", "{")) or not text:
            text += segment
        else:
            text += f".{segment}"
    return text


class _Differ:
    """Collects changes between two documents."""

    def __init__(self, old: JSON, new: JSON) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._seen_refs: set[tuple[str | None, str | None, str, tuple[str, ...]]] = set()

    def add(self, kind: str, impact: str, place: _Place, path: tuple[str, ...], **values: str | None) -> None:
        """Record a change at ``path`` below ``place``."""
        where = ": ".join(part for part in (place.label, _format_path(path)) if part)
        self.changes.append(Change(kind, impact, place.subject, where, values.get("old"), values.get("new")))

    def schema(self, old: Any, new: Any, place: _Place, path: tuple[str, ...] = ()) -> None:
        """Compare two schemas; component refs are compared by name only."""
        prefix = place.root_kind if not path else "property"
        old_type, new_type = type_of(old, with_null=False), type_of(new, with_null=False)
        if isinstance(old, dict) and isinstance(new, dict):
            old_single, new_single = _single_all_of(old), _single_all_of(new)
            if (old_single is None) != (new_single is None):
                self._flags(old, new, place, path, prefix)
                self.schema(
                    old if old_single is None else old_single,
                    new if new_single is None else new_single,
                    place,
                    path,
                )
                return
        if old_type != new_type and self._through_refs(old, new, place, path):
            return
        if old_type != new_type and not _same_container(old, new):
            self.add(f"{prefix}-retyped", BREAKING, place, path, old=type_of(old), new=type_of(new))
            return
        if not (isinstance(old, dict) and isinstance(new, dict)):
            return
        self._flags(old, new, place, path, prefix)
        self._enum(old, new, place, path)
        if "$ref" in new:
            return
        self._properties(old, new, place, path)
        self._children(old, new, place, path)

    def _through_refs(self, old: Any, new: Any, place: _Place, path: tuple[str, ...]) -> bool:
        """Handle a ``$ref`` on either side pointing somewhere else; True when handled.

        Equivalent targets are a refactor.  Otherwise, when the resolved schemas have the same type,
        they are compared member by member (the ref swap itself noted as a refactor).
        """
        if not (_is_ref(old) or _is_ref(new)):
            return False
        key = (_ref_of(old), _ref_of(new), place.subject, path)
        if key in self._seen_refs:
            return False
        self._seen_refs.add(key)
        old_body, new_body = resolve(self.old, old), resolve(self.new, new)
        if canonical(self.old, old_body) == canonical(self.new, new_body):
            self.add("schema-ref-refactor", REFACTOR, place, path, old=type_of(old), new=type_of(new))
            return True
        if type_of(old_body, with_null=False) != type_of(new_body, with_null=False):
            return False
        self.add("schema-ref-refactor", REFACTOR, place, path, old=type_of(old), new=type_of(new))
        self.schema(old_body, new_body, place, path)
        return True

    def _flags(self, old: JSON, new: JSON, place: _Place, path: tuple[str, ...], prefix: str) -> None:
        """Nullability and deprecation of one schema."""
        was_null, now_null = is_nullable(old), is_nullable(new)
        if was_null != now_null:
            impact = nullable_impact(place.side, now_null)
            self.add(
                f"{prefix}-nullable-changed", impact, place, path, old=_yes(was_null), new=_yes(now_null)
            )
        if new.get("deprecated") is True and old.get("deprecated") is not True:
            self.add(f"{prefix}-deprecated", OTHER, place, path)

    def _enum(self, old: JSON, new: JSON, place: _Place, path: tuple[str, ...]) -> None:
        """Enum values added or removed, or an enum introduced or lifted."""
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if not isinstance(old_enum, list) and not isinstance(new_enum, list):
            return
        if not isinstance(old_enum, list):
            self.add("enum-restricted", BREAKING, place, path, new=_values(new_enum))
            return
        if not isinstance(new_enum, list):
            impact = _per_side(place.side, OTHER, BREAKING)
            self.add("enum-lifted", impact, place, path, old=_values(old_enum))
            return
        for value in old_enum:
            if value not in new_enum:
                self.add("enum-value-removed", BREAKING, place, path, old=show_value(value))
        for value in new_enum:
            if value not in old_enum:
                self.add("enum-value-added", ADDITIVE, place, path, new=show_value(value))

    def _properties(self, old: JSON, new: JSON, place: _Place, path: tuple[str, ...]) -> None:
        """Properties added, removed, changed, or with a changed ``required`` flag."""
        old_props, new_props = _props(old), _props(new)
        old_required, new_required = _required(old), _required(new)
        gained = {python_name(name): name for name in new_props if name not in old_props}
        respelled: dict[str, str] = {}
        for name in old_props:
            twin = gained.get(python_name(name)) if name not in new_props else None
            if twin is not None:
                respelled[name] = twin
        for name, schema in old_props.items():
            if name in respelled:
                # same Python attribute, another key on the wire
                self.add("property-respelled", BREAKING, place, (*path, name), old=name, new=respelled[name])
                self.schema(schema, new_props[respelled[name]], place, (*path, respelled[name]))
            elif name not in new_props:
                self.add("property-removed", BREAKING, place, (*path, name), old=type_of(schema))
        for name, schema in new_props.items():
            if name in old_props or name in respelled.values():
                continue
            required = name in new_required
            impact = added_property_impact(place.side, required)
            self.add("property-added", impact, place, (*path, name), new=_describe(schema, required))
        for name in old_props.keys() & new_props.keys():
            was, now = name in old_required, name in new_required
            if was != now:
                impact = required_impact(place.side, now)
                self.add(
                    "property-required-changed", impact, place, (*path, name), old=_req(was), new=_req(now)
                )
        for name in new_props:
            if name in old_props:
                self.schema(old_props[name], new_props[name], place, (*path, name))

    def _children(self, old: JSON, new: JSON, place: _Place, path: tuple[str, ...]) -> None:
        """Recurse into array items, map values and composition members."""
        if "items" in old or "items" in new:
            self.schema(old.get("items", {}), new.get("items", {}), place, (*path, "[]"))
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(old_extra, new_extra, place, (*path, "{}"))
        for keyword in COMPOSITIONS:
            pairs = zip(old.get(keyword) or [], new.get(keyword) or [], strict=False)
            for index, (old_member, new_member) in enumerate(pairs):
                self.schema(old_member, new_member, place, (*path, f"{keyword}[{index}]"))


def _same_container(old: Any, new: Any) -> bool:
    """Both arrays, or both maps: their members are compared one level down instead."""
    if not (isinstance(old, dict) and isinstance(new, dict)) or _is_ref(old) or _is_ref(new):
        return False
    old_base, new_base = _base_type(old), _base_type(new)
    return any(old_base.startswith(kind) and new_base.startswith(kind) for kind in ("array<", "map<"))


def _is_ref(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("$ref"), str)


def _ref_of(schema: Any) -> str | None:
    return schema["$ref"] if _is_ref(schema) else None


IGNORED_KEYWORDS = frozenset({"title", "description", "example", "examples", "externalDocs", "summary"})


def canonical(document: JSON, schema: Any, _stack: tuple[str, ...] = ()) -> Any:
    """A schema with every ``$ref`` resolved and prose dropped, for equivalence checks.

    Enum values and ``required`` names are sorted, ``x-nullable`` is read as ``nullable`` and
    extensions are ignored.  A reference back into a schema being expanded becomes ``{"$cycle": N}``
    where ``N`` counts the levels up.
    """
    if isinstance(schema, list):
        return [canonical(document, item, _stack) for item in schema]
    if not isinstance(schema, dict):
        return schema
    single = _single_all_of(schema)
    if single is not None:  # allOf: [X] says X
        nullable = schema.get("nullable") is True or schema.get("x-nullable") is True
        inner = canonical(document, single, _stack)
        return {**inner, "nullable": True} if nullable and isinstance(inner, dict) else inner
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in _stack:
            return {"$cycle": len(_stack) - _stack.index(ref)}
        target = lookup(document, ref)
        return {"$unresolved": ref} if target is None else canonical(document, target, (*_stack, ref))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in IGNORED_KEYWORDS or (key.startswith("x-") and key != "x-nullable"):
            continue
        if key == "x-nullable":
            if value is True:
                out["nullable"] = True
            continue
        if key == "nullable" and value is not True:
            continue
        if key in ("enum", "required") and isinstance(value, list):
            out[key] = sorted(value, key=lambda item: json.dumps(item, sort_keys=True))
        elif key in ("properties", "patternProperties") and isinstance(value, dict):
            out[key] = {name: canonical(document, member, _stack) for name, member in sorted(value.items())}
        else:
            out[key] = canonical(document, value, _stack)
    return out


def _props(schema: JSON) -> dict[str, Any]:
    """The ``properties`` map of a schema (empty when absent)."""
    props = schema.get("properties")
    return props if isinstance(props, dict) else {}


def _required(schema: JSON) -> set[str]:
    """Names listed in a schema's ``required``."""
    required = schema.get("required")
    return {name for name in required if isinstance(name, str)} if isinstance(required, list) else set()


def _yes(flag: bool) -> str:
    return "nullable" if flag else "not nullable"


def _req(flag: bool) -> str:
    return "required" if flag else "optional"


def _describe(schema: Any, required: bool) -> str:
    """``required string`` / ``optional ref:Foo``."""
    return f"{_req(required)} {type_of(schema)}"


def _values(values: Any) -> str:
    """Render an enum list compactly."""
    return ", ".join(show_value(value) for value in values) if isinstance(values, list) else ""


# ---------------------------------------------------------------- operations


@dataclass(frozen=True)
class Operation:
    """An operation with its path-level parameters merged in."""

    method: str
    path: str
    operation_id: str | None
    body: JSON
    parameters: tuple[Any, ...]

    @property
    def key(self) -> str:
        """operationId, or ``METHOD path`` when there is none."""
        return self.operation_id or self.route

    @property
    def route(self) -> str:
        """``METHOD path``."""
        return f"{self.method.upper()} {self.path}"

    @property
    def template(self) -> tuple[str, str]:
        """Method and path with parameter names blanked, for matching."""
        parts = [
            "{}" if part.startswith("{") and part.endswith("}") else part for part in self.path.split("/")
        ]
        return self.method, "/".join(parts)


def operations(document: JSON) -> list[Operation]:
    """All operations of a document, in path then method order."""
    result = []
    paths = document.get("paths") or {}
    for path in sorted(paths):
        item = resolve(document, paths[path])
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            body = item.get(method)
            if isinstance(body, dict):
                merged = (*shared, *(body.get("parameters") or []))
                op_id = body.get("operationId")
                result.append(
                    Operation(method, path, op_id if isinstance(op_id, str) else None, body, merged)
                )
    return result


def match_operations(
    old_ops: list[Operation], new_ops: list[Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """Pair operations by route template, then by operationId; return pairs, removed, added."""
    new_by_template = {op.template: op for op in new_ops}
    pairs: list[tuple[Operation, Operation]] = []
    removed: list[Operation] = []
    for op in old_ops:
        partner = new_by_template.pop(op.template, None)
        if partner is None:
            removed.append(op)
        else:
            pairs.append((op, partner))
    added_by_id = {op.operation_id: op for op in new_by_template.values() if op.operation_id}
    still_removed = []
    for op in removed:
        partner = added_by_id.pop(op.operation_id, None) if op.operation_id else None
        if partner is None:
            still_removed.append(op)
        else:
            pairs.append((op, partner))
    moved = {id(new) for _, new in pairs}
    added = [op for op in new_ops if id(op) not in moved]
    return pairs, still_removed, added


class _OperationDiffer(_Differ):
    """Adds operation-level comparison to the schema differ."""

    def operation(self, old: Operation, new: Operation) -> None:
        """Compare one matched operation."""
        subject = new.key
        if old.operation_id != new.operation_id:
            self.changes.append(Change("operation-renamed", BREAKING, subject, "", old.key, new.key))
        renamed: dict[str, str] = {}
        if old.template == new.template and old.path != new.path:
            renamed = self._path_variables(old, new, subject)
        elif old.path != new.path or old.method != new.method:
            self.changes.append(Change("operation-moved", BREAKING, subject, "", old.route, new.route))
        was, now = old.body.get("deprecated") is True, new.body.get("deprecated") is True
        if was != now:
            kind = "operation-deprecated" if now else "operation-undeprecated"
            self.changes.append(Change(kind, OTHER, subject))
        self.parameters(old, new, subject, renamed)
        self.request_body(old.body.get("requestBody"), new.body.get("requestBody"), subject)
        self.responses(old.body.get("responses"), new.body.get("responses"), subject)

    def _path_variables(self, old: Operation, new: Operation, subject: str) -> dict[str, str]:
        """Template variables renamed between two paths with the same shape: old name -> new name.

        Same Python keyword (``webhook-id`` / ``webhook_id``): a refactor.  Otherwise the keyword
        callers pass changes: breaking.
        """
        renamed: dict[str, str] = {}
        for old_name, new_name in zip(_variables(old.path), _variables(new.path), strict=True):
            if old_name == new_name:
                continue
            renamed[old_name] = new_name
            where = f"path parameter {old_name}"
            if python_name(old_name) == python_name(new_name):
                change = Change("path-variable-renamed", REFACTOR, subject, where, old_name, new_name)
            else:
                change = Change("path-parameter-renamed", BREAKING, subject, where, old_name, new_name)
            self.changes.append(change)
        return renamed

    def parameters(self, old: Operation, new: Operation, subject: str, renamed: dict[str, str]) -> None:
        """Parameters keyed by location and name; ``renamed`` maps old path variable names to new."""
        old_params, new_params = self._params(self.old, old), self._params(self.new, new)
        old_params = {
            (place, renamed.get(name, name) if place == "path" else name): param
            for (place, name), param in old_params.items()
        }
        for key, param in old_params.items():
            if key not in new_params:
                self.changes.append(
                    Change("parameter-removed", BREAKING, subject, _param_label(key), old=_param_type(param))
                )
        for key, param in new_params.items():
            if key not in old_params:
                required = param.get("required") is True
                impact = BREAKING if required else ADDITIVE
                detail = _describe(_param_schema(param), required)
                self.changes.append(Change("parameter-added", impact, subject, _param_label(key), new=detail))
        for key, param in new_params.items():
            if key in old_params:
                self._parameter(
                    old_params[key], param, _Place(subject, _param_label(key), REQUEST, "parameter")
                )

    def _parameter(self, old: JSON, new: JSON, place: _Place) -> None:
        """Compare one parameter that exists on both sides."""
        was, now = old.get("required") is True, new.get("required") is True
        if was != now:
            impact = BREAKING if now else OTHER
            self.changes.append(
                Change("parameter-required-changed", impact, place.subject, place.label, _req(was), _req(now))
            )
        if new.get("deprecated") is True and old.get("deprecated") is not True:
            self.changes.append(Change("parameter-deprecated", OTHER, place.subject, place.label))
        self.schema(_param_schema(old), _param_schema(new), place)

    @staticmethod
    def _params(document: JSON, op: Operation) -> dict[tuple[str, str], JSON]:
        """Resolved parameters keyed by (in, name); operation entries override path entries."""
        result: dict[tuple[str, str], JSON] = {}
        for raw in op.parameters:
            param = resolve(document, raw)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                result[(str(param.get("in")), param["name"])] = param
        return result

    def request_body(self, old_raw: Any, new_raw: Any, subject: str) -> None:
        """Compare request bodies (after resolving references)."""
        old, new = resolve(self.old, old_raw), resolve(self.new, new_raw)
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(new, dict):
            self.changes.append(Change("request-body-removed", BREAKING, subject, "request body"))
            return
        now = new.get("required") is True
        if not isinstance(old, dict):
            impact = BREAKING if now else ADDITIVE
            self.changes.append(Change("request-body-added", impact, subject, "request body", new=_req(now)))
            return
        was = old.get("required") is True
        if was != now:
            impact = BREAKING if now else OTHER
            change = Change(
                "request-body-required-changed", impact, subject, "request body", _req(was), _req(now)
            )
            self.changes.append(change)
        self.content(old, new, subject, "request body", REQUEST)

    def responses(self, old_raw: Any, new_raw: Any, subject: str) -> None:
        """Compare responses code by code."""
        old_map = old_raw if isinstance(old_raw, dict) else {}
        new_map = new_raw if isinstance(new_raw, dict) else {}
        explicit = sorted(code for code in new_map.keys() - old_map.keys() if str(code)[:1] in ("4", "5"))
        replaced = "default" in old_map and "default" not in new_map and bool(explicit)
        if replaced:
            self.changes.append(
                Change(
                    "default-response-replaced",
                    REFACTOR,
                    subject,
                    "responses",
                    "default",
                    ", ".join(explicit),
                )
            )
        for code in _codes(old_map.keys() | new_map.keys()):
            if replaced and (code == "default" or code in explicit):
                continue
            label = f"{code} response"
            if code not in new_map:
                self.changes.append(Change("response-removed", OTHER, subject, label))
            elif code not in old_map:
                self.changes.append(Change("response-added", OTHER, subject, label))
            else:
                old = resolve(self.old, old_map[code])
                new = resolve(self.new, new_map[code])
                self.content(_dict(old), _dict(new), subject, label, RESPONSE)

    def content(self, old: JSON, new: JSON, subject: str, label: str, side: str) -> None:
        """Compare the schemas of each media type of a body."""
        old_content, new_content = _dict(old.get("content")), _dict(new.get("content"))
        single_json = set(old_content) | set(new_content) == {JSON_MEDIA_TYPE}
        for media_type in sorted(old_content.keys() | new_content.keys()):
            where = label if single_json else f"{label} ({media_type})"
            if media_type not in new_content:
                kind = "request-body-removed" if side == REQUEST else "response-removed"
                self.changes.append(Change(kind, BREAKING if side == REQUEST else OTHER, subject, where))
            elif media_type not in old_content:
                kind = "request-body-added" if side == REQUEST else "response-added"
                self.changes.append(Change(kind, ADDITIVE if side == REQUEST else OTHER, subject, where))
            else:
                old_schema = _dict(old_content[media_type]).get("schema", {})
                new_schema = _dict(new_content[media_type]).get("schema", {})
                self.schema(old_schema, new_schema, _Place(subject, where, side))


def _dict(value: Any) -> JSON:
    """``value`` if it is a dict, else an empty dict."""
    return value if isinstance(value, dict) else {}


def _codes(codes: set[str]) -> list[str]:
    """Response codes in display order."""
    return sorted(codes, key=lambda code: (code == "default", str(code).upper()))


def _variables(path: str) -> list[str]:
    """Names of a path template's variables, in order."""
    return [part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")]


def python_name(name: str) -> str:
    """The keyword a generated client uses for an API name: ``webhook-id`` -> ``webhook_id``."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9A-Za-z]+", "_", spaced).strip("_").lower()


def _param_label(key: tuple[str, str]) -> str:
    """``query parameter branch``."""
    return f"{key[0]} parameter {key[1]}"


def _param_schema(param: JSON) -> Any:
    """Schema of a parameter, from ``schema`` or its single ``content`` entry."""
    if "schema" in param:
        return param["schema"]
    for media in _dict(param.get("content")).values():
        return _dict(media).get("schema", {})
    return {}


def _param_type(param: JSON) -> str:
    """Type string of a parameter's schema."""
    return type_of(_param_schema(param))


# ---------------------------------------------------------------- component usage


def schema_refs(node: Any) -> Iterator[str]:
    """Names of component schemas referenced anywhere inside ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX) :].split("/")[0]
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def reachable_schemas(document: JSON, roots: list[Any]) -> set[str]:
    """Component schemas reachable from ``roots`` through any chain of ``$ref``s."""
    schemas = _dict(_dict(document.get("components")).get("schemas"))
    pending = [resolve(document, root) for root in roots]
    found: set[str] = set()
    while pending:
        node = pending.pop()
        for name in schema_refs(node):
            if name not in found:
                found.add(name)
                pending.append(schemas.get(name))
        for ref in _other_refs(node):
            pending.append(lookup(document, ref))
    return found


def _other_refs(node: Any) -> Iterator[str]:
    """Local non-schema refs (parameters, responses, ...) inside ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and not ref.startswith(SCHEMA_PREFIX):
            yield ref
        for value in node.values():
            yield from _other_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _other_refs(value)


def schema_sides(document: JSON) -> dict[str, set[str]]:
    """For each component schema, whether requests and/or responses use it."""
    request_roots: list[Any] = []
    response_roots: list[Any] = []
    for op in operations(document):
        request_roots.extend([list(op.parameters), op.body.get("requestBody")])
        response_roots.append(op.body.get("responses"))
    sides: dict[str, set[str]] = {}
    for side, roots in ((REQUEST, request_roots), (RESPONSE, response_roots)):
        for name in reachable_schemas(document, roots):
            sides.setdefault(name, set()).add(side)
    return sides


def _side(names: set[str]) -> str:
    """Collapse a set of sides to REQUEST, RESPONSE or BOTH (unused counts as both)."""
    if names == {REQUEST}:
        return REQUEST
    if names == {RESPONSE}:
        return RESPONSE
    return BOTH


# ---------------------------------------------------------------- entry points


def compare(old: JSON, new: JSON) -> Report:
    """Compare two OpenAPI documents and return the report."""
    differ = _OperationDiffer(old, new)
    pairs, removed, added = match_operations(operations(old), operations(new))
    for op in removed:
        differ.changes.append(Change("operation-removed", BREAKING, op.key, old=op.route))
    for op in added:
        differ.changes.append(Change("operation-added", ADDITIVE, op.key, new=op.route))
    for old_op, new_op in sorted(pairs, key=lambda pair: pair[1].key):
        differ.operation(old_op, new_op)
    _compare_components(differ, old, new)
    return Report(_ordered(differ.changes))


def _compare_components(differ: _Differ, old: JSON, new: JSON) -> None:
    """Compare component schemas by name; a removed schema with an equivalent new one is a rename."""
    old_schemas = _dict(_dict(old.get("components")).get("schemas"))
    new_schemas = _dict(_dict(new.get("components")).get("schemas"))
    old_sides, new_sides = schema_sides(old), schema_sides(new)
    added: dict[str, str] = {}
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        added.setdefault(json.dumps(canonical(new, new_schemas[name]), sort_keys=True), name)
    renamed: dict[str, str] = {}
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        twin = added.pop(json.dumps(canonical(old, old_schemas[name]), sort_keys=True), None)
        if twin is not None:
            renamed[name] = twin
    twins = set(renamed.values())
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        subject = f"schema {name}"
        if name in renamed:
            differ.changes.append(Change("schema-renamed", REFACTOR, subject, old=name, new=renamed[name]))
        elif name in twins:
            continue
        elif name not in new_schemas:
            differ.changes.append(Change("schema-removed", BREAKING, subject, old=type_of(old_schemas[name])))
        elif name not in old_schemas:
            differ.changes.append(Change("schema-added", ADDITIVE, subject, new=type_of(new_schemas[name])))
        else:
            side = _side(old_sides.get(name, set()) | new_sides.get(name, set()))
            differ.schema(old_schemas[name], new_schemas[name], _Place(subject, "", side))


def _ordered(changes: list[Change]) -> list[Change]:
    """Operations first, then schemas, each by subject; keep discovery order inside a subject."""
    return sorted(changes, key=lambda change: (change.subject.startswith("schema "), change.subject))


# ---------------------------------------------------------------- rendering


def _plural(count: int, noun: str) -> str:
    """``1 operation`` / ``2 operations`` / ``2 properties``."""
    if count == 1:
        return f"{count} {noun}"
    return f"{count} {noun[:-1]}ies" if noun.endswith("y") else f"{count} {noun}s"


def _segment(noun: str, parts: list[tuple[int, str]]) -> str | None:
    """``3 operations added, 1 removed`` from counted parts, skipping zeros."""
    present = [(count, label) for count, label in parts if count]
    if not present:
        return None
    (first_count, first_label), rest = present[0], present[1:]
    words = [f"{_plural(first_count, noun)} {first_label}"] + [f"{count} {label}" for count, label in rest]
    return ", ".join(words)


def summary_line(report: Report) -> str:
    """One-line counts plus the suggested bump."""
    if not report.changes:
        return "No API changes."
    count = report.count
    segments = [
        _segment(
            "operation",
            [
                (count("operation-added"), "added"),
                (count("operation-removed"), "removed"),
                (count("operation-renamed"), "renamed"),
                (count("operation-moved"), "moved"),
                (count("operation-deprecated"), "deprecated"),
                (count("operation-undeprecated"), "undeprecated"),
            ],
        ),
        _segment("parameter", [(_count_prefix(report, "parameter-"), "changed")]),
        _segment("schema", [(count("schema-added"), "added"), (count("schema-removed"), "removed")]),
        _segment("property", [(_count_prefix(report, "property-"), "changed")]),
        _segment("request body", [(_count_prefix(report, "request-body-"), "changed")]),
        _segment("response", [(count("response-added", "response-removed"), "changed")]),
        _segment(
            "enum value", [(count("enum-value-added"), "added"), (count("enum-value-removed"), "removed")]
        ),
        _segment("enum", [(count("enum-restricted", "enum-lifted"), "added or removed")]),
    ]
    refactors = len(report.by_impact(REFACTOR))
    if refactors:
        segments.append(_plural(refactors, "document refactor"))
    text = "; ".join(segment for segment in segments if segment)
    return f"{text}; suggested bump: {report.bump}"


def _count_prefix(report: Report, prefix: str) -> int:
    """Number of changes whose kind starts with ``prefix``."""
    return sum(1 for change in report.changes if change.kind.startswith(prefix))


def _grouped(changes: list[Change]) -> Iterator[tuple[str, list[Change]]]:
    """Consecutive changes grouped by subject."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.subject, []).append(change)
    yield from groups.items()


def render_text(report: Report) -> str:
    """Plain-text report grouped by impact, then by operation or schema."""
    lines = [summary_line(report)]
    for impact in IMPACTS:
        changes = report.by_impact(impact)
        if not changes:
            continue
        lines += ["", f"{IMPACT_TITLES[impact]} ({len(changes)})"]
        for subject, group in _grouped(changes):
            lines.append(f"  {subject}")
            lines += [f"    - {change.message()}" for change in group]
    for title, notes in report.sections.items():
        if notes:
            lines += ["", f"{title} ({len(notes)})", *[f"  - {note}" for note in notes]]
    return "\n".join(lines) + "\n"


def render_markdown(report: Report) -> str:
    """Markdown report grouped by impact, then by operation or schema."""
    lines = ["## API changes", "", summary_line(report)]
    for impact in IMPACTS:
        changes = report.by_impact(impact)
        if not changes:
            continue
        lines += ["", f"### {IMPACT_TITLES[impact]} ({len(changes)})"]
        for subject, group in _grouped(changes):
            lines += ["", f"#### `{subject}`", ""]
            lines += [f"- {_markdown_message(change)}" for change in group]
    for title, notes in report.sections.items():
        if notes:
            lines += ["", f"### {title} ({len(notes)})", "", *[f"- {note}" for note in notes]]
    return "\n".join(lines) + "\n"


def _markdown_message(change: Change) -> str:
    """A change message with code spans around names and types."""
    text = KIND_LABELS.get(change.kind, change.kind)
    if change.where:
        text += f": `{change.where}`"
    return f"{text} (`{change.detail}`)" if change.detail else text


def summary_lines(report: Report) -> list[str]:
    """Short CHANGELOG bullets, breaking changes first."""
    bullets = []
    for impact in IMPACTS:
        prefix = "Breaking: " if impact == BREAKING else ""
        bullets += [f"- {prefix}{_sentence(change)}" for change in report.by_impact(impact)]
    return bullets


def _sentence(change: Change) -> str:
    """A CHANGELOG-style sentence for one change."""
    if change.kind == "operation-added":
        return f"New operation `{change.subject}` ({change.new})."
    if change.kind == "operation-removed":
        return f"Removed operation `{change.subject}` ({change.old})."
    if change.kind == "operation-renamed":
        return f"Renamed operation `{change.old}` to `{change.new}`."
    if change.kind == "operation-deprecated":
        return f"Deprecated operation `{change.subject}`."
    label = KIND_LABELS.get(change.kind, change.kind)
    detail = f" ({change.detail})" if change.detail else ""
    return f"{label[0].upper()}{label[1:]}: `{change.location}`{detail}."


# ---------------------------------------------------------------- command line


def load(path: str) -> JSON:
    """Read a JSON OpenAPI document from a file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path} is not a JSON document: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return data


def main(argv: list[str] | None = None) -> int:
    """Print the change report between two documents."""
    parser = argparse.ArgumentParser(prog="spec_report.py", description="Report API changes.")
    parser.add_argument("old", metavar="OLD.json")
    parser.add_argument("new", metavar="NEW.json")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        report = compare(load(args.old), load(args.new))
    except ValueError as exc:
        print(f"spec_report: error: {exc}", file=sys.stderr)
        return 2
    renderers = {"text": render_text, "markdown": render_markdown, "json": Report.to_json}
    sys.stdout.write(renderers[args.format](report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
