"""Tests for tools/import_spec.py (offline; synthetic documents in our own words)."""

from __future__ import annotations

import copy
import hashlib
import http.server
import importlib.util
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.reference_spec import reference_spec

REPO_ROOT = Path(__file__).resolve().parents[2]
VENDORED = REPO_ROOT / "openapi" / "circleci-v2.json"
REFERENCE_SHA256 = "61c6ce11e8de509948aa3d53dcd0169913f52de20920b130b6a85dea41d66d07"
MARKER = "ZZPROSE"  # every bit of prose in the fixtures carries this marker


def _load_tool(name: str) -> ModuleType:
    """Load tools/<name>.py by path (the test package is also called ``tools``)."""
    module_name = f"_circleci_tools_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, REPO_ROOT / "tools" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


import_spec = _load_tool("import_spec")


def bakery_document() -> dict[str, Any]:
    """A small invented OpenAPI document full of prose, samples and tricky names."""
    return {
        "openapi": "3.0.3",
        "x-internal-team": "bread squad",
        "info": {
            "title": "Bakery API",
            "version": "1.2",
            "description": f"{MARKER} A long tale about sourdough starters.",
            "termsOfService": "https://bakery.invalid/terms",
            "contact": {"name": "Head baker", "email": "baker@bakery.invalid"},
            "license": {"name": "Apache-2.0", "url": "https://bakery.invalid/licence"},
        },
        "servers": [{"url": "https://bakery.invalid/api", "description": f"{MARKER} the main oven"}],
        "security": [{"token": []}],
        "tags": [
            {
                "name": "Loaves",
                "description": f"{MARKER} Everything about loaves.",
                "externalDocs": {"url": "https://bakery.invalid/docs", "description": f"{MARKER} more"},
            },
            {"name": "Ovens"},
        ],
        "paths": {
            "/ovens": {
                "post": {
                    "operationId": "lightOven",
                    "summary": "Light an oven",
                    "tags": ["Ovens"],
                    "requestBody": {"$ref": "#/components/requestBodies/OvenSettings"},
                    "responses": {"202": {"description": f"{MARKER} warming up"}},
                    "x-codeSamples": [{"lang": "Shell", "source": f"curl {MARKER}"}],
                },
            },
            "/loaves/{loaf-id}": {
                "parameters": [{"$ref": "#/components/parameters/description"}],
                "delete": {
                    "operationId": "deleteLoaf",
                    "summary": "Throw a loaf away",
                    "responses": {"204": {"description": f"{MARKER} gone"}},
                },
                "get": {
                    "x-codeSamples": [{"lang": "Python", "source": f"print('{MARKER}')"}],
                    "responses": {
                        "default": {"$ref": "#/components/responses/Burnt"},
                        "404": {"description": f"{MARKER} no such loaf"},
                        "200": {
                            "description": f"{MARKER} the loaf you asked for",
                            "headers": {
                                "X-Crumbs-Left": {
                                    "description": f"{MARKER} how many crumbs remain",
                                    "schema": {"type": "integer", "minimum": 0},
                                }
                            },
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Loaf"},
                                    "example": {"name": f"{MARKER} rye"},
                                    "examples": {"plain": {"summary": MARKER, "value": {}}},
                                }
                            },
                            "links": {
                                "Oven": {
                                    "operationId": "lightOven",
                                    "parameters": {"loaf": "$response.body#/name"},
                                    "description": f"{MARKER} follow the heat",
                                }
                            },
                        },
                    },
                    "operationId": "getLoaf",
                    "summary": "Fetch one loaf",
                    "description": f"{MARKER} Returns the loaf with all its crumbs.",
                    "tags": ["Loaves"],
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": "loaf-id",
                            "in": "path",
                            "required": True,
                            "description": f"{MARKER} which loaf",
                            "example": "3f0c",
                            "schema": {"type": "string", "format": "uuid"},
                            "x-go-name": "LoafID",
                        },
                        {
                            "name": "crust",
                            "in": "query",
                            "required": False,
                            "deprecated": True,
                            "allowEmptyValue": True,
                            "style": "form",
                            "explode": False,
                            "allowReserved": True,
                            "schema": {
                                "type": "string",
                                "enum": ["soft", "description", "example"],
                                "default": "description",
                            },
                        },
                    ],
                },
            },
        },
        "components": {
            "securitySchemes": {
                "token": {
                    "type": "apiKey",
                    "name": "X-Bakery-Token",
                    "in": "header",
                    "description": f"{MARKER} ask the baker for one",
                }
            },
            "responses": {
                "Burnt": {
                    "description": f"{MARKER} the oven was too hot",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"message": {"type": "string", "default": "description"}},
                            }
                        }
                    },
                }
            },
            "requestBodies": {
                "OvenSettings": {
                    "required": True,
                    "description": f"{MARKER} knobs",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["temperature"],
                                "properties": {
                                    "temperature": {"type": "integer", "maximum": 300, "multipleOf": 5},
                                    "description": {"type": "string", "description": f"{MARKER} a note"},
                                },
                            }
                        }
                    },
                }
            },
            "parameters": {
                "description": {
                    "name": "description",
                    "in": "header",
                    "description": f"{MARKER} a header that happens to be called description",
                    "schema": {"type": "string"},
                }
            },
            "schemas": {
                "example": {"type": "string", "description": f"{MARKER} a schema named example"},
                "Loaf": {
                    "title": "Loaf",
                    "type": "object",
                    "description": f"{MARKER} A baked good.",
                    "required": ["name", "description"],
                    "example": {"name": "rye", "description": f"{MARKER} dark"},
                    "properties": {
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 40,
                            "pattern": "^[a-z]+$",
                            "x-go-name": "Name",
                        },
                        "description": {
                            "type": "string",
                            "x-nullable": True,
                            "description": f"{MARKER} what the loaf looks like",
                            "example": f"{MARKER} crusty",
                        },
                        "example": {"$ref": "#/components/schemas/example"},
                        "weight": {
                            "type": "number",
                            "format": "double",
                            "minimum": 0,
                            "maximum": 9,
                            "readOnly": True,
                        },
                        "seeds": {
                            "type": "array",
                            "items": {"type": "string", "enum": ["poppy", "sesame"]},
                            "minItems": 0,
                            "maxItems": 3,
                            "uniqueItems": True,
                        },
                        "kind": {
                            "type": "string",
                            "enum": ["rye", "description"],
                            "default": "description",
                            "nullable": True,
                        },
                        "extras": {
                            "type": "object",
                            "default": {"description": "kept because it is data", "example": 1},
                            "additionalProperties": {"type": "string", "writeOnly": True},
                        },
                        "shape": {
                            "oneOf": [{"$ref": "#/components/schemas/example"}, {"type": "integer"}],
                            "discriminator": {"propertyName": "kind", "mapping": {"b": "#/x", "a": "#/y"}},
                        },
                    },
                },
            },
        },
    }


def encode(document: dict[str, Any]) -> bytes:
    """Serialise a fixture the way a publisher might (compact, unsorted)."""
    return json.dumps(document).encode()


def run_import(document: dict[str, Any], date: str | None = "2024-01-02") -> dict[str, Any]:
    """Import a fixture document and return the result."""
    raw = encode(document)
    result: dict[str, Any] = import_spec.import_document(raw, source_name="bakery.json", date=date)
    return result


def reversed_keys(node: Any, *, keep_order: bool = False) -> Any:
    """Reverse the key order of every keyword object (``properties`` and data keep theirs)."""
    if isinstance(node, list):
        return [reversed_keys(item) for item in node]
    if not isinstance(node, dict):
        return node
    keys = list(node) if keep_order else list(reversed(node))
    result = {}
    for key in keys:
        if key in ("enum", "default", "const", "example"):
            result[key] = node[key]
        else:
            result[key] = reversed_keys(node[key], keep_order=key == "properties")
    return result


NAME_MAPS = {
    "paths",
    "properties",
    "patternProperties",
    "responses",
    "content",
    "headers",
    "links",
    "callbacks",
    "encoding",
    "variables",
    "mapping",
    "schemas",
    "requestBodies",
    "securitySchemes",
    "definitions",
    "$defs",
}
DATA_KEYS = {"enum", "default", "const", "security"}
PROSE_KEYS = {"description", "example", "examples", "externalDocs", "termsOfService", "contact"}


def keyword_keys(node: Any, *, names: bool = False) -> Iterator[str]:
    """Yield every key used as a keyword (not as a name, not inside data values)."""
    if isinstance(node, list):
        for item in node:
            yield from keyword_keys(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if not names and not (key == "description" and value == ""):
            # An empty description is how responses stay valid OpenAPI 3.0 without prose.
            yield key
        if not names and key in DATA_KEYS:
            continue
        child_is_map = not names and (key in NAME_MAPS or (key == "parameters" and isinstance(value, dict)))
        yield from keyword_keys(value, names=child_is_map)


# ------------------------------------------------------------ dropping prose


def test_prose_and_samples_are_dropped() -> None:
    result = run_import(bakery_document())
    text = import_spec.dump_document(result)
    assert MARKER not in text
    keywords = set(keyword_keys(result))
    assert not keywords & PROSE_KEYS
    assert not {key for key in keywords if key.startswith("x-")} - {"x-nullable", "x-circleci-api-source"}
    assert "x-codeSamples" not in text
    assert "x-go-name" not in text
    assert "x-internal-team" not in text


def test_info_servers_tags_and_security_schemes_are_reduced_to_facts() -> None:
    result = run_import(bakery_document())
    assert result["info"] == {"title": "Bakery API", "version": "1.2", "license": {"name": "Apache-2.0"}}
    assert result["servers"] == [{"url": "https://bakery.invalid/api"}]
    assert result["tags"] == [{"name": "Loaves"}, {"name": "Ovens"}]
    assert result["security"] == [{"token": []}]
    assert result["components"]["securitySchemes"] == {
        "token": {"type": "apiKey", "name": "X-Bakery-Token", "in": "header"}
    }


def test_x_nullable_is_kept() -> None:
    loaf = run_import(bakery_document())["components"]["schemas"]["Loaf"]
    assert loaf["properties"]["description"] == {"type": "string", "x-nullable": True}
    assert loaf["properties"]["kind"]["nullable"] is True


def test_names_that_look_like_keywords_are_kept() -> None:
    result = run_import(bakery_document())
    loaf = result["components"]["schemas"]["Loaf"]
    assert list(loaf["properties"]) == [
        "name",
        "description",
        "example",
        "weight",
        "seeds",
        "kind",
        "extras",
        "shape",
    ]
    assert loaf["required"] == ["name", "description"]
    assert result["components"]["schemas"]["example"] == {"type": "string"}
    assert result["components"]["parameters"]["description"] == {
        "name": "description",
        "in": "header",
        "schema": {"type": "string"},
    }
    body = result["components"]["requestBodies"]["OvenSettings"]
    assert list(body["content"]["application/json"]["schema"]["properties"]) == ["temperature", "description"]


def test_data_values_are_never_stripped() -> None:
    result = run_import(bakery_document())
    loaf = result["components"]["schemas"]["Loaf"]
    assert loaf["properties"]["kind"]["enum"] == ["rye", "description"]
    assert loaf["properties"]["kind"]["default"] == "description"
    assert loaf["properties"]["extras"]["default"] == {"description": "kept because it is data", "example": 1}
    crust = result["paths"]["/loaves/{loaf-id}"]["get"]["parameters"][1]
    assert crust["schema"]["enum"] == ["soft", "description", "example"]
    assert crust["schema"]["default"] == "description"
    burnt = result["components"]["responses"]["Burnt"]["content"]["application/json"]["schema"]
    # A default inside a response body is a sample message (prose), not request behaviour.
    assert burnt["properties"]["message"] == {"type": "string"}


def test_responses_keep_an_empty_description() -> None:
    result = run_import(bakery_document())
    burnt = result["components"]["responses"]["Burnt"]
    assert burnt["description"] == ""


def test_structural_facts_are_kept() -> None:
    result = run_import(bakery_document())
    get = result["paths"]["/loaves/{loaf-id}"]["get"]
    assert get["operationId"] == "getLoaf"
    assert get["summary"] == "Fetch one loaf"
    assert get["tags"] == ["Loaves"]
    assert get["deprecated"] is True
    assert get["parameters"][0] == {
        "name": "loaf-id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
    }
    assert get["parameters"][1] == {
        "name": "crust",
        "in": "query",
        "required": False,
        "deprecated": True,
        "allowEmptyValue": True,
        "style": "form",
        "explode": False,
        "allowReserved": True,
        "schema": {"type": "string", "enum": ["soft", "description", "example"], "default": "description"},
    }
    ok = get["responses"]["200"]
    assert ok["headers"] == {"X-Crumbs-Left": {"schema": {"type": "integer", "minimum": 0}}}
    assert ok["content"] == {"application/json": {"schema": {"$ref": "#/components/schemas/Loaf"}}}
    link = {"operationId": "lightOven", "parameters": {"loaf": "$response.body#/name"}}
    assert ok["links"] == {"Oven": link}
    props = result["components"]["schemas"]["Loaf"]["properties"]
    assert props["name"] == {"type": "string", "minLength": 1, "maxLength": 40, "pattern": "^[a-z]+$"}
    assert props["seeds"]["uniqueItems"] is True
    assert props["seeds"]["items"]["enum"] == ["poppy", "sesame"]
    assert props["weight"]["readOnly"] is True
    assert props["extras"]["additionalProperties"] == {"type": "string", "writeOnly": True}
    assert props["shape"]["discriminator"] == {"propertyName": "kind", "mapping": {"a": "#/y", "b": "#/x"}}
    assert result["components"]["requestBodies"]["OvenSettings"]["required"] is True


# ------------------------------------------------------------ ordering and determinism


def test_canonical_ordering() -> None:
    result = run_import(bakery_document())
    assert list(result) == [
        "openapi",
        "info",
        "servers",
        "security",
        "tags",
        "paths",
        "components",
        "x-circleci-api-source",
    ]
    assert list(result["paths"]) == ["/loaves/{loaf-id}", "/ovens"]
    assert list(result["paths"]["/loaves/{loaf-id}"]) == ["parameters", "get", "delete"]
    get = result["paths"]["/loaves/{loaf-id}"]["get"]
    assert list(get) == ["operationId", "summary", "tags", "deprecated", "parameters", "responses"]
    assert list(get["responses"]) == ["200", "404", "default"]
    components = ["schemas", "responses", "parameters", "requestBodies", "securitySchemes"]
    assert list(result["components"]) == components
    assert list(result["components"]["schemas"]) == ["Loaf", "example"]
    assert list(result["components"]["schemas"]["Loaf"])[:3] == ["title", "type", "required"]
    assert list(result["components"]["schemas"]["Loaf"]["properties"]["kind"]) == [
        "type",
        "nullable",
        "enum",
        "default",
    ]


def test_output_is_byte_identical_across_runs_and_key_orders() -> None:
    document = bakery_document()
    first = import_spec.dump_document(run_import(document))
    second = import_spec.dump_document(run_import(copy.deepcopy(document)))
    shuffled_document = reversed_keys(document)
    assert list(shuffled_document) != list(document)
    shuffled = run_import(shuffled_document)
    shuffled["x-circleci-api-source"]["sha256"] = run_import(document)["x-circleci-api-source"]["sha256"]
    assert first == second
    assert import_spec.dump_document(shuffled) == first


def test_dump_format() -> None:
    document = bakery_document()
    document["paths"]["/ovens"]["post"]["summary"] = "Préchauffer le four ✓"
    text = import_spec.dump_document(run_import(document))
    assert text.endswith("}\n")
    assert '\n  "info": {\n    "title": "Bakery API",' in text
    assert "Préchauffer le four ✓" in text


def test_importing_the_output_again_changes_nothing_but_provenance() -> None:
    once = run_import(bakery_document())
    raw = import_spec.dump_document(once).encode()
    twice = import_spec.import_document(raw, source_name="again.json", date="2024-01-02")
    assert twice["x-circleci-api-source"]["sha256"] == hashlib.sha256(raw).hexdigest()
    once.pop("x-circleci-api-source")
    twice.pop("x-circleci-api-source")
    assert import_spec.dump_document(twice) == import_spec.dump_document(once)


def test_provenance_is_recorded() -> None:
    raw = encode(bakery_document())
    result = import_spec.import_document(raw, source_name="bakery.json", date="2024-01-02")
    assert result["x-circleci-api-source"] == {
        "sha256": hashlib.sha256(raw).hexdigest(),
        "date": "2024-01-02",
        "source": "bakery.json",
        "operations": 3,
    }
    assert run_import(bakery_document(), date=None)["x-circleci-api-source"]["date"] is None


def test_unknown_keywords_are_dropped_with_a_note() -> None:
    document = bakery_document()
    document["components"]["schemas"]["example"]["frobnicate"] = f"{MARKER} odd"
    notes: list[str] = []
    result = import_spec.import_document(encode(document), source_name="b.json", date=None, notes=notes)
    assert result["components"]["schemas"]["example"] == {"type": "string"}
    assert notes == ["dropped unknown schema keyword 'frobnicate' at /components/schemas/example"]


def test_json_compatible_yaml_is_accepted() -> None:
    yaml = pytest.importorskip("yaml")
    document = bakery_document()
    raw = yaml.safe_dump(document, sort_keys=False).encode()
    result = import_spec.import_document(raw, source_name="bakery.yaml", date=None)
    expected = run_import(document, date=None)
    expected["x-circleci-api-source"]["sha256"] = hashlib.sha256(raw).hexdigest()
    expected["x-circleci-api-source"]["source"] = "bakery.yaml"
    assert import_spec.dump_document(result) == import_spec.dump_document(expected)


def test_yaml_that_is_not_json_compatible_is_rejected() -> None:
    pytest.importorskip("yaml")
    raw = b"openapi: 3.0.3\ninfo: {title: t, version: v}\npaths: {}\nreleased: 2024-01-02\n"
    with pytest.raises(import_spec.SpecImportError, match="not JSON-compatible YAML"):
        import_spec.import_document(raw, source_name="odd.yaml", date=None)


# ------------------------------------------------------------ command line


def test_cli_writes_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bakery-src.json"
    source.write_bytes(encode(bakery_document()))
    output = tmp_path / "out" / "bakery.json"
    assert import_spec.main([str(source), "-o", str(output), "--date", "2024-03-04"]) == 0
    written = json.loads(output.read_text(encoding="utf-8"))
    assert written["x-circleci-api-source"]["source"] == "bakery-src.json"
    assert written["x-circleci-api-source"]["date"] == "2024-03-04"
    assert "3 operations" in capsys.readouterr().out
    first = output.read_bytes()
    assert import_spec.main([str(source), "-o", str(output), "--date", "2024-03-04"]) == 0
    assert output.read_bytes() == first


def test_cli_rejects_a_malformed_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bakery.json"
    source.write_bytes(encode(bakery_document()))
    with pytest.raises(SystemExit) as excinfo:
        import_spec.main([str(source), "-o", str(tmp_path / "o.json"), "--date", "2024-13-40"])
    assert excinfo.value.code == 2
    assert "not a valid date" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{ not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not an OpenAPI document"),
        (b'{"title": "a recipe"}', "not an OpenAPI 3.x document"),
        (b'{"swagger": "2.0", "info": {}, "paths": {}}', "Swagger 2.0"),
        (b'{"openapi": "3.0.0", "paths": {}}', "'info' object missing"),
    ],
)
def test_bad_input_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    output = tmp_path / "out.json"
    output.write_text("untouched\n", encoding="utf-8")
    assert import_spec.main([str(source), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("import_spec: error: ")
    assert message in err
    assert output.read_text(encoding="utf-8") == "untouched\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.json", "out.json"]


def test_missing_file_fails_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.json"
    assert import_spec.main([str(tmp_path / "nowhere.json"), "-o", str(output)]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert not output.exists()


# ------------------------------------------------------------ fetching over HTTP


@pytest.fixture(scope="module")
def bakery_server() -> Iterator[str]:
    """Serve the fixture on 127.0.0.1 with a Last-Modified header; yield the base URL."""
    body = encode(bakery_document())

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/openapi.json":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Last-Modified", "Wed, 05 Jun 2024 23:30:00 GMT")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_fetches_a_url_and_dates_it_from_last_modified(bakery_server: str, tmp_path: Path) -> None:
    url = f"{bakery_server}/openapi.json"
    output = tmp_path / "fetched.json"
    assert import_spec.main([url, "-o", str(output)]) == 0
    provenance = json.loads(output.read_text(encoding="utf-8"))["x-circleci-api-source"]
    assert provenance == {
        "sha256": hashlib.sha256(encode(bakery_document())).hexdigest(),
        "date": "2024-06-05",
        "source": url,
        "operations": 3,
    }


def test_explicit_date_overrides_last_modified(bakery_server: str, tmp_path: Path) -> None:
    output = tmp_path / "fetched.json"
    assert import_spec.main([f"{bakery_server}/openapi.json", "-o", str(output), "--date", "2024-01-01"]) == 0
    assert json.loads(output.read_text(encoding="utf-8"))["x-circleci-api-source"]["date"] == "2024-01-01"


def test_http_error_fails_cleanly(
    bakery_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "fetched.json"
    assert import_spec.main([f"{bakery_server}/missing.json", "-o", str(output)]) == 1
    assert "cannot fetch" in capsys.readouterr().err
    assert not output.exists()


# ------------------------------------------------------------ the vendored document


@pytest.fixture(scope="module")
def vendored() -> dict[str, Any]:
    """The committed facts-only copy of CircleCI's document."""
    data: dict[str, Any] = json.loads(VENDORED.read_text(encoding="utf-8"))
    return data


def test_vendored_document_has_all_operations(vendored: dict[str, Any]) -> None:
    assert import_spec.count_operations(vendored) == 111
    provenance = vendored["x-circleci-api-source"]
    assert provenance == {
        "sha256": REFERENCE_SHA256,
        "date": "2026-08-23",
        "source": "circleci-openapi-v2-2026-08.json",
        "operations": 111,
    }


def test_vendored_document_has_no_prose(vendored: dict[str, Any]) -> None:
    keywords = list(keyword_keys(vendored))
    assert not set(keywords) & PROSE_KEYS
    assert {key for key in keywords if key.startswith("x-")} == {"x-nullable", "x-circleci-api-source"}
    assert keywords.count("x-nullable") == 97
    assert "x-codeSamples" not in VENDORED.read_text(encoding="utf-8")


def test_vendored_document_keeps_properties_named_description(vendored: dict[str, Any]) -> None:
    schemas = vendored["components"]["schemas"]
    for name in ("pipelineDefinition", "createPipelineDefinitionRequest", "updatePipelineDefinitionRequest"):
        assert "description" in schemas[name]["properties"], name


def test_vendored_document_is_stable_under_reimport(vendored: dict[str, Any]) -> None:
    raw = VENDORED.read_bytes()
    again = import_spec.import_document(raw, source_name="circleci-v2.json", date="2026-08-23")
    again.pop("x-circleci-api-source")
    expected = dict(vendored)
    expected.pop("x-circleci-api-source")
    assert import_spec.dump_document(again) == import_spec.dump_document(expected)


def test_reference_reimports_to_the_vendored_bytes() -> None:
    reference = reference_spec()
    raw = reference.read_bytes()
    source_name = json.loads(VENDORED.read_text(encoding="utf-8"))["x-circleci-api-source"]["source"]
    document = import_spec.import_document(raw, source_name=source_name, date="2026-08-23")
    assert import_spec.dump_document(document).encode() == VENDORED.read_bytes()
