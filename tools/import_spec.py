"""Import CircleCI's OpenAPI document as a facts-only copy.

The importer walks the document knowing, for every kind of OpenAPI object, which
keys are keywords and which are names chosen by the API author (paths, property
names, response codes, media types, component names ...).  Only an allowlist of
structural keywords survives; prose (``description``, ``example`` ...) and vendor
extensions other than ``x-nullable`` are dropped.  Keywords that the importer does
not know are dropped too and reported as notes, so that nothing unexpected can
slip into the vendored copy.

Values of ``enum``, ``default`` and ``const`` (and a few other data slots such as
security requirements and link parameters) are copied verbatim.

Output ordering (see ``KINDS`` for the exact per-object key order):

* keyword objects: the order in which their keys are listed in ``KINDS``;
* ``paths`` and every other name-map: sorted by name, except ``properties`` and
  ``patternProperties`` which keep the source order;
* responses: numeric codes, then ranges such as ``4XX``, then ``default``;
* HTTP methods: get, put, post, delete, options, head, patch, trace;
* lists: always in source order.

Usage::

    python tools/import_spec.py SRC [-o openapi/circleci-v2.json] [--date YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO_ROOT / "openapi" / "circleci-v2.json"
PROVENANCE_KEY = "x-circleci-api-source"
FETCH_TIMEOUT = 60
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords that carry prose or samples.  They are dropped silently; anything else
# that is neither allowlisted nor an ``x-`` extension is dropped with a note.
PROSE_KEYWORDS = frozenset(
    {"description", "example", "examples", "externalDocs", "termsOfService", "contact", "$comment"}
)
# Keywords dropped on purpose for one kind of object only (not worth a note).
DROPPED_KEYWORDS: dict[str, frozenset[str]] = {
    "info": frozenset({"summary"}),
    "license": frozenset({"url", "identifier"}),
}
# Vendor extensions that are structural and therefore kept wherever they appear.
KEPT_EXTENSIONS = ("x-nullable",)

# How a child value is imported.  A plain kind name means "a keyword object of
# that kind"; the other forms are listed in ``_transform``.
RAW = "raw"
SCHEMA_KEYS: tuple[tuple[str, str], ...] = (
    ("$ref", RAW),
    ("title", RAW),
    ("type", RAW),
    ("format", RAW),
    ("nullable", RAW),
    ("x-nullable", RAW),
    ("const", RAW),
    ("enum", RAW),
    ("default", RAW),
    ("deprecated", RAW),
    ("readOnly", RAW),
    ("writeOnly", RAW),
    ("multipleOf", RAW),
    ("minimum", RAW),
    ("exclusiveMinimum", RAW),
    ("maximum", RAW),
    ("exclusiveMaximum", RAW),
    ("minLength", RAW),
    ("maxLength", RAW),
    ("pattern", RAW),
    ("contentEncoding", RAW),
    ("contentMediaType", RAW),
    ("contentSchema", "schema"),
    ("items", "schema_or_list"),
    ("prefixItems", "list:schema"),
    ("contains", "schema"),
    ("minContains", RAW),
    ("maxContains", RAW),
    ("minItems", RAW),
    ("maxItems", RAW),
    ("uniqueItems", RAW),
    ("unevaluatedItems", "schema"),
    ("required", RAW),
    ("properties", "map_source:schema"),
    ("patternProperties", "map_source:schema"),
    ("additionalProperties", "schema"),
    ("unevaluatedProperties", "schema"),
    ("propertyNames", "schema"),
    ("minProperties", RAW),
    ("maxProperties", RAW),
    ("dependentRequired", RAW),
    ("dependentSchemas", "map:schema"),
    ("discriminator", "discriminator"),
    ("allOf", "list:schema"),
    ("oneOf", "list:schema"),
    ("anyOf", "list:schema"),
    ("not", "schema"),
    ("if", "schema"),
    ("then", "schema"),
    ("else", "schema"),
    ("xml", "xml"),
    ("$id", RAW),
    ("$schema", RAW),
    ("$anchor", RAW),
    ("$defs", "map:schema"),
    ("definitions", "map:schema"),
)

PARAMETER_KEYS: tuple[tuple[str, str], ...] = (
    ("$ref", RAW),
    ("name", RAW),
    ("in", RAW),
    ("required", RAW),
    ("deprecated", RAW),
    ("allowEmptyValue", RAW),
    ("style", RAW),
    ("explode", RAW),
    ("allowReserved", RAW),
    ("schema", "schema"),
    ("content", "map:media_type"),
)

# Every kind of keyword object, with its allowed keys in output order.
KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "document": (
        ("openapi", RAW),
        ("info", "info"),
        ("jsonSchemaDialect", RAW),
        ("servers", "list:server"),
        ("security", RAW),
        ("tags", "list:tag"),
        ("paths", "paths"),
        ("webhooks", "map:path_item"),
        ("components", "components"),
    ),
    "info": (("title", RAW), ("version", RAW), ("license", "license")),
    "license": (("name", RAW),),
    "server": (("url", RAW), ("variables", "map:server_variable")),
    "server_variable": (("enum", RAW), ("default", RAW)),
    "tag": (("name", RAW),),
    "path_item": (
        ("$ref", RAW),
        ("summary", RAW),
        ("servers", "list:server"),
        ("parameters", "list:parameter"),
        *((method, "operation") for method in HTTP_METHODS),
    ),
    "operation": (
        ("operationId", RAW),
        ("summary", RAW),
        ("tags", RAW),
        ("deprecated", RAW),
        ("security", RAW),
        ("servers", "list:server"),
        ("parameters", "list:parameter"),
        ("requestBody", "request_body"),
        ("responses", "responses"),
        ("callbacks", "map:callback"),
    ),
    "parameter": PARAMETER_KEYS,
    "header": tuple(item for item in PARAMETER_KEYS if item[0] not in ("name", "in")),
    "request_body": (("$ref", RAW), ("required", RAW), ("content", "map:media_type")),
    "media_type": (("schema", "schema"), ("encoding", "map:encoding")),
    "encoding": (
        ("contentType", RAW),
        ("style", RAW),
        ("explode", RAW),
        ("allowReserved", RAW),
        ("headers", "map:header"),
    ),
    "response": (
        ("$ref", RAW),
        ("headers", "map:header"),
        ("content", "map:media_type"),
        ("links", "map:link"),
    ),
    "link": (
        ("$ref", RAW),
        ("operationId", RAW),
        ("operationRef", RAW),
        ("parameters", RAW),
        ("requestBody", RAW),
        ("server", "server"),
    ),
    "components": (
        ("schemas", "map:schema"),
        ("responses", "map:response"),
        ("parameters", "map:parameter"),
        ("requestBodies", "map:request_body"),
        ("headers", "map:header"),
        ("securitySchemes", "map:security_scheme"),
        ("links", "map:link"),
        ("callbacks", "map:callback"),
        ("pathItems", "map:path_item"),
    ),
    "security_scheme": (
        ("$ref", RAW),
        ("type", RAW),
        ("name", RAW),
        ("in", RAW),
        ("scheme", RAW),
        ("bearerFormat", RAW),
        ("flows", "oauth_flows"),
        ("openIdConnectUrl", RAW),
    ),
    "oauth_flows": tuple(
        (flow, "oauth_flow") for flow in ("implicit", "password", "clientCredentials", "authorizationCode")
    ),
    "oauth_flow": (
        ("authorizationUrl", RAW),
        ("tokenUrl", RAW),
        ("refreshUrl", RAW),
        ("scopes", "scopes"),
    ),
    "discriminator": (("propertyName", RAW), ("mapping", "map:raw")),
    "xml": (("name", RAW), ("namespace", RAW), ("prefix", RAW), ("attribute", RAW), ("wrapped", RAW)),
    "schema": SCHEMA_KEYS,
}


class SpecImportError(Exception):
    """The source could not be read or is not an OpenAPI 3 document."""


class _Walker:
    """Copies allowlisted structure out of an OpenAPI document."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def transform(self, how: str, value: Any, pointer: str) -> Any:
        """Import ``value`` according to the child rule ``how``."""
        if how == RAW:
            return value
        if how.startswith("list:"):
            return self._list(how[5:], value, pointer)
        if how.startswith("map:"):
            return self._map(how[4:], value, pointer, sort_keys=_by_name)
        if how.startswith("map_source:"):
            return self._map(how[11:], value, pointer, sort_keys=None)
        if how == "paths":
            return self._map("path_item", value, pointer, sort_keys=_by_name)
        if how == "responses":
            return self._map("response", value, pointer, sort_keys=_by_status_code)
        if how == "callback":
            return self._map("path_item", value, pointer, sort_keys=_by_name)
        if how == "scopes":
            # Scope values are human descriptions; keep the names only.
            return dict.fromkeys(sorted(value), "") if isinstance(value, dict) else value
        if how == "schema_or_list" and isinstance(value, list):
            return self._list("schema", value, pointer)
        if how == "schema_or_list":
            how = "schema"
        return self._object(how, value, pointer)

    def _object(self, kind: str, value: Any, pointer: str) -> Any:
        """Import a keyword object, keeping allowlisted keys in canonical order."""
        if not isinstance(value, dict):
            return value  # booleans as schemas, or malformed input kept as data
        allowed = KINDS[kind]
        result: dict[str, Any] = {}
        for key, how in allowed:
            if key in value:
                result[key] = self.transform(how, value[key], f"{pointer}/{_escape(key)}")
        if kind == "response" and "$ref" not in value:
            # OpenAPI 3.0 requires a description on every response; keep the document valid without prose.
            result = {"description": "", **result}
        if kind == "schema" and "/responses/" in pointer and isinstance(result.get("default"), str):
            # A default inside a response body documents a sample message; it is prose, not behaviour.
            del result["default"]
        known = {key for key, _ in allowed}
        for key in sorted(value):
            if key in known:
                continue
            if key in KEPT_EXTENSIONS:
                result[key] = value[key]
            elif not (_is_prose(key) or key in DROPPED_KEYWORDS.get(kind, ())):
                self.notes.append(f"dropped unknown {kind} keyword {key!r} at {pointer or '/'}")
        return result

    def _map(
        self, kind: str, value: Any, pointer: str, *, sort_keys: Callable[[Iterable[str]], list[str]] | None
    ) -> Any:
        """Import a map whose keys are names and whose values are objects of ``kind``."""
        if not isinstance(value, dict):
            return value
        names = list(value) if sort_keys is None else sort_keys(value)
        return {name: self.transform(kind, value[name], f"{pointer}/{_escape(name)}") for name in names}

    def _list(self, kind: str, value: Any, pointer: str) -> Any:
        """Import a list of objects of ``kind`` in source order."""
        if not isinstance(value, list):
            return value
        return [self.transform(kind, item, f"{pointer}/{index}") for index, item in enumerate(value)]


def _is_prose(key: str) -> bool:
    """Tell whether a keyword is prose, a sample or a vendor extension."""
    return key in PROSE_KEYWORDS or key.startswith("x-")


def _escape(name: str) -> str:
    """Escape a name for use in a JSON pointer."""
    return name.replace("~", "~0").replace("/", "~1")


def _by_name(names: Iterable[str]) -> list[str]:
    """Sort map keys by name."""
    return sorted(names)


def _by_status_code(codes: Iterable[str]) -> list[str]:
    """Sort response codes: explicit codes, then ranges like 4XX, then ``default``."""
    return sorted(codes, key=lambda code: (code == "default", str(code).upper()))


def decode_document(raw: bytes) -> dict[str, Any]:
    """Parse raw bytes as JSON (or JSON-compatible YAML when PyYAML is installed)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecImportError(f"source is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as json_error:
        data = _load_yaml(text, json_error)
    if not isinstance(data, dict):
        raise SpecImportError("source is not an OpenAPI document: the top level is not an object")
    return data


def _load_yaml(text: str, json_error: json.JSONDecodeError) -> Any:
    """Fall back to YAML if PyYAML is available; otherwise report the JSON error."""
    reason = (
        f"source is not valid JSON ({json_error.msg} at line {json_error.lineno}, column {json_error.colno})"
    )
    try:
        yaml = importlib.import_module("yaml")
    except ImportError:
        raise SpecImportError(reason) from json_error
    try:
        data = yaml.safe_load(text)
        json.dumps(data, allow_nan=False)
    except (yaml.YAMLError, TypeError, ValueError) as exc:
        raise SpecImportError(f"{reason}; it is not JSON-compatible YAML either") from exc
    if not isinstance(data, dict):
        raise SpecImportError(reason)
    return data


def check_openapi(data: dict[str, Any]) -> None:
    """Reject documents that are not OpenAPI 3.x."""
    if "swagger" in data:
        raise SpecImportError("Swagger 2.0 documents are not supported; need OpenAPI 3.x")
    version = data.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecImportError("source is not an OpenAPI 3.x document (missing or unknown 'openapi' version)")
    if not isinstance(data.get("info"), dict):
        raise SpecImportError("source is not an OpenAPI document: 'info' object missing")
    if not isinstance(data.get("paths", {}), dict):
        raise SpecImportError("source is not an OpenAPI document: 'paths' is not an object")


def count_operations(document: dict[str, Any]) -> int:
    """Count the operations (method entries) under ``paths``."""
    paths = document.get("paths") or {}
    return sum(
        1 for item in paths.values() if isinstance(item, dict) for method in HTTP_METHODS if method in item
    )


def import_document(
    raw: bytes, *, source_name: str, date: str | None, notes: list[str] | None = None
) -> dict[str, Any]:
    """Return the facts-only copy of the OpenAPI document in ``raw``.

    Unknown keywords that were dropped are appended to ``notes`` when given.
    """
    data = decode_document(raw)
    check_openapi(data)
    walker = _Walker()
    document: dict[str, Any] = walker.transform("document", data, "")
    document[PROVENANCE_KEY] = {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "date": date,
        "source": source_name,
        "operations": count_operations(document),
    }
    if notes is not None:
        notes.extend(sorted(set(walker.notes)))
    return document


def dump_document(document: dict[str, Any]) -> str:
    """Serialise a document as stable, diff-friendly JSON."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def is_url(source: str) -> bool:
    """Tell whether the source is an http(s) URL."""
    return source.startswith(("http://", "https://"))


def fetch_url(url: str) -> tuple[bytes, str | None]:
    """Download ``url``; return the body and the Last-Modified date (YYYY-MM-DD) if any."""
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": "circleci-api-import-spec"}
    )
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            body: bytes = response.read()
            last_modified = response.headers.get("Last-Modified")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise SpecImportError(f"cannot fetch {url}: {exc}") from exc
    return body, _http_date(last_modified)


def _http_date(value: str | None) -> str | None:
    """Convert an HTTP date header to YYYY-MM-DD (UTC); None if absent or unparsable."""
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.date().isoformat()


def read_source(source: str) -> tuple[bytes, str, str | None]:
    """Read SRC; return raw bytes, the provenance source name, and a date hint."""
    if is_url(source):
        body, date = fetch_url(source)
        return body, source, date
    path = Path(source)
    try:
        return path.read_bytes(), path.name, None
    except OSError as exc:
        raise SpecImportError(f"cannot read {source}: {exc.strerror or exc}") from exc


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file so a failure leaves it untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temp_name, _file_mode(path))
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """Mode for the written file: keep an existing file's mode, else 0644 minus the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _date_argument(value: str) -> str:
    """argparse type for --date: a real calendar date written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a valid date: {value!r}") from exc
    return value


def build_parser() -> argparse.ArgumentParser:
    """Command-line interface definition."""
    parser = argparse.ArgumentParser(
        prog="import_spec.py", description="Vendor a facts-only copy of CircleCI's OpenAPI document."
    )
    parser.add_argument("source", metavar="SRC", help="path or http(s) URL of the OpenAPI document")
    parser.add_argument(
        "-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="where to write (default: %(default)s)"
    )
    parser.add_argument(
        "--date", type=_date_argument, help="publication date (default: Last-Modified for URLs)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the importer; return a process exit code."""
    args = build_parser().parse_args(argv)
    notes: list[str] = []
    try:
        raw, source_name, date_hint = read_source(args.source)
        document = import_document(raw, source_name=source_name, date=args.date or date_hint, notes=notes)
        write_atomically(args.output, dump_document(document))
    except SpecImportError as exc:
        print(f"import_spec: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"import_spec: error: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"import_spec: note: {note}", file=sys.stderr)
    operations = document[PROVENANCE_KEY]["operations"]
    print(f"wrote {args.output} ({operations} operations)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
