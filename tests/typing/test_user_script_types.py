"""A small user script type-checks under ``mypy --strict``: the types match what the runtime accepts.

The script chains create -> get -> delete on the ids the API returns (non-Optional since fix 140),
passes None and uuid.UUID where the runtime accepts them, and narrows ``pipelines.run``'s union.
The same script also runs against the project's fake, so what type-checks is what works.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    from __future__ import annotations

    import os
    import uuid

    from circleci_api import CircleCI
    from circleci_api.models import PipelineRunCreated


    def chain(client: CircleCI, project_id: str) -> str:
        repo = {"external_id": "123456"}
        definition = client.pipeline_definitions.create(
            project_id,
            name="build",
            config_source={"provider": "github_app", "repo": repo, "file_path": ".circleci/config.yml"},
            checkout_source={"provider": "github_app", "repo": repo},
            description=os.environ.get("DESCRIPTION"),  # None means: leave it out
        )
        definition_id: str = definition.id  # not Optional
        trigger = client.triggers.create(
            project_id, definition_id, event_source={"provider": "github_app", "repo": repo}
        )
        trigger_id: str = trigger.id
        again = client.pipeline_definitions.get(project_id, definition_id)
        assert again.created_at.year >= 2000
        client.triggers.delete(project_id, trigger_id)
        client.pipeline_definitions.delete(project_id, definition_id)
        return definition_id


    def run(client: CircleCI, slug: str, definition: uuid.UUID) -> int:
        result = client.pipelines.run(slug, definition_id=definition, checkout={"branch": "main"})
        assert isinstance(result, PipelineRunCreated)
        number: int = result.number
        return number
    """
)


@pytest.mark.slow
def test_a_user_script_passes_mypy_strict(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "user_script.py"
    script.write_text(SCRIPT, encoding="utf-8")
    stdout, stderr, status = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            str(script),
        ]
    )
    assert status == 0, stdout + stderr


@pytest.mark.slow
def test_mypy_rejects_optional_use_of_a_required_id(tmp_path: Path) -> None:
    """The check can fail: a script that treats a non-Optional id as Optional is fine, but one that
    passes an Optional value where a str is needed is reported."""
    api = pytest.importorskip("mypy.api")
    script = tmp_path / "bad_script.py"
    script.write_text(
        "from circleci_api import CircleCI\n"
        "def f(client: CircleCI, project_id: str | None) -> None:\n"
        "    client.pipeline_definitions.get(project_id, 'x')\n",
        encoding="utf-8",
    )
    config = ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache")]
    stdout, _, status = api.run(["--strict", *config, str(script)])
    assert status == 1
    assert 'incompatible type "str | None"; expected "str"' in stdout


def test_the_script_runs_against_the_fake() -> None:
    from circleci_api.testing import FakeCircleCI

    namespace: dict[str, object] = {}
    exec(compile(SCRIPT, "user_script.py", "exec"), namespace)
    fake = FakeCircleCI()
    project = fake.add_project("gh/acme/api")
    with fake.client() as client:
        definition_id = namespace["chain"](client, project.id)  # type: ignore[operator]
        assert isinstance(definition_id, str)
