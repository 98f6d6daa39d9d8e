"""Generation: every operation and response is generated, warnings fail, drift is detected."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import tools.hoist  # noqa: F401
from tools.check_generated import differences
from tools.fixes import METHODS, apply_fixes, load_fixes

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "circleci_api_generated"


def committed_endpoints() -> dict[tuple[str, str], Any]:
    from circleci_api_generated._operations import OPERATIONS

    out = {}
    for info in OPERATIONS.values():
        module = importlib.import_module(info.module)
        out[(info.method, info.path)] = module.ENDPOINT
    return out


def test_every_success_response_is_generated(built_spec: dict[str, Any]) -> None:
    endpoints = committed_endpoints()
    assert len(endpoints) == 110
    for path, item in built_spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            documented = {int(code) for code in op["responses"] if code.isdigit() and code.startswith("2")}
            endpoint = endpoints[(method.upper(), path)]
            assert set(endpoint.responses) == documented, op["operationId"]
            for code in documented:
                response = op["responses"][str(code)]
                has_body = "$ref" in response or bool(response.get("content"))
                assert (endpoint.responses[code] is not None) == has_body, f"{op['operationId']} {code}"


def run_generator(spec: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    spec_path = tmp_path / "openapi.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    return subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / "out"),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(ROOT / "openapi" / "templates"),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": str(Path(sys.executable).parent)},
    )


@pytest.mark.slow
def test_without_model_names_the_generator_drops_an_endpoint(tmp_path: Path) -> None:
    vendored = json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))
    spec = apply_fixes(
        vendored,
        load_fixes(ROOT / "openapi" / "fixes"),
        # 100, 110 and 140 patch schemas by the names 090 gives them, so they go too.
        skip=frozenset(
            {
                "090-model-names",
                "100-non-nullable-bodies",
                "110-additional-properties-beside-unions",
                "140-required-ids",
            }
        ),
    )
    result = run_generator(spec, tmp_path)
    output = result.stdout + result.stderr
    assert "Warning" in output
    assert "will not be generated" in output
    assert not (tmp_path / "out" / "api" / "project" / "create_env_var.py").exists()


@pytest.mark.slow
def test_with_all_fixes_the_generator_is_silent(tmp_path: Path) -> None:
    vendored = json.loads((ROOT / "openapi" / "circleci-v2.json").read_text(encoding="utf-8"))
    spec = apply_fixes(vendored, load_fixes(ROOT / "openapi" / "fixes"))
    result = run_generator(spec, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert "Warning" not in output, output
    assert "Error" not in output, output
    modules = [p for p in (tmp_path / "out" / "api").glob("*/*.py") if p.name != "__init__.py"]
    assert len(modules) == 110


def test_drift_is_detected(tmp_path: Path) -> None:
    left, right = tmp_path / "committed", tmp_path / "fresh"
    for base in (left, right):
        (base / "models").mkdir(parents=True)
        (base / "models" / "a.py").write_text("x = 1\n")
        (base / "b.py").write_text("y = 1\n")
    assert differences(left, right) == []
    (right / "models" / "a.py").write_text("x = 2\n")
    (right / "c.py").write_text("")
    (left / "b.py").unlink()
    assert sorted(differences(left, right)) == [
        "differs: models/a.py",
        "missing from committed: b.py",
        "missing from committed: c.py",
    ]


def test_committed_code_names_its_source() -> None:
    init = (PACKAGE / "__init__.py").read_text(encoding="utf-8")
    assert "Do not edit" in init
    assert (PACKAGE / "py.typed").exists()
