"""Bench-time setup: the built spec, the stock generated client, pycircleci's venv, machine facts."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
from pathlib import Path

from bench._common import PYTHON, ROOT, Settings, bench_env

PYCIRCLECI = "pycircleci==0.7.0"
STOCK_PACKAGE = "circleci_stock"


def _bin(name: str) -> str:
    return str(Path(PYTHON).parent / name)


def build_spec() -> Path:
    """``build/openapi.json``: the vendored spec with every fix applied (``python -m tools.build_spec``)."""
    subprocess.run([PYTHON, "-m", "tools.build_spec"], cwd=ROOT, check=True, capture_output=True)
    return ROOT / "build" / "openapi.json"


def stock_client(settings: Settings) -> Path:
    """Generate openapi-python-client's stock output (no custom templates) under ``work/stock``.

    Returns the directory to put on ``sys.path``; ``circleci_stock.models`` is its eager models package.
    """
    spec = build_spec()
    parent = settings.work / "stock"
    parent.mkdir(parents=True, exist_ok=True)
    config = settings.work / "stock-config.yaml"
    config.write_text(
        f"package_name_override: {STOCK_PACKAGE}\nproject_name_override: circleci-stock\npost_hooks: []\n"
    )
    env = dict(os.environ)
    env["PATH"] = str(Path(PYTHON).parent) + os.pathsep + env.get("PATH", "")
    subprocess.run(
        [
            _bin("openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--meta",
            "none",
            "--output-path",
            str(parent / STOCK_PACKAGE),
            "--config",
            str(config),
            "--overwrite",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    return parent


def pycircleci_python(settings: Settings) -> Path:
    """The interpreter of a separate venv with pycircleci 0.7.0 (created on first use, then reused)."""
    venv = settings.work / "pycircleci-venv"
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import importlib.metadata as m; print(m.version('pycircleci'))"]
    if python.exists():
        found = subprocess.run(check, capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout.strip() == PYCIRCLECI.split("==")[1]:
            return python
    subprocess.run([PYTHON, "-m", "venv", "--clear", str(venv)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYCIRCLECI],
        check=True,
        env=bench_env(),
    )
    return python


def versions(pycircleci: Path | None) -> dict[str, str]:
    """Python, httpx, this library, the generator and pycircleci."""
    import httpx

    import circleci_api

    found = {
        "Python": platform.python_version(),
        "httpx": httpx.__version__,
        "circleci-api": circleci_api.__version__,
        "openapi-python-client": importlib.metadata.version("openapi-python-client"),
        "pyinstrument": importlib.metadata.version("pyinstrument"),
    }
    if pycircleci is not None:
        out = subprocess.run(
            [str(pycircleci), "-c", "import importlib.metadata as m; print(m.version('pycircleci'))"],
            capture_output=True,
            text=True,
            check=True,
        )
        found["pycircleci"] = out.stdout.strip()
    return found


def machine() -> dict[str, str]:
    """CPU model, cores, RAM and OS."""
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("MemTotal"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "RAM": memory or "unknown",
        "OS": platform.platform(),
    }
