"""The ``circleci_fake`` and ``circleci_fake_server`` fixtures, used the way a user's test suite would."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from circleci_api import CircleCI, RateLimitError
from circleci_api.testing import FakeCircleCI, FakeServer


def newest_status(client: CircleCI, project_slug: str) -> str:
    """Code under test (a user's automation): the status of the newest pipeline's first workflow."""
    pipeline = next(iter(client.pipelines.list_for_project(project_slug)))
    workflows = client.pipelines.workflows(pipeline.id).first_page().items
    return str(workflows[0].status) if workflows else "pending"


def test_the_plugin_is_registered_by_its_entry_point(pytestconfig: pytest.Config) -> None:
    plugin = pytestconfig.pluginmanager.get_plugin("circleci_api")
    assert plugin is not None
    assert plugin.__name__ == "circleci_api.testing.pytest_plugin"


def test_user_code_against_the_in_process_fake(circleci_fake: FakeCircleCI) -> None:
    circleci_fake.add_project("gh/acme/api")
    circleci_fake.script_run("failure", hidden_polls=0)
    http = httpx.Client(transport=circleci_fake.transport())
    with CircleCI(
        token=circleci_fake.token, base_url=circleci_fake.base_url, http_client=http, max_retries=0
    ) as client:
        client.pipelines.run("gh/acme/api")
        seen = [newest_status(client, "gh/acme/api") for _ in range(3)]
        circleci_fake.fail_next(status=429, retry_after=30)
        with pytest.raises(RateLimitError):
            newest_status(client, "gh/acme/api")
    assert seen == ["running", "running", "failed"]


def test_each_test_gets_a_fresh_fake(circleci_fake: FakeCircleCI) -> None:
    assert circleci_fake.requests == []
    assert repr(circleci_fake).startswith("FakeCircleCI(projects=0,")


def test_user_code_that_reads_the_environment(
    circleci_fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    circleci_fake_server.fake.add_project("gh/acme/api")
    for name, value in circleci_fake_server.env().items():
        monkeypatch.setenv(name, value)
    with CircleCI() as client:  # configured only by CIRCLECI_BASE_URL and CIRCLECI_TOKEN
        client.pipelines.run("gh/acme/api")
        assert newest_status(client, "gh/acme/api") == "pending"
    assert [r.operation_id for r in circleci_fake_server.fake.requests][:2] == [
        "triggerPipelineRun",
        "listPipelinesForProject",
    ]


def test_the_readme_example_passes(circleci_fake: FakeCircleCI, root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Testing your automation") :]
    code = section[section.index("```python\n") + len("```python\n") :]
    code = code[: code.index("```")]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    tests = [value for name, value in namespace.items() if name.startswith("test_") and callable(value)]
    assert len(tests) == 1
    tests[0](circleci_fake)
    assert circleci_fake.calls("triggerPipelineRun")
